package org.duizhao.dsl.text;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
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
			+ "|(年底|年末|上半年|下半年|底)|第?([一二三四1-4])季度(?:末)?)\\s*(?:前|以前)" + "|" + YEAR + "(上半年|下半年|年底|底|内)|(?<!\\d\\s?)(年内))");

	private StatedDeadlines() {
	}

	/**
	 * The latest deadline {@code text} states, as a ledger takes it: as written, with the year the measure names
	 * elsewhere when it leaves it out (2026年3月底前……，年底前…… → 2026年底前); none when no year is named at all.
	 */
	public static Optional<String> stated(String text) {
		List<MatchResult> found = STATED.matcher(text).results().filter(m -> !after(text, m.start(), "每")).toList();
		int known = found.stream().mapToInt(StatedDeadlines::year).max().orElse(0);
		return found.stream().filter(m -> Deadlines.isValid(withYear(m, known)))
				.max(Comparator.<MatchResult>comparingInt(m -> year(m) == 0 ? known : year(m)).thenComparingInt(StatedDeadlines::month)
						.thenComparingInt(MatchResult::start))
				.map(m -> withYear(m, known));
	}

	/** The date as written, the year put before it when it has none. */
	private static String withYear(MatchResult m, int known) {
		String written = m.group().replaceAll("\\s", "");
		if (year(m) != 0 || known == 0) {
			return written;
		}
		return known + (written.startsWith("年") ? "" : "年") + written;
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
