package org.duizhao.dsl.importer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.duizhao.dsl.export.ExportMessages;
import org.duizhao.dsl.text.StatedDeadlines;

/**
 * A table of measures pasted as text, its cells split by tabs: a header row (措施 责任人 完成时限, the words of
 * {@code table.*}) names the columns, each row after it is a measure whose other cells are its ledger fields — written
 * as the export writes them after a measure (……。（责任人：党委书记；完成时限：2024年3月底前）), which the reader takes
 * into the 责任人 and 时限 of the .dzr.
 */
final class MeasureTable {

	private static final Pattern CELLS = Pattern.compile("[ \\u3000]*\\t[\\t \\u3000]*");

	private final ImportVocabulary words = ImportVocabulary.get();
	private int measure = -1;
	private int responsible = -1;
	private int deadline = -1;
	private int columns;

	/** Whether {@code text} is the table's header row; it then names the columns of the rows after it. */
	boolean header(String text) {
		List<String> cells = cells(text);
		int m = column(cells, "table.measure");
		int r = column(cells, "table.responsible");
		int d = column(cells, "table.deadline");
		if (cells.size() < 2 || m < 0 || r < 0 && d < 0) {
			return false;
		}
		measure = m;
		responsible = r;
		deadline = d;
		columns = cells.size();
		return true;
	}

	/**
	 * A row of the table as a measure with its ledger fields; empty if the row does not fit the header. With no
	 * header, a measure and one cell that is a date (……接待群众。<TAB>长期坚持, ……<TAB>2025年3月底前): its 时限.
	 */
	Optional<String> row(String text) {
		List<String> cells = cells(text);
		if (measure < 0 && cells.size() == 2 && !cells.get(0).isEmpty() && StatedDeadlines.isDate(cells.get(1))) {
			return Optional.of(cells.get(0).replaceAll("[。；;]$", "") + "。（" + ExportMessages.bind(ExportMessages.Deadline, cells.get(1)) + "）");
		}
		if (measure < 0 || cells.size() != columns || cells.get(measure).isEmpty()) {
			return Optional.empty();
		}
		StringBuilder fields = new StringBuilder();
		if (responsible >= 0 && !cells.get(responsible).isEmpty()) {
			fields.append(ExportMessages.bind(ExportMessages.Responsible, cells.get(responsible)));
		}
		if (deadline >= 0 && !cells.get(deadline).isEmpty()) {
			fields.append(fields.isEmpty() ? "" : "；").append(ExportMessages.bind(ExportMessages.Deadline, cells.get(deadline)));
		}
		String said = cells.get(measure).replaceAll("[。；;]$", "");
		return Optional.of(said + "。" + (fields.isEmpty() ? "" : "（" + fields + "）"));
	}

	private int column(List<String> cells, String key) {
		for (int i = 0; i < cells.size(); i++) {
			if (words.list(key).contains(cells.get(i))) {
				return i;
			}
		}
		return -1;
	}

	private static List<String> cells(String text) {
		return List.of(CELLS.split(text.strip()));
	}
}
