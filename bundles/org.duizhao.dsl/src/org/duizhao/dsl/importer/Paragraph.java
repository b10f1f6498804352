package org.duizhao.dsl.importer;

/**
 * A paragraph of a source: a line of a text file or a paragraph of a Word document, its number there, and the
 * offset of its first character in the source's text (paragraphs joined by line ends). {@code verbatim} text (a
 * table's) is kept as a comment where it stood.
 */
public record Paragraph(int line, int offset, String text, boolean verbatim) {

	public Paragraph {
		text = text == null ? "" : text;
	}
}
