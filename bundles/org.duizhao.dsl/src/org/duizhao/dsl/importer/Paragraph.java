package org.duizhao.dsl.importer;

import java.util.List;

/**
 * A paragraph of a source: a line of a text file or a paragraph of a Word document, its number there, and the
 * offset of its first character in the source's text (paragraphs joined by line ends). {@code verbatim} text (a
 * table's) is kept as a comment where it stood, unless the reader knows the table: {@code rows} are a table's cells,
 * row by row (a table of measures under 整改措施 gives measures with their 责任人 and 时限), none for a paragraph.
 */
public record Paragraph(int line, int offset, String text, boolean verbatim, List<List<String>> rows) {

	public Paragraph {
		text = text == null ? "" : text;
		rows = rows == null ? List.of() : List.copyOf(rows);
	}

	public Paragraph(int line, int offset, String text, boolean verbatim) {
		this(line, offset, text, verbatim, List.of());
	}
}
