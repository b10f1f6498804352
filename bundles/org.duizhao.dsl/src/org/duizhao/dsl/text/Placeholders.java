package org.duizhao.dsl.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the marks writers leave where something still has to be filled in: {@code *}, {@code XX}, {@code ××},
 * {@code 某某}, an ellipsis standing for a whole clause, {@code （此处…）}, {@code [待填]}. A finished report in this
 * domain was handed in with "党的XX大" in it, which is exactly what this must catch.
 */
public final class Placeholders {

	private static final String CLAUSE_EDGE = "\\s\\p{Punct}，。；：？！、“”‘’（）《》【】";

	private static final Pattern PLACEHOLDER = Pattern.compile(String.join("|",
			"[*＊]+",
			"(?<![A-Za-z])[Xx]{2,}(?![A-Za-z])",
			"[×╳]{2,}",
			"某某",
			// An ellipsis is a placeholder only where it stands for a clause of its own, not where it trails a sentence.
			"(?<=^|[" + CLAUSE_EDGE + "])(?:…{2,}|\\.{3,}|。{3,})(?=$|[" + CLAUSE_EDGE + "])",
			"（此处[^）]*）",
			"\\(此处[^)]*\\)",
			"[\\[【]\\s*待(?:填|补|补充|完善|定)(?:[：:][^\\]】\\n]{0,40})?\\s*[\\]】]"));

	private Placeholders() {
	}

	public static List<Finding> find(CharSequence text) {
		List<Finding> result = new ArrayList<>();
		if (!mayHold(text)) {
			return result;
		}
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			result.add(new Finding(matcher.start(), matcher.group()));
		}
		return result;
	}

	/**
	 * Whether the text has a character that begins some placeholder. Most texts have none, and the pattern's
	 * alternatives are tried at every position, which made this the costliest check on a large report.
	 */
	private static boolean mayHold(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
			switch (c) {
			case '*', '＊', '×', '╳', '待', '（', '(' -> {
				return true;
			}
			case 'X', 'x' -> {
				if (next == 'X' || next == 'x') {
					return true;
				}
			}
			case '某', '…', '.', '。' -> {
				if (next == c) {
					return true;
				}
			}
			default -> {
			}
			}
		}
		return false;
	}

	/** The mark the quick fixes write where the user still has to type. */
	public static final String TO_FILL = "[待填]";

	/** What a new 上年度整改 names until the writer chooses last year's file. */
	public static final String TO_FILL_PREVIOUS_FILE = "[待填：上年度材料的文件名]";

	/** What the fact a vague problem lacks is to be. */
	public static final String TO_FILL_FACT = "[待填：时间、事项、数字]";
}
