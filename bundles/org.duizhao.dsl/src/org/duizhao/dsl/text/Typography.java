package org.duizhao.dsl.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/** Chinese typography of running text: full-width punctuation, paired quotes and brackets, no stray spaces. */
public final class Typography {

	private static final Map<Character, String> FULL_WIDTH = Map.of(
			',', "，", ';', "；", ':', "：", '?', "？", '!', "！", '(', "（", ')', "）");

	/**
	 * A half-width full stop after a Han character, not in a figure (1.5), before Latin text or after a numeral that
	 * numbers (表现为：一.学得少): a sentence's end written with the wrong mark (思想认识不够到位.支委会……), which the
	 * importers read as 。 and the checks call half-width. The dot is looked for first: the lookbehinds after it (a
	 * name's characters) cost the importer's sentence patterns much when tried at every character.
	 */
	public static final String HALF_WIDTH_STOP = "(?=\\.)(?<=\\p{IsHan})(?<!(?:^|[：:，,；;。\\s])[一二三四五六七八九十])" + Names.NOT_A_SEPARATOR
			+ "(?![0-9A-Za-z.])";
	private static final Pattern HALF_WIDTH_STOP_AT = Pattern.compile(HALF_WIDTH_STOP);
	private static final Pattern CLAUSE_END = Pattern.compile("(?:[。！？：；，…”!?;:,]|" + HALF_WIDTH_STOP + ")\\s*$");
	private static final String OPENERS = "“‘（《";
	private static final String CLOSERS = "”’）》";

	private Typography() {
	}

	/**
	 * A text as a sentence: a cut left at its end (，；：) taken off, a full stop added unless it ends as a sentence.
	 * The export writes statements, criticisms and items so and the importers read them so, so that an exported
	 * report reads back the same.
	 */
	public static String asSentence(String text) {
		String t = text.strip().replaceAll("[，,；;：:\\s]+$", "");
		boolean stopped = !t.isEmpty() && ("。！？!?".indexOf(t.charAt(t.length() - 1)) >= 0
				|| HALF_WIDTH_STOP_AT.matcher(t).region(t.length() - 1, t.length()).useTransparentBounds(true).matches());
		return t.isEmpty() || stopped ? t : t + "。";
	}

	/**
	 * A text that other words follow in the same paragraph: as written when it ends a clause (。！？：；，…”), else with
	 * a full stop — a lead before 一是, two leads joined — so that the words do not run into each other.
	 */
	public static String beforeMore(String text) {
		return text.isBlank() || CLAUSE_END.matcher(text).find() ? text : text + "。";
	}

	/**
	 * Half-width {@code , ; : ? ! ( )} written next to a Han character, and a half-width full stop after one (not a
	 * name's dot: {@link Names#otherSeparators}); the finding carries the full-width form.
	 */
	public static List<Finding> halfWidthPunctuation(CharSequence text) {
		List<Finding> result = new ArrayList<>();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String fullWidth = c < 0x80 ? FULL_WIDTH.get(c) : null;
			if (fullWidth != null && touchesHan(text, i)) {
				result.add(new Finding(i, 1, String.valueOf(text.charAt(i)), fullWidth));
			} else if (c == '.' && HALF_WIDTH_STOP_AT.matcher(text).region(i, i + 1).useTransparentBounds(true).matches()) {
				result.add(new Finding(i, 1, ".", "。"));
			}
		}
		return result;
	}

	/** Full-width digits (１２次): each run of them, with its half-width form. */
	public static List<Finding> fullWidthDigits(CharSequence text) {
		List<Finding> result = new ArrayList<>();
		for (int[] run : runs(text, Typography::isFullWidthDigit)) {
			String found = text.subSequence(run[0], run[1]).toString();
			result.add(new Finding(run[0], run[1] - run[0], found, halfWidthDigits(found)));
		}
		return result;
	}

	/** Where each run of characters {@code in} stands: its start and end. */
	private static List<int[]> runs(CharSequence text, IntPredicate in) {
		List<int[]> runs = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			if (in.test(text.charAt(i))) {
				int end = i;
				while (end < text.length() && in.test(text.charAt(end))) {
					end++;
				}
				runs.add(new int[] { i, end });
				i = end;
			} else {
				i++;
			}
		}
		return runs;
	}

	/** The text with its full-width digits half-width (as long as before). */
	public static String halfWidthDigits(String text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			if (isFullWidthDigit(text.charAt(i))) {
				out = out == null ? new StringBuilder(text) : out;
				out.setCharAt(i, (char) (text.charAt(i) - '０' + '0'));
			}
		}
		return out == null ? text : out.toString();
	}

	private static boolean isFullWidthDigit(int c) {
		return c >= '０' && c <= '９';
	}

	private static boolean touchesHan(CharSequence text, int i) {
		return Cjk.isHanAt(text, i - 1) || Cjk.isHanAt(text, i + 1);
	}

	/**
	 * Opening or closing marks of “” ‘’ （） 《》 that have no partner. The finding's replacement holds the missing
	 * partner, so a message can name it.
	 */
	public static List<Finding> unpairedMarks(CharSequence text) {
		List<Finding> result = new ArrayList<>();
		Deque<Integer> open = new ArrayDeque<>();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int opener = OPENERS.indexOf(c);
			int closer = CLOSERS.indexOf(c);
			if (opener >= 0) {
				open.push(i);
			} else if (closer >= 0) {
				if (!open.isEmpty() && text.charAt(open.peek()) == OPENERS.charAt(closer)) {
					open.pop();
				} else {
					result.add(new Finding(i, 1, String.valueOf(c), String.valueOf(OPENERS.charAt(closer))));
				}
			}
		}
		for (int index : open) {
			char c = text.charAt(index);
			result.add(new Finding(index, 1, String.valueOf(c), String.valueOf(CLOSERS.charAt(OPENERS.indexOf(c)))));
		}
		result.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
		return result;
	}

	/**
	 * Spaces between two Han characters. A line break inside a long text is layout, not a space, so runs that hold
	 * a line break are left alone.
	 */
	public static List<Finding> spacesBetweenHan(CharSequence text) {
		List<Finding> result = new ArrayList<>();
		for (int[] run : runs(text, Typography::isSpace)) {
			if (Cjk.isHanAt(text, run[0] - 1) && Cjk.isHanAt(text, run[1])) {
				result.add(new Finding(run[0], run[1] - run[0], text.subSequence(run[0], run[1]).toString(), ""));
			}
		}
		return result;
	}

	private static boolean isSpace(int c) {
		return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0';
	}
}
