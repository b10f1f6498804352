package org.duizhao.dsl.ide.contentassist;

/**
 * A proposal: replace {@code length} characters at {@code offset} (the typed prefix) by {@code text}.
 *
 * @param label  what the list shows
 * @param detail a second line (the kind of proposal, the headline of a referenced item)
 */
public record Completion(String label, String detail, int offset, int length, String text) {

	public String applyTo(String document) {
		return document.substring(0, offset) + text + document.substring(offset + length);
	}
}
