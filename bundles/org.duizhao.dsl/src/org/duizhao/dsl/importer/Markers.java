package org.duizhao.dsl.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.duizhao.dsl.text.ChineseNumerals;
import org.duizhao.dsl.text.Typography;

/**
 * The number markers reports and problem lists are written with, by the official hierarchy 一、 → （一） → 1. → （1）,
 * and inline 一是/二是 or 1.…2.… inside a paragraph. Digits may be full-width (３．); numbers have no upper bound that
 * would merge item 1000 into item 999.
 */
public final class Markers {

	/** The levels of the hierarchy, highest first; {@code NONE} for a paragraph without a marker. */
	public enum Level {
		PART, SECTION, LIST, SUB, CIRCLED, INLINE, NONE;

		/** Whether this marker stands below {@code other} in the hierarchy. */
		public boolean below(Level other) {
			return ordinal() > other.ordinal();
		}
	}

	/** A marker: its level, value, how it reads, and where it stands in its paragraph ({@code end} is past it). */
	public record Marker(Level level, long value, String label, int start, int end) {
	}

	private static final String NUMERAL = "[一二三四五六七八九十]+";
	/** The word that begins a list numbered in words (首先，……其次，……最后，……), whose words are the vocabulary's. */
	public static final String FIRST_IN_ORDER = ImportVocabulary.get().list("ordinal.words.first").get(0);
	private static final String ORDINAL_WORDS = String.join("|", ImportVocabulary.get().list("ordinal.words.first"))
			+ "|" + String.join("|", ImportVocabulary.get().list("ordinal.words"));
	/** After 1. a digit means a figure (1.5倍), unless a year follows (1.2025年上半年…). */
	private static final String NOT_A_FIGURE = "(?:(?![0-9０-９])|(?=[0-9０-９]{4}年))";
	private static final Pattern PART = Pattern
			.compile("^\\s*(?:第(" + NUMERAL + ")(?:部分|个方面|方面)\\s*[、:：.．]?|(" + NUMERAL + ")\\s*[、.．](?!是))\\s*");
	private static final Pattern SECTION = Pattern.compile("^\\s*[（(]\\s*(" + NUMERAL + ")\\s*[）)]\\s*[、.．，]?\\s*");
	private static final Pattern LIST = Pattern.compile("^\\s*([0-9０-９]{1,10})\\s*[.．、]" + NOT_A_FIGURE + "\\s*");
	private static final Pattern SUB = Pattern.compile("^\\s*[（(]\\s*([0-9０-９]{1,10})\\s*[）)]\\s*[、.．，]?\\s*");
	/** ① or 1) — other ways to write （1）. */
	private static final Pattern CIRCLED = Pattern.compile("^\\s*([\u2460-\u2473])\\s*[、.．，]?\\s*");
	private static final Pattern HALF_BRACKET = Pattern.compile("^\\s*([0-9０-９]{1,3})\\s*[)）]\\s*[、.．，]?\\s*");
	/**
	 * 一是 / 二是 at the start of a paragraph or after the end of a sentence, a colon or a comma; also 问题一：……问题二：
	 * (or 原因一, 措施一) and 第一，……第二，……, which some drafts write instead (第一 needs its comma: 第一责任人 is a word);
	 * and 首先，……其次，……最后，……, whose words say an order but no number (their value is 0: no order to check).
	 */
	private static final String INLINE_MARKS = "\\s*(?:(" + NUMERAL + ")是[，,、：:]?|(问题|原因|措施|举措)(" + NUMERAL + ")[：:、，,]|第(" + NUMERAL
			+ ")[，,：:]|(" + ORDINAL_WORDS + ")[，,：:])";
	private static final Pattern INLINE = Pattern.compile("(?:^|(?<=[。；;！？!?”：:，,]))" + INLINE_MARKS);
	/**
	 * The same after a half-width stop too (一是学习不够系统.二是……): asked only of a text with a half-width stop in it,
	 * the look-behind at every character costing the import of a long draft a third of its time.
	 */
	private static final Pattern INLINE_AFTER_ANY_STOP = Pattern
			.compile("(?:^|(?<=[。；;！？!?”：:，,])|(?<=" + Typography.HALF_WIDTH_STOP + "))" + INLINE_MARKS);
	private static final String INLINE_NUMBER_MARKS = "\\s*(?:([0-9０-９]{1,4})\\s*[.．、]" + NOT_A_FIGURE
			+ "|[（(]\\s*([0-9０-９]{1,4})\\s*[）)])\\s*";
	/** 1. / （1） after the end of a sentence or a colon, inside a paragraph. */
	private static final Pattern INLINE_NUMBER = Pattern.compile("(?<=[。；;！？!?”：:])" + INLINE_NUMBER_MARKS);
	private static final Pattern INLINE_NUMBER_AFTER_ANY_STOP = Pattern
			.compile("(?:(?<=[。；;！？!?”：:])|(?<=" + Typography.HALF_WIDTH_STOP + "))" + INLINE_NUMBER_MARKS);

