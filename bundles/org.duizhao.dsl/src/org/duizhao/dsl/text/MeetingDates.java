package org.duizhao.dsl.text;

import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a report's title says of when its meeting is: the year it is of (2024年度民主生活会, 2023年主题教育……) — which
 * profile's aspects it follows — and the month it is held, which gives the deadlines written without a year theirs.
 */
public final class MeetingDates {

	/** The year a title gives its meeting (2024年度, 2023年主题教育); a month after it (2026年1月) dates the meeting only. */
	private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年(?!\\s*\\d{1,2}\\s*月)");
	/** 2026年1月专题民主生活会: the month the meeting is held. */
	private static final Pattern MONTH = Pattern.compile("(20\\d{2})\\s*年\\s*(\\d{1,2})\\s*月");

	private MeetingDates() {
	}

	/** The year of the meeting a title names (2024年度民主生活会 → 2024); none for 2026年1月民主生活会 or no year. */
	public static Optional<Integer> meetingYear(String title) {
		Matcher year = YEAR.matcher(title == null ? "" : title);
		return year.find() ? Optional.of(Integer.parseInt(year.group(1))) : Optional.empty();
	}

	/**
	 * The month the meeting is held: the one the title dates it in (2026年1月……), else January after the year it is of
	 * (a 2024年度 meeting is held early in 2025); none when the title says neither.
	 */
	public static Optional<YearMonth> heldIn(String title) {
		return month(title).or(() -> meetingYear(title).map(year -> YearMonth.of(year + 1, 1)));
	}

	/** The first month a text names in figures (2025年1月20日 → 2025年1月); none for no such month. */
	public static Optional<YearMonth> month(String text) {
		Matcher month = MONTH.matcher(text == null ? "" : text);
		if (month.find()) {
			int value = Integer.parseInt(month.group(2));
			if (value >= 1 && value <= 12) {
				return Optional.of(YearMonth.of(Integer.parseInt(month.group(1)), value));
			}
		}
		return Optional.empty();
	}
}
