package org.duizhao.dsl.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a long title breaks: at a word, with the lines as even as the words allow (a 2号 line holds 20 characters),
 * never inside 对照检查材料 or 民主生活会 as automatic wrapping does. The words are those titles of these reports are
 * made of; between two of them, or between digits and a word, is a place to break.
 */
public final class TitleLines {

	/** Characters of 2号 type on a line of the 156 mm text block. */
	public static final double LINE = 20;

	private static final List<String> WORDS = List.of("对照检查材料", "对照检查", "发言提纲", "民主生活会", "组织生活会", "主题教育", "专题",
			"年度", "领导班子", "班子", "个人", "党组", "党委", "同志", "材料", "学习贯彻", "习近平新时代中国特色社会主义思想", "党员领导干部");

	private TitleLines() {
	}

	/** The title's lines: itself when it fits, else two (or more) lines broken at words. */
	public static List<String> of(String title) {
		if (title == null || width(title) <= LINE) {
			return title == null ? List.of() : List.of(title);
		}
		List<Integer> breaks = breaks(title);
		int lines = (int) Math.ceil(width(title) / LINE);
		List<String> result = new ArrayList<>();
		int start = 0;
		for (int line = 1; line < lines; line++) {
			double target = width(title.substring(start)) / (lines - line + 1);
			int best = -1;
			for (int b : breaks) {
				if (b > start && width(title.substring(start, b)) <= LINE
						&& (best < 0 || Math.abs(width(title.substring(start, b)) - target) < Math.abs(width(title.substring(start, best)) - target))) {
					best = b;
				}
			}
			if (best < 0) {
				break; // no word boundary fits: the writer's title decides
			}
			result.add(title.substring(start, best));
			start = best;
		}
		result.add(title.substring(start));
		return result;
	}

	/** Places between words: before and after each known word, and where digits meet Chinese. */
	static List<Integer> breaks(String title) {
		boolean[] inside = new boolean[title.length() + 1];
		List<Integer> edges = new ArrayList<>();
		for (String word : WORDS) {
			for (int i = title.indexOf(word); i >= 0; i = title.indexOf(word, i + 1)) {
				for (int k = i + 1; k < i + word.length(); k++) {
					inside[k] = true;
				}
				edges.add(i);
				edges.add(i + word.length());
			}
		}
		for (int i = 1; i < title.length(); i++) {
			if (Character.isDigit(title.charAt(i - 1)) != Character.isDigit(title.charAt(i))) {
				edges.add(i);
			}
			if (title.charAt(i - 1) == '年' || title.charAt(i - 1) == '）' || title.charAt(i) == '（') {
				edges.add(i);
			}
		}
		// 2025年度 is one word: never between the year's digits and its 年
		return edges.stream().filter(i -> i > 0 && i < title.length() && !inside[i])
				.filter(i -> !(title.charAt(i) == '年' && Character.isDigit(title.charAt(i - 1)))).distinct().sorted().toList();
	}

	/** Width in characters of 2号 type: half-width letters and digits count half. */
	static double width(String text) {
		double width = 0;
		for (int i = 0; i < text.length(); i++) {
			width += text.charAt(i) < 0x2E80 ? 0.5 : 1;
		}
		return width;
	}
}
