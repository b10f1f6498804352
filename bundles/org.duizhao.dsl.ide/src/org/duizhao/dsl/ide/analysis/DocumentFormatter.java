package org.duizhao.dsl.ide.analysis;

import java.util.List;

import org.duizhao.dsl.formatting2.TextFormatter;

import com.google.inject.Inject;

/** The canonical layout of a document as replacements of its text (so an editor can apply them undoably). */
public class DocumentFormatter {

	/** Replace {@code length} characters at {@code offset} by {@code text}. */
	public record Replacement(int offset, int length, String text) {
	}

	@Inject
	private TextFormatter formatter;

	/** Replacements back to front; none when the text does not parse (formatting broken text would garble it). */
	public List<Replacement> format(Analysis analysis) {
		return analysis.read(a -> a.document() == null ? List.<Replacement>of()
				: formatter.replacements(a.resource()).stream().map(r -> new Replacement(r.getOffset(), r.getLength(), r.getReplacementText()))
						.toList());
	}

	public String formatted(Analysis analysis) {
		return analysis.read(a -> a.document() == null ? a.text() : formatter.format(a.resource(), a.text()));
	}
}
