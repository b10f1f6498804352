package org.duizhao.dsl.formatting2;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** The canonical layout of a parsed document: the replacements the formatter makes, or the formatted text. */
public class TextFormatter {

	@Inject
	private Provider<IFormatter2> formatterProvider;

	@Inject
	private Provider<FormatterRequest> requestProvider;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccessBuilder;

	/** Replacements back to front; none when the text does not parse (formatting broken text would garble it). */
	public List<ITextReplacement> replacements(XtextResource resource) {
		if (resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
			return List.of();
		}
		FormatterRequest request = requestProvider.get();
		request.setTextRegionAccess(regionAccessBuilder.get().forNodeModel(resource).create());
		List<ITextReplacement> result = new ArrayList<>(formatterProvider.get().format(request));
		result.sort((a, b) -> Integer.compare(b.getOffset(), a.getOffset()));
		return result;
	}

	public String format(XtextResource resource, String text) {
		StringBuilder formatted = new StringBuilder(text);
		for (ITextReplacement r : replacements(resource)) {
			formatted.replace(r.getOffset(), r.getOffset() + r.getLength(), r.getReplacementText());
		}
		return formatted.toString();
	}
}
