package org.duizhao.dsl.text;

/** Chinese numerals as documents number with them (一、 （二） 三是), up to 99. */
public final class ChineseNumerals {

	private static final String DIGITS = "零一二三四五六七八九";

	private ChineseNumerals() {
	}

	/** 1 → 一, 12 → 十二, 20 → 二十. */
	public static String of(int n) {
		if (n <= 10) {
			return n == 10 ? "十" : String.valueOf(DIGITS.charAt(Math.max(0, n)));
		}
		return (n / 10 == 1 ? "" : String.valueOf(DIGITS.charAt(n / 10 % 10))) + "十" + (n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10)));
	}

	/** 一 → 1, 十二 → 12, 二十三 → 23; 0 when the text is no numeral. */
	public static int value(String numeral) {
		if (numeral == null || numeral.isEmpty()) {
			return 0;
		}
		int ten = numeral.indexOf('十');
		if (ten < 0) {
			return numeral.length() == 1 ? Math.max(0, DIGITS.indexOf(numeral.charAt(0))) : 0;
		}
		int tens = ten == 0 ? 1 : DIGITS.indexOf(numeral.charAt(0));
		int units = ten == numeral.length() - 1 ? 0 : DIGITS.indexOf(numeral.charAt(ten + 1));
		return tens < 0 || units < 0 ? 0 : tens * 10 + units;
	}
}
