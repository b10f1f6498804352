package org.duizhao.dsl.text;

/**
 * Where a text changed between two versions of it: the characters both versions share at the start and at the
 * end are left out, what lies between is the change. Several edits since the last look are one change spanning them.
 *
 * @param start  where the change starts (the same in both versions)
 * @param oldEnd where it ends in the old version
 * @param newEnd where it ends in the new version
 */
public record TextChange(int start, int oldEnd, int newEnd) {

	public static TextChange between(String before, String after) {
		int limit = Math.min(before.length(), after.length());
		int prefix = 0;
		while (prefix < limit && before.charAt(prefix) == after.charAt(prefix)) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < limit - prefix && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
			suffix++;
		}
		return new TextChange(prefix, before.length() - suffix, after.length() - suffix);
	}

	/** How much later what follows the change stands in the new version. */
	public int delta() {
		return newEnd - oldEnd;
	}

	public boolean isNone() {
		return start == oldEnd && start == newEnd;
	}

	/**
	 * Where the characters from {@code offset}, {@code length} long, of the old version stand in the new one, or -1
	 * when the change touches them.
	 */
	public int newOffset(int offset, int length) {
		if (offset + length <= start) {
			return offset;
		}
		return offset >= oldEnd ? offset + delta() : -1;
	}
}