	/** （二） after the end of a sentence, inside a paragraph that started with （一）. */
	private static final Pattern INLINE_SECTION = Pattern.compile("(?<=[。；;！？!?”])\\s*[（(]\\s*(" + NUMERAL + ")\\s*[）)]\\s*[、.．，]?\\s*");

	private static final Pattern FIRST_NUMBER = Pattern
			.compile("^\\s*(?:([0-9０-９]{1,4})\\s*[.．、]" + NOT_A_FIGURE + "|[（(]\\s*([0-9０-９]{1,4})\\s*[）)])\\s*");

	private Markers() {
	}

	/** The marker a paragraph starts with, if any. */
	public static Optional<Marker> leading(String text) {
		Matcher m;
		if ((m = PART.matcher(text)).find()) {
			String numeral = m.group(1) != null ? m.group(1) : m.group(2);
			return Optional.of(new Marker(Level.PART, ChineseNumerals.value(numeral), numeral + "、", openingAt(text), m.end()));
		}
		if ((m = SECTION.matcher(text)).find()) {
			return Optional.of(new Marker(Level.SECTION, ChineseNumerals.value(m.group(1)), "（" + m.group(1) + "）",
					openingAt(text), m.end()));
		}
		if ((m = LIST.matcher(text)).find()) {
			long value = arabic(m.group(1));
			return Optional.of(new Marker(Level.LIST, value, value + ".", m.start(1), m.end()));
		}
		if ((m = SUB.matcher(text)).find()) {
			long value = arabic(m.group(1));
			return Optional.of(new Marker(Level.SUB, value, "（" + value + "）", openingAt(text), m.end()));
		}
		if ((m = CIRCLED.matcher(text)).find()) {
			long value = circled(m.group(1));
			// ① numbers points under （1） as often as it numbers a list of its own: below it
			return Optional.of(new Marker(Level.CIRCLED, value, m.group(1), m.start(1), m.end()));
		}
		if ((m = HALF_BRACKET.matcher(text)).find()) {
			long value = arabic(m.group(1));
			return Optional.of(new Marker(Level.SUB, value, value + "）", m.start(1), m.end()));
		}
		return Optional.empty();
	}

	/**
	 * A part's numeral at the start with nothing after it (二问题产生的原因, 二 问题产生的原因): a slip, which only the
	 * words after it and the part numbered before can tell from a word that starts with a numeral (十分, 一些).
	 */
	public static Optional<Marker> bareNumeral(String text) {
		Matcher m = BARE_NUMERAL.matcher(text);
		return m.find() ? Optional.of(new Marker(Level.PART, ChineseNumerals.value(m.group(1)), m.group(1) + "、", m.start(1), m.end()))
				: Optional.empty();
	}

	private static final Pattern BARE_NUMERAL = Pattern.compile("^\\s*(" + NUMERAL + ")(?![是个、.．：:，,])\\s*");

	/**
	 * The inline markers of a paragraph from {@code from} on: 一是/二是, or else 1./2. (or （1）/（2）) after sentence
	 * ends when they count up from 1 — a lone "。3." is a figure, not a list.
	 */
	public static List<Marker> inline(String text, int from) {
		List<Marker> markers = new ArrayList<>();
		Matcher m = (halfWidthStopIn(text) ? INLINE_AFTER_ANY_STOP : INLINE).matcher(text);
		m.region(from, text.length());
		m.useTransparentBounds(true);
		m.useAnchoringBounds(true);
		while (m.find()) {
			if (m.group(1) != null) {
				markers.add(new Marker(Level.INLINE, ChineseNumerals.value(m.group(1)), m.group(1) + "是", m.start(1), m.end()));
			} else if (m.group(3) != null) {
				markers.add(new Marker(Level.INLINE, ChineseNumerals.value(m.group(3)), m.group(2) + m.group(3), m.start(2), m.end()));
			} else if (m.group(4) != null) {
				markers.add(new Marker(Level.INLINE, ChineseNumerals.value(m.group(4)), "第" + m.group(4), m.start(4) - 1, m.end()));
			} else {
				markers.add(new Marker(Level.INLINE, 0, m.group(5), m.start(5), m.end()));
			}
		}
		if (!markers.isEmpty() && markers.get(0).value() > 0) {
			// in a list numbered 一是, 二是 a 最后， is a word of its item's sentence
			markers.removeIf(marker -> marker.value() == 0);
		}
		if (!markers.isEmpty() && !ordinalWordsOutOfTurn(markers, text, from)) {
			return markers;
		}
		markers.clear();
		int rest = from;
		Matcher first = FIRST_NUMBER.matcher(text.substring(from));
		if (first.find()) {
			Marker marker = number(first, from);
			markers.add(marker);
			rest = marker.end();
		}
		Matcher n = (halfWidthStopIn(text) ? INLINE_NUMBER_AFTER_ANY_STOP : INLINE_NUMBER).matcher(text);
		n.region(rest, text.length());
		n.useTransparentBounds(true);
		while (n.find()) {
			markers.add(number(n, 0));
		}
		if (markers.isEmpty() || markers.get(0).value() != 1) {
			return List.of();
		}
		return markers;
	}

