package org.duizhao.dsl.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many opinions words tell were gathered before the meeting (会前通过座谈会、问卷等方式征求意见建议31条): many
 * reports say so in their opening paragraph instead of a part of its own, which is what notices ask to be told
 * (征求意见情况), and the 征求意见 part's own words give its total so. A mention without a count (广泛征求意见) tells
 * nothing a reviewer can check; 召开座谈会4个 or 对照六个方面 count something else.
 */
public final class OpinionsTold {

	private static final String NUMBER = "(?:共|计|合计)?\\s*(?<n%d>[0-9０-９]+|[一二三四五六七八九十两]{1,3})\\s*(?:条|项)";
	/**
	 * Gathered (征求、收集…), then opinions (意见、建议) and their count close after them (征求意见建议31条), or the count
	 * and then opinions (共收到31条意见建议), in one clause.
	 */
	private static final Pattern TOLD = Pattern.compile("(?:征求|收集|征集|收到|梳理|汇总|听取)(?:[^。；;！？]{0,30}?(?:意见|建议)[^。；;！？，,]{0,8}?"
			+ NUMBER.formatted(1) + "|[^。；;！？，,]{0,8}?" + NUMBER.formatted(2) + "\\s*(?:的)?(?:意见|建议))");

	/**
	 * Words that say the list gives only the main opinions, or groups them (主要有：, 归纳为3个方面): then fewer are
	 * listed than were gathered, as written.
	 */
	private static final Pattern SOME_LISTED = Pattern.compile("主要(?:有|包括|集中在|涉及)|(?:意见|建议)主要是|主要(?:意见|问题)[^。；]{0,6}?(?:如下|有)|归纳(?:为|成|起来)|概括(?:为|起来)|梳理为|分为\\S{1,3}(?:类|个方面)|择要|列举如下|其中(?:比较)?(?:集中|突出)");

	private OpinionsTold() {
	}

	/** Whether the words say that only the main opinions, or groups of them, are listed. */
	public static boolean listsSome(String text) {
		return text != null && SOME_LISTED.matcher(text).find();
	}

	public static boolean in(String text) {
		return count(text).isPresent();
	}

	/** The number of opinions the words say were gathered, in figures or numerals (十五条). */
	public static Optional<Integer> count(String text) {
		Matcher told = TOLD.matcher(text == null ? "" : text);
		if (!told.find()) {
			return Optional.empty();
		}
		String number = told.group("n1") != null ? told.group("n1") : told.group("n2");
		long value = Character.isDigit(number.charAt(0)) ? figures(number) : ChineseNumerals.value(number.replace('两', '二'));
		return value > 0 && value <= Integer.MAX_VALUE ? Optional.of((int) value) : Optional.empty();
	}

	/** 31 or ３１, the digits' value (past what an int holds, none). */
	private static long figures(String digits) {
		long value = 0;
		for (char c : digits.toCharArray()) {
			value = value * 10 + Character.getNumericValue(c);
			if (value > Integer.MAX_VALUE) {
				return 0;
			}
		}
		return value;
	}
}
