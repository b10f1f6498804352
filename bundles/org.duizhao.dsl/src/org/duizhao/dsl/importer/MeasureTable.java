package org.duizhao.dsl.importer;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A table of measures pasted as text, its cells split by tabs: a header row (措施 责任人 完成时限) names the columns,
 * each row after it is a measure whose other cells are its ledger fields — written as the reader's ledger brackets
 * take them (……。（责任人：党委书记；完成时限：2024年3月底前）), so that the 责任人 and 时限 of the .dzr are filled.
 */
final class MeasureTable {

	private static final Pattern CELLS = Pattern.compile("[ \\u3000]*\\t[\\t \\u3000]*");
	private static final Pattern MEASURE = Pattern.compile("^(?:整改|具体)?措施(?:内容)?$|^整改(?:内容|事项|任务)$");
	private static final Pattern RESPONSIBLE = Pattern.compile("^(?:责任人|责任领导|责任单位|责任部门|牵头领导|牵头单位|责任主体)$");
	private static final Pattern DEADLINE = Pattern.compile("^(?:完成)?(?:时限|时间)$|^时间节点$");

	private int measure = -1;
	private int responsible = -1;
	private int deadline = -1;
	private int columns;

	/** Whether {@code text} is the table's header row; it then names the columns of the rows after it. */
	boolean header(String text) {
		String[] cells = cells(text);
		int m = -1;
		int r = -1;
		int d = -1;
		for (int i = 0; i < cells.length; i++) {
			m = MEASURE.matcher(cells[i]).matches() ? i : m;
			r = RESPONSIBLE.matcher(cells[i]).matches() ? i : r;
			d = DEADLINE.matcher(cells[i]).matches() ? i : d;
		}
		if (cells.length < 2 || m < 0 || r < 0 && d < 0) {
			return false;
		}
		measure = m;
		responsible = r;
		deadline = d;
		columns = cells.length;
		return true;
	}

	/** A row of the table as a measure with its ledger brackets; empty if no header came or the row does not fit it. */
	Optional<String> row(String text) {
		String[] cells = cells(text);
		if (measure < 0 || cells.length != columns || cells[measure].isEmpty()) {
			return Optional.empty();
		}
		StringBuilder fields = new StringBuilder();
		if (responsible >= 0 && !cells[responsible].isEmpty()) {
			fields.append("责任人：").append(cells[responsible]);
		}
		if (deadline >= 0 && !cells[deadline].isEmpty()) {
			fields.append(fields.isEmpty() ? "" : "；").append("完成时限：").append(cells[deadline]);
		}
		String said = cells[measure].replaceAll("[。；;]$", "");
		return Optional.of(said + "。" + (fields.isEmpty() ? "" : "（" + fields + "）"));
	}

	private static String[] cells(String text) {
		return CELLS.split(text.strip());
	}
}
