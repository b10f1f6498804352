package org.duizhao.dsl.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statements of a 上年度整改 part as the reader finds them. 其中，追溯平台……尚未完成 after 正在推进的有：食品安全追溯
 * 平台建设 tells more of the earlier statement whose words it repeats: it joins that one instead of counting as one
 * more of last year's measures.
 */
final class Followups {

	/** Words every statement of the part may share: they say nothing of which measure it is. */
	private static final Pattern COMMON = Pattern.compile("整改|问题|措施|完成|推进|落实|工作|情况|其中");
	/** How many characters in a row a statement must share with an earlier one to tell more of it. */
	private static final int SHARED_RUN = 3;
	/** 其中 at a statement's start; with its comma (其中，) it only joins, without (其中“甲”一项) it is of the subject. */
	private static final Pattern MORE = Pattern.compile("^其中([，,]\\s*)?");

	private final List<Draft.Followup> read = new ArrayList<>();

	void add(Draft.Followup statement) {
		int earlier = toldMoreOf(statement.text());
		if (earlier < 0) {
			// 去年我查摆问题2个。其中，“甲”问题已整改到位: 其中 joined it to the count before, the .dzr lists it alone
			Matcher among = MORE.matcher(statement.text());
			String text = among.find() && among.group(1) != null ? statement.text().substring(among.end()) : statement.text();
			read.add(new Draft.Followup(statement.place(), statement.state(), text, statement.reason()));
		} else {
			read.set(earlier, joined(read.get(earlier), statement));
		}
	}

	List<Draft.Followup> list() {
		return List.copyOf(read);
	}

	/** The earlier statement {@code text} tells more of, or -1. */
	private int toldMoreOf(String text) {
		if (!MORE.matcher(text).find()) {
			return -1;
		}
		String said = COMMON.matcher(text).replaceAll("|");
		int best = -1;
		int bestRun = SHARED_RUN - 1;
		for (int i = 0; i < read.size(); i++) {
			int run = longestSharedRun(COMMON.matcher(read.get(i).text()).replaceAll("|"), said);
			if (run > bestRun) {
				best = i;
				bestRun = run;
			}
		}
		return best;
	}

	/** The longest run of Chinese characters both texts have. */
	private static int longestSharedRun(String a, String b) {
		int longest = 0;
		int[] previous = new int[b.length() + 1];
		for (int i = 1; i <= a.length(); i++) {
			int[] row = new int[b.length() + 1];
			for (int j = 1; j <= b.length(); j++) {
				char c = a.charAt(i - 1);
				if (c == b.charAt(j - 1) && Character.isIdeographic(c)) {
					row[j] = previous[j - 1] + 1;
					longest = Math.max(longest, row[j]);
				}
			}
			previous = row;
		}
		return longest;
	}

	/** The earlier statement with what the later one adds: its words after, its state and reason when it says them. */
	private static Draft.Followup joined(Draft.Followup earlier, Draft.Followup later) {
		String added = MORE.matcher(later.text()).replaceFirst("");
		return new Draft.Followup(earlier.place(), later.state().or(earlier::state), earlier.text() + added, later.reason().or(earlier::reason));
	}
}
