package org.duizhao.office;

import static org.duizhao.dsl.nodes.StringLiteral.joined;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duizhao.dsl.nodes.Reports;
import org.duizhao.model.Cause;
import org.duizhao.model.Item;
import org.duizhao.model.Measure;
import org.duizhao.model.Problem;
import org.duizhao.model.Report;
import org.duizhao.model.Section;

/**
 * The rectification ledger (整改台账): one row per problem with its causes (those 针对 it), the measures answering it
 * or its causes, and their 责任人, 时限 and 状态. Printed on A4 landscape with the header row on every page.
 */
public final class LedgerExport {

	public static final List<String> HEADER = List.of("序号", "方面", "问题", "原因", "整改措施", "责任人", "完成时限", "状态");
	/** Column widths in characters (a CJK character counts two). */
	private static final int[] WIDTHS = { 6, 12, 40, 36, 40, 14, 16, 10 };

	private LedgerExport() {
	}

	public static void write(Report report, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = workbook.createSheet("整改台账");
			CellStyle header = style(workbook, true);
			CellStyle body = style(workbook, false);
			Row first = sheet.createRow(0);
			for (int c = 0; c < HEADER.size(); c++) {
				first.createCell(c).setCellValue(HEADER.get(c));
				first.getCell(c).setCellStyle(header);
				sheet.setColumnWidth(c, WIDTHS[c] * 256 + 256);
			}
			int row = 1;
			for (Section section : report.getSections()) {
				for (Problem problem : section.getProblems()) {
					List<String> values = row(row, Reports.aspectLabel(section), problem, section);
					Row r = sheet.createRow(row++);
					for (int c = 0; c < values.size(); c++) {
						r.createCell(c).setCellValue(values.get(c));
						r.getCell(c).setCellStyle(body);
					}
				}
			}
			sheet.createFreezePane(0, 1);
			sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
			PrintSetup print = sheet.getPrintSetup();
			print.setLandscape(true);
			print.setPaperSize(PrintSetup.A4_PAPERSIZE);
			print.setFitWidth((short) 1);
			print.setFitHeight((short) 0);
			sheet.setFitToPage(true);
			workbook.write(out);
		}
	}

	private static List<String> row(int number, String aspect, Problem problem, Section section) {
		List<Cause> causes = new ArrayList<>();
		for (Cause cause : Reports.causes(Reports.reportOf(section))) {
			if (cause.getExplains().contains(problem)) {
				causes.add(cause);
			}
		}
		Set<Measure> measures = new LinkedHashSet<>();
		for (Measure measure : Reports.measures(Reports.reportOf(section))) {
			if (Reports.answered(measure).contains(problem)) {
				measures.add(measure);
			}
		}
		return List.of(String.valueOf(number), aspect, text(problem), lines(causes), lines(measures),
				distinct(measures, Reports::responsible), distinct(measures, Measure::getDeadline),
				distinct(measures, m -> m.isSetState() ? m.getState().getLiteral() : null));
	}

	private static String text(Item item) {
		return joined(item.getHeadline()) + joined(item.getBody());
	}

	private static String lines(Iterable<? extends Item> items) {
		List<String> lines = new ArrayList<>();
		for (Item item : items) {
			lines.add(item.getName() + " " + text(item));
		}
		return String.join("\n", lines);
	}

	private static String distinct(Set<Measure> measures, Function<Measure, String> field) {
		Set<String> values = new LinkedHashSet<>();
		for (Measure m : measures) {
			if (field.apply(m) != null) {
				values.add(joined(field.apply(m)));
			}
		}
		return String.join("\n", values);
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