	/**
	 * 其次 or 最后 in a paragraph's middle with no 首先 before it is a word of the sentence (……，其次是制度不健全), not an
	 * item's number; at the paragraph's start it goes on with the list of the paragraphs above.
	 */
	private static boolean ordinalWordsOutOfTurn(List<Marker> markers, String text, int from) {
		Marker first = markers.get(0);
		return first.value() == 0 && !first.label().equals(FIRST_IN_ORDER) && !text.substring(from, first.start()).isBlank();
	}

	/**
	 * Numbers that continue a list inside one line after the end of a sentence (…不够。2.学习…), counting up from
	 * {@code expected}.
	 */
	public static List<Marker> following(String text, int from, long expected) {
		return following(text, from, Level.LIST, expected);
	}

	/**
	 * Markers of {@code level} that continue inside one paragraph after the end of a sentence: 2. (or （2）) after 1.,
	 * （二） after （一） (several measures written in one paragraph), counting up from {@code expected}.
	 */
	public static List<Marker> following(String text, int from, Level level, long expected) {
		return switch (level) {
		case SECTION -> counting(INLINE_SECTION.matcher(text), from, expected, n -> {
			int bracket = n.start() + Math.max(n.group().indexOf('（'), n.group().indexOf('('));
			return new Marker(Level.SECTION, ChineseNumerals.value(n.group(1)), "（" + n.group(1) + "）", bracket, n.end());
		});
		// ① ②……； in one paragraph (①清理检查考核事项……；②建立检查计划备案制度……)
		case CIRCLED -> counting(INLINE_CIRCLED.matcher(text), from, expected,
				n -> new Marker(Level.CIRCLED, circled(n.group(1)), n.group(1), n.start(1), n.end()));
		default -> counting((halfWidthStopIn(text) ? INLINE_NUMBER_AFTER_ANY_STOP : INLINE_NUMBER).matcher(text), from, expected, n -> number(n, 0));
		};
	}

	private static final Pattern INLINE_CIRCLED = Pattern.compile("(?<=[。；;！？!?”，,])\\s*([\u2460-\u2473])\\s*[、.．，]?\\s*");

	/** The markers {@code n} finds from {@code from} on that count up from {@code expected}; others are no items. */
	private static List<Marker> counting(Matcher n, int from, long expected, Function<Matcher, Marker> marker) {
		List<Marker> markers = new ArrayList<>();
		n.region(from, n.regionEnd());
		n.useTransparentBounds(true);
		long next = expected;
		while (n.find()) {
			Marker found = marker.apply(n);
			if (found.value() == next) {
				markers.add(found);
				next++;
			}
		}
		return markers;
	}

	/** ① → 1. */
	private static long circled(String mark) {
		return mark.charAt(0) - '\u2460' + 1;
	}

	private static Marker number(Matcher m, int shift) {
		boolean dotted = m.group(1) != null;
		long value = arabic(dotted ? m.group(1) : m.group(2));
		int bracket = Math.max(m.group().indexOf('（'), m.group().indexOf('('));
		int start = (dotted ? m.start(1) : m.start() + bracket) + shift;
		return new Marker(Level.INLINE, value, dotted ? value + "." : "（" + value + "）", Math.max(shift, start), m.end() + shift);
	}

	/** Whether a half-width stop follows a Han character somewhere in the text (1. and 1.5 do not count). */
	private static boolean halfWidthStopIn(String text) {
		for (int i = text.indexOf('.'); i > 0; i = text.indexOf('.', i + 1)) {
			if (Character.UnicodeScript.of(text.codePointBefore(i)) == Character.UnicodeScript.HAN) {
				return true;
			}
		}
		return false;
	}

	/** Where the opening bracket of （一） or （1） stands: after any white space. */
	private static int openingAt(String text) {
		int i = 0;
		while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		return i;
	}

	/** Arabic digits, full-width or not; values past what a long holds stay at its largest. */
	public static long arabic(String digits) {
		long value = 0;
		for (char c : digits.toCharArray()) {
			int d = c >= '０' && c <= '９' ? c - '０' : c - '0';
			if (d < 0 || d > 9) {
				return 0;
			}
			value = value > (Long.MAX_VALUE - d) / 10 ? Long.MAX_VALUE : value * 10 + d;
		}
		return value;
	}

}
