package org.duizhao.dsl.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.duizhao.model.FollowupState;

/**
 * A table of where last year's measures stand (序号 | 整改措施 | 责任领导 | 落实情况), pasted as text with tabs or set in
 * Word: its header names the columns, and each row after it is one statement. The number is layout; who answered for
 * the measure is said in brackets after it (修订接待办法（责任领导：办公室主任）) instead of running into its words; a
 * cell that is only a state (已完成, in a 状态 or 落实情况 column) is the statement's state, written before it as the
 * export writes it (（已完成）修订接待办法……), not more of its words.
 */
final class FollowupTable {

	/** One tab between two cells: two tabs hold an empty cell between them, as a Word table does. */
	private static final Pattern CELLS = Pattern.compile("[ \\u3000]*\\t[ \\u3000]*");
	/** What a header cell over the statements' words or their state says: 整改措施, 问题, 落实情况, 整改进展. */
	private static final Pattern NAMES_A_COLUMN = Pattern.compile("[\\p{IsHan}（）()]{1,10}");

	private final ImportVocabulary words = ImportVocabulary.get();
	private int columns = -1;
	private int measure = -1;
	private int number = -1;
	private int responsible = -1;
	private String responsibleLabel = "";

	/** Whether {@code cells} are the table's header; they then name the columns of the rows after it. */
	boolean header(List<String> cells) {
		int named = -1;
		for (int i = 0; i < cells.size() && named < 0; i++) {
			named = words.list("table.measure").contains(cells.get(i)) || words.list("table.lastYear").contains(cells.get(i)) ? i : -1;
		}
		if (cells.size() < 2 || named < 0 || !cells.stream().allMatch(c -> NAMES_A_COLUMN.matcher(c).matches())) {
			return false;
		}
		measure = named;
		columns = cells.size();
		number = cells.indexOf("序号");
		responsible = -1;
		for (int i = 0; i < cells.size(); i++) {
			if (words.list("table.responsible").contains(cells.get(i))) {
				responsible = i;
				responsibleLabel = cells.get(i);
			}
		}
		return true;
	}

	/** Whether a header has named the columns: a row that does not fit it is then kept as it stood. */
	boolean headed() {
		return columns >= 0;
	}

	/**
	 * A row under the header as a statement's text; empty when it does not fit the header or names no measure. Empty
	 * cells at its end may be left out (a line's end takes its tabs).
	 */
	Optional<String> row(List<String> written) {
		if (columns < 0 || written.size() > columns || written.size() <= measure) {
			return Optional.empty();
		}
		List<String> cells = new ArrayList<>(written);
		while (cells.size() < columns) {
			cells.add("");
		}
		if (cells.get(measure).isBlank()) {
			return Optional.empty();
		}
		StringBuilder text = new StringBuilder();
		String state = "";
		for (int i = 0; i < cells.size(); i++) {
			String cell = cells.get(i).strip();
			if (i == number || cell.isEmpty()) {
				continue;
			}
			if (i == responsible) {
				text.append("（").append(responsibleLabel).append("：").append(cell).append("）");
			} else if (state.isEmpty() && FollowupState.get(cell) != null && i > 0) {
				state = "（" + cell + "）";
			} else {
				text.append(text.isEmpty() ? "" : "，").append(cell.replaceAll("[。；;]$", ""));
			}
		}
		return text.isEmpty() ? Optional.empty() : Optional.of(state + text + "。");
	}

	static List<String> cells(String text) {
		return List.of(CELLS.split(text.replaceAll("^[ \\u3000]+|[ \\u3000]+$", ""), -1));
	}
}
