package org.duizhao.office;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The review of a folder of reports as a workbook for those who collect them (组织部门, 机关党委): one sheet per table,
 * the header frozen and filtered, so that a reader sorts by unit, missing parts or any depth check.
 */
public final class ReviewWorkbook {

	/** A sheet: its name, its header and its rows (numbers as text that looks like a number are written as numbers). */
	public record Table(String name, List<String> header, List<List<String>> rows) {
	}

	private ReviewWorkbook() {
	}

	public static void write(List<Table> tables, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			CellStyle header = style(workbook, true);
			CellStyle body = style(workbook, false);
			for (Table table : tables) {
				XSSFSheet sheet = workbook.createSheet(table.name());
				Row first = sheet.createRow(0);
				for (int c = 0; c < table.header().size(); c++) {
					first.createCell(c).setCellValue(table.header().get(c));
					first.getCell(c).setCellStyle(header);
					sheet.setColumnWidth(c, Math.min(60, Math.max(8, table.header().get(c).length() * 2 + 2)) * 256);
				}
				int r = 1;
				for (List<String> values : table.rows()) {
					Row row = sheet.createRow(r++);
					for (int c = 0; c < values.size(); c++) {
						String value = values.get(c);
						if (value.matches("-?\\d{1,9}")) {
							row.createCell(c).setCellValue(Integer.parseInt(value));
						} else {
							row.createCell(c).setCellValue(value);
						}
						row.getCell(c).setCellStyle(body);
					}
				}
				sheet.createFreezePane(0, 1);
				if (!table.header().isEmpty()) {
					sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, table.header().size() - 1));
				}
			}
			workbook.write(out);
		}
	}

	private static CellStyle style(XSSFWorkbook workbook, boolean bold) {
		CellStyle style = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setFontName("仿宋");
		font.setFontHeightInPoints((short) 11);
		font.setBold(bold);
		style.setFont(font);
		style.setWrapText(true);
		style.setVerticalAlignment(VerticalAlignment.TOP);
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		return style;
	}
}
