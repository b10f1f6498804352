package org.duizhao.dsl.ide.analysis;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** The canonical layout of a document as replacements of its text (so an editor can apply them undoably). */
public class DocumentFormatter {

	/** Replace {@code length} characters at {@code offset} by {@code text}. */
	public record Replacement(int offset, int length, String text) {
	}

	@Inject
	private Provider<IFormatter2> formatterProvider;

	@Inject
	private Provider<FormatterRequest> requestProvider;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccessBuilder;

	/** Replacements back to front; none when the text does not parse (formatting broken text would garble it). */
	public List<Replacement> format(Analysis analysis) {
		if (!analysis.resource().getParseResult().hasSyntaxErrors() && analysis.document() != null) {
			ITextRegionAccess regions = regionAccessBuilder.get().forNodeModel(analysis.resource()).create();
			FormatterRequest request = requestProvider.get();
			request.setTextRegionAccess(regions);
			List<Replacement> result = new ArrayList<>();
			for (ITextReplacement r : formatterProvider.get().format(request)) {
				result.add(new Replacement(r.getOffset(), r.getLength(), r.getReplacementText()));
			}
			result.sort((a, b) -> Integer.compare(b.offset(), a.offset()));
			return result;
		}
		return List.of();
	}

	public String formatted(Analysis analysis) {
		StringBuilder text = new StringBuilder(analysis.text());
		for (Replacement r : format(analysis)) {
			text.replace(r.offset(), r.offset() + r.length(), r.text());
		}
		return text.toString();
	}
}
