package org.duizhao.dsl.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	/**
	 * 二〇二六年一月十二日 → 2026年1月12日 (and ２０２６年… → 2026年…): a date written in numerals as figures, as GB/T 9704 writes the date of a
	 * document (7.3.5.1); other text as it is.
	 */
	public static String dateInFigures(String written) {
		// ２０２５年１月１５日: full-width figures are figures
		StringBuilder figures = new StringBuilder(written.length());
		written.chars().forEach(c -> figures.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : (char) c));
		String date = figures.toString();
		Matcher m = DATE_IN_WORDS.matcher(date);
		if (!m.find()) {
			return date;
		}
		StringBuilder year = new StringBuilder();
		m.group(1).chars().forEach(c -> year.append(YEAR_DIGITS.indexOf(c == '零' ? '〇' : c)));
		String day = m.group(3) == null ? "" : value(m.group(3)) + "日";
		return date.substring(0, m.start()) + year + "年" + value(m.group(2)) + "月" + day + date.substring(m.end());
	}

	private static final String YEAR_DIGITS = "〇一二三四五六七八九";
	private static final Pattern DATE_IN_WORDS = Pattern
			.compile("([〇零一二三四五六七八九]{4})\\s*年\\s*(十[一二]?|[一二三四五六七八九])\\s*月(?:\\s*([一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\\s*日)?");

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
