package org.duizhao.dsl.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a 时限 (deadline) in a rectification ledger may say: a real date ({@code 2024-06-30}, {@code 2024/6/30},
 * {@code 2024年6月30日}), a month or year with the usual qualifiers ({@code 2024年6月底前}, {@code 2024年底}), or one of
 * the standing terms ledgers use for measures without an end ({@code 长期坚持}, {@code 立行立改}).
 */
public final class Deadlines {

	private static final Set<String> STANDING_TERMS = Set.of("长期坚持", "长期", "立行立改", "立即整改", "即知即改", "持续推进", "常态化推进");

	private static final Pattern NUMERIC = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
	private static final Pattern CHINESE_DAY = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日(?:以?前)?");
	private static final Pattern CHINESE_MONTH = Pattern.compile("(\\d{4})年(\\d{1,2})月(?:上旬|中旬|下旬|底|末)?(?:以?前)?");
	private static final Pattern CHINESE_YEAR = Pattern
			.compile("(\\d{4})年(?:底|末|年底|年末|上半年|下半年|全年|内|年内|第?[一二三四1-4]季度末?)(?:以?前)?");

	private Deadlines() {
	}

	public static boolean isValid(String deadline) {
		if (deadline == null) {
			return false;
		}
		String text = deadline.strip();
		if (STANDING_TERMS.contains(text)) {
			return true;
		}
		return isDay(NUMERIC.matcher(text)) || isDay(CHINESE_DAY.matcher(text)) || isMonth(CHINESE_MONTH.matcher(text))
				|| CHINESE_YEAR.matcher(text).matches();
	}

	private static boolean isDay(Matcher m) {
		if (!m.matches()) {
			return false;
		}
		try {
			LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
			return true;
		} catch (DateTimeException e) {
			return false;
		}
	}

	private static boolean isMonth(Matcher m) {
		if (!m.matches()) {
			return false;
		}
		try {
			YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
			return true;
		} catch (DateTimeException e) {
			return false;
		}
	}
}
