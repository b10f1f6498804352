package org.duizhao.dsl.text;

/**
 * Something found inside a text, at {@code offset} (relative to the analysed text) for {@code length} characters.
 *
 * @param found       the characters found, as written
 * @param replacement what should stand there instead, or {@code null} when no mechanical fix exists
 */
public record Finding(int offset, int length, String found, String replacement) {

	public Finding(int offset, String found) {
		this(offset, found.length(), found, null);
	}

	public Finding shift(int delta) {
		return new Finding(offset + delta, length, found, replacement);
	}
}
