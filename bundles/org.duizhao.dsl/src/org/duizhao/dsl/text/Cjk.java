package org.duizhao.dsl.text;

/** Character classes of Chinese text. */
public final class Cjk {

	private Cjk() {
	}

	/** A Han ideograph: the characters whose neighbourhood decides Chinese typography. */
	public static boolean isHan(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
	}

	public static boolean isHanAt(CharSequence text, int index) {
		return index >= 0 && index < text.length() && isHan(text.charAt(index));
	}
}
