package org.duizhao.dsl.text;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deadline a measure states in its own words (2026年6月底前完成……), for its 时限 when no 完成时限： label gives one.
 * Only a date said with 前 (by), a half or quarter of a year or 年内 counts: a bare year (2026年推出3条线路), a frequency
 * (每月10日前), a start (2025年起) or a past date is no deadline, so that what the ledger gets is what the text
 * promises. Of several, the latest: when all of the measure is done. The import takes it for the 时限; the export does
 * not say again in （完成时限：……） what the measure's words say.
 */
public final class StatedDeadlines {

	private static final String YEAR = "(?:(\\d{4})\\s*年\\s*)";
	private static final Pattern STATED = Pattern.compile("(?<![0-9０-９每])(?:" + YEAR + "?(?:(\\d{1,2})\\s*月\\s*(?:(\\d{1,2})\\s*日|(底|末|中旬|上旬|下旬))?"
			+ "|(年底|年末|上半年|下半年|底)|第?([一二三四1-4])季度(?:末)?)\\s*(?:前|以前)" + "|" + YEAR + "(上半年|下半年|年底|底|内)"
			+ "|(?<![\\d一二两三四五六七八九十半几多数]\\s?)(年内))");
	/** 三月底前: a month in numerals before what ends it, read as 3月底前. */
	private static final Pattern MONTH_IN_WORDS = Pattern.compile("(?<![一二三四五六七八九十])(十[一二]?|[一二三四五六七八九])月(?=底|末|上旬|中旬|下旬|前|以前|\\d)");
	/** 明年6月底前, 今年年底前: the year said in words before a date that has none. */
	private static final Pattern NEXT_YEAR = Pattern.compile("(?:明年|次年|下一年|下年度)$");
	private static final Pattern THIS_YEAR = Pattern.compile("(?:今年|本年|当年|本年度)$");

	/** The longest of those words: as far back as they are looked for. */
	private static final int YEAR_WORD = 3;

	private StatedDeadlines() {
	}

	/** A deadline as dated: its text, and its year and month-and-day as numbers to compare. */
	private record Dated(String text, int year, int month, int start) {
	}

	/**
	 * The latest deadline {@code text} states, as a ledger takes it: as written, with the year the measure names
	 * elsewhere when it leaves it out (2026年3月底前……，年底前…… → 2026年底前); none when no year is named at all.
	 */
	public static Optional<String> stated(String text) {
		return stated(text, Optional.empty());
	}

	/**
	 * The same, and when the measure names no year at all (于10月底前完成), the year it is said in: that of
	 * {@code writtenIn} (the report's month), the next one for a month already past then (a report of 2024年12月:
	 * 3月底前 → 2025年3月底前).
	 */
	public static Optional<String> stated(String text, Optional<YearMonth> writtenIn) {
		String figures = inFigures(text);
		List<MatchResult> found = STATED.matcher(figures).results().filter(m -> !after(figures, m.start(), "每")).toList();
		int known = found.stream().mapToInt(StatedDeadlines::year).max().orElse(0);
		return found.stream().map(m -> dated(m, known, writtenIn, figures.substring(Math.max(0, m.start() - YEAR_WORD), m.start())))
				.flatMap(Optional::stream)
				.filter(d -> Deadlines.isValid(d.text()))
				.max(Comparator.comparingInt(Dated::year).thenComparingInt(Dated::month).thenComparingInt(Dated::start)).map(Dated::text);
	}

	/**
	 * A 时限 label's date without a year (完成时限：3月底前, 年底前) with the year {@code writtenIn} gives it, as
	 * {@link #stated(String, Optional)} does; none when it is no such date.
	 */
	public static Optional<String> withYear(String yearless, YearMonth writtenIn) {
		String text = inFigures(yearless.strip());
		// a label's date may leave out the 前 the words of a measure say (完成时限：3月底)
		Matcher m = STATED.matcher(text);
		if (!m.matches()) {
			m = STATED.matcher(text + "前");
		}
		if (!m.matches() || year(m) != 0) {
			return Optional.empty();
		}
		return dated(m.toMatchResult(), 0, Optional.of(writtenIn), "").map(d -> d.year() + (text.startsWith("年") ? "" : "年") + text)
				.filter(Deadlines::isValid);
	}

	/** 三月底前 → 3月底前: a month in numerals as the ledger writes it. */
	private static String inFigures(String text) {
		return MONTH_IN_WORDS.matcher(text).replaceAll(m -> ChineseNumerals.value(m.group(1)) + "月");
	}

	/** Whether {@code text} is a deadline and nothing else, with its year or without (2025年3月底前, 3月底前, 长期坚持). */
	public static boolean isDate(String text) {
		return Deadlines.isValid(text) || withYear(text, YearMonth.of(2000, 1)).isPresent();
	}

	/**
	 * The month a report was written in, for the year of its deadlines: its date's (2025年1月20日, 二〇二五年一月二十日), else January
	 * after the year its title's meeting is of (2024年度民主生活会 is held early in 2025); none when neither says.
	 */
	public static Optional<YearMonth> writtenIn(Optional<String> date, Optional<String> title) {
		return MeetingDates.month(ChineseNumerals.dateInFigures(date.orElse(""))).or(() -> MeetingDates.heldIn(title.orElse("")));
	}

	/**
	 * The date a match states, with its year: its own, the one the measure names elsewhere ({@code known}), or the one
	 * it is said in ({@code writtenIn}, the next for a month already past then; 明年 and 今年 before it as they say).
	 * A 底 with no year or month before it (本月底前) is the end of something else.
	 */
	private static Optional<Dated> dated(MatchResult m, int known, Optional<YearMonth> writtenIn, String before) {
		String written = m.group().replaceAll("\\s", "");
		int month = month(m);
		if (year(m) != 0) {
			return Optional.of(new Dated(written, year(m), month, m.start()));
		}
		if ("底".equals(m.group(5))) {
			return Optional.empty();
		}
		int year = known != 0 ? known : writtenIn.map(w -> THIS_YEAR.matcher(before).find() ? w.getYear()
				: w.getYear() + (NEXT_YEAR.matcher(before).find() || month / 100 < w.getMonthValue() ? 1 : 0)).orElse(0);
		return year == 0 ? Optional.empty() : Optional.of(new Dated(year + (written.startsWith("年") ? "" : "年") + written, year, month, m.start()));
	}

	private static boolean after(String text, int at, String word) {
		return text.substring(Math.max(0, at - 2), at).contains(word);
	}

	private static int year(MatchResult m) {
		String y = m.group(1) != null ? m.group(1) : m.group(7);
		return y == null ? 0 : Integer.parseInt(y);
	}

	/** A month and a part of it, as a number to compare: 6月底 after 6月15日 after 6月上旬. */
	private static int month(MatchResult m) {
		if (m.group(2) != null) {
			int day = m.group(3) != null ? Integer.parseInt(m.group(3)) : m.group(4) == null ? 31 : switch (m.group(4)) {
			case "上旬" -> 10;
			case "中旬" -> 20;
			default -> 31;
			};
			return Integer.parseInt(m.group(2)) * 100 + day;
		}
		String half = m.group(5) != null ? m.group(5) : m.group(8) != null ? m.group(8) : m.group(9);
		if (half != null) {
			return half.equals("上半年") ? 631 : 1231;
		}
		return m.group(6) != null ? (int) (Character.isDigit(m.group(6).charAt(0)) ? Integer.parseInt(m.group(6))
				: ChineseNumerals.value(m.group(6))) * 300 + 31 : 0;
	}
}
