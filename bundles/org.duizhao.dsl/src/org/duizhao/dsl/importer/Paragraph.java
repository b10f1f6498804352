package org.duizhao.dsl.importer;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A paragraph of a source: a line of a text file or a paragraph of a Word document, its number there, and the
 * offset of its first character in the source's text (paragraphs joined by line ends). {@code verbatim} text (a
 * table's) is kept as a comment where it stood, unless the reader knows the table: {@code rows} are a table's cells,
 * row by row (a table of measures under 整改措施 gives measures with their 责任人 and 时限), none for a paragraph.
 * {@code removed}: for each character of the source the reader took out of the text (Markdown's {@code **}), the
 * index in the text it stood before; {@code added}: where the reader put a character the source does not have (the
 * stop after a bold headline in Word); so that a place in the text is said at its column in the source.
 */
public record Paragraph(int line, int offset, String text, boolean verbatim, List<List<String>> rows, List<Integer> removed,
		List<Integer> added) {

	public Paragraph {
		text = text == null ? "" : text;
		rows = rows == null ? List.of() : List.copyOf(rows);
		removed = removed == null ? List.of() : List.copyOf(removed);
		added = added == null ? List.of() : List.copyOf(added);
	}

	public Paragraph(int line, int offset, String text, boolean verbatim, List<List<String>> rows) {
		this(line, offset, text, verbatim, rows, List.of(), List.of());
	}

	public Paragraph(int line, int offset, String text, boolean verbatim) {
		this(line, offset, text, verbatim, List.of(), List.of(), List.of());
	}

	/** Where the text's character at {@code index} stands in the source's line or paragraph. */
	public int sourceIndex(int index) {
		int shift = 0;
		for (int at : removed) {
			if (at <= index) {
				shift++;
			}
		}
		for (int at : added) {
			if (at < index) {
				shift--;
			}
		}
		return index + shift;
	}

	/** The paragraph with its text and cells changed character for character (as long as before: columns stay). */
	public Paragraph replacing(UnaryOperator<String> sameLength) {
		return new Paragraph(line, offset, sameLength.apply(text), verbatim,
				rows.stream().map(row -> row.stream().map(sameLength).toList()).toList(), removed, added);
	}
}
