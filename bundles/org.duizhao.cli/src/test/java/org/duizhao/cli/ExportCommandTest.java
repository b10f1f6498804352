package org.duizhao.cli;

import static org.duizhao.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.duizhao.cli.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** {@code duizhao export}: the produced DOCX and XLSX opened with POI and checked against GB/T 9704 and the ledger. */
class ExportCommandTest {

	static final Path EXAMPLES = Path.of(System.getProperty("duizhao.examples", "../../examples"));
	static final String EXAMPLE = "2023-班子对照检查材料.dzr";

	static Path example(Path dir) throws IOException {
		Path report = dir.resolve(EXAMPLE);
		Files.copy(EXAMPLES.resolve(EXAMPLE), report);
		return report;
	}

	static Path exportDocx(Path dir) throws IOException {
		Path report = example(dir);
		Run run = run("export", report.toString(), "--to", "docx");
		assertEquals(Main.OK, run.exit(), run.err());
		Path docx = dir.resolve("2023-班子对照检查材料.docx");
		assertEquals("已写入 " + docx + "\n", run.out());
		return docx;
	}

	@Test
	void theDocxHasThePageFontsAndPageNumbersOfGbT9704(@TempDir Path dir) throws IOException {
		Path docx = exportDocx(dir);
		try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
			CTSectPr section = document.getDocument().getBody().getSectPr();
			assertEquals(List.of(11906, 16838), List.of(number(section.getPgSz().getW()), number(section.getPgSz().getH())), "A4");
			assertEquals(List.of(2098, 1984, 1587, 1474), List.of(number(section.getPgMar().getTop()), number(section.getPgMar().getBottom()),
					number(section.getPgMar().getLeft()), number(section.getPgMar().getRight())), "37/35/28/26 mm");
			assertEquals("lines", section.getDocGrid().getType().toString());
			assertEquals(579, number(section.getDocGrid().getLinePitch()), "28.95 pt: 22 lines on 225 mm");

			List<XWPFParagraph> paragraphs = document.getParagraphs();
			XWPFParagraph title = paragraphs.get(0);
			// Too long for one 2号 line: broken at a word, the lines as even as the words allow.
			assertEquals("2023年主题教育专题\n民主生活会班子对照检查材料", title.getText());
			assertEquals("CENTER", title.getAlignment().name());
			assertFont(title.getRuns().get(0), "方正小标宋简体", 44);
			XWPFParagraph preface = paragraphs.get(2);
			assertTrue(preface.getText().startsWith("按照县委关于开好主题教育专题民主生活会的通知要求"));
			assertFont(preface.getRuns().get(0), "仿宋_GB2312", 32);
			assertEquals(579, number(preface.getCTP().getPPr().getSpacing().getLine()));
			assertEquals("exact", preface.getCTP().getPPr().getSpacing().getLineRule().toString());
			assertEquals(200, number(preface.getCTP().getPPr().getInd().getFirstLineChars()), "first line indented two characters");
			XWPFParagraph part = paragraphs.get(3);
			assertEquals("一、存在的问题", part.getText());
			assertFont(part.getRuns().get(0), "黑体", 32);
			XWPFParagraph aspect = paragraphs.get(4);
			assertEquals("（一）在理论学习方面", aspect.getText());
			assertFont(aspect.getRuns().get(0), "楷体_GB2312", 32);
			assertTrue(paragraphs.get(5).getText().startsWith("一是学习的系统性还不够强。集中学习多按上级通知安排专题"), paragraphs.get(5).getText());
			XWPFParagraph cause = paragraphs.stream().filter(p -> p.getText().startsWith("（一）理论武装的自觉性还不够高。")).findFirst().orElseThrow();
			assertFont(cause.getRuns().get(0), "楷体_GB2312", 32);
			assertEquals("（一）理论武装的自觉性还不够高。", cause.getRuns().get(0).text());
			assertFont(cause.getRuns().get(1), "仿宋_GB2312", 32);
			XWPFParagraph signature = paragraphs.get(paragraphs.size() - 2);
			assertEquals("青川县交通运输局党组", signature.getText());
			assertEquals("RIGHT", signature.getAlignment().name());
			assertEquals("2023年12月20日", paragraphs.get(paragraphs.size() - 1).getText());
			assertEquals("", paragraphs.get(paragraphs.size() - 3).getText(), "a blank line between the text and the signature");
			assertFalse(paragraphs.get(paragraphs.size() - 4).getText().isEmpty(), "one blank line");

			assertTrue(document.getEvenAndOddHeadings(), "Word shows the even-page footer only with this setting");
			assertPageNumber(document.getHeaderFooterPolicy().getDefaultFooter(), "RIGHT");
			assertPageNumber(document.getHeaderFooterPolicy().getEvenPageFooter(), "LEFT");
			String fonts = new String(document.getPackage().getPart(
					PackagingURIHelper.createPartName("/word/fontTable.xml")).getInputStream().readAllBytes(),
					StandardCharsets.UTF_8);
			assertTrue(fonts.contains("<w:font w:name=\"仿宋_GB2312\"><w:altName w:val=\"仿宋\"/>"), "fallbacks are named: " + fonts);
		} catch (InvalidFormatException e) {
			throw new IOException(e);
		}
	}

	@Test
	void leadsAndAttachmentsStandWhereGbT9704PutsThemAndComeBackOnImport(@TempDir Path dir) throws IOException {
		Path report = example(dir);
		String text = Files.readString(report).replace("方面 理论学习 {", "导语 原因 \"深入剖析上述问题，根子在思想上。\"\n\n方面 理论学习 {")
				.strip() + "\n\n附件 \"征求意见建议清单\", \"班子整改措施台账\"\n";
		Files.writeString(report, text);
		Run run = run("export", report.toString(), "--to", "docx", "--numbering", "list");
		assertEquals(Main.OK, run.exit(), run.err());
		Path docx = dir.resolve("2023-班子对照检查材料.docx");
		try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
			List<String> texts = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			int causes = texts.indexOf("二、问题的原因");
			XWPFParagraph lead = document.getParagraphs().get(causes + 1);
			assertEquals("深入剖析上述问题，根子在思想上。", lead.getText());
			assertFont(lead.getRuns().get(0), "仿宋_GB2312", 32);
			assertEquals(200, number(lead.getCTP().getPPr().getInd().getFirstLineChars()), "a body paragraph");
			// 正文下空一行左空二字编排“附件”二字，后标全角冒号和附件名称；the second name under the first
			int first = texts.indexOf("附件：1.征求意见建议清单");
			assertEquals("", texts.get(first - 1), "a blank line under the text");
			XWPFParagraph attachment = document.getParagraphs().get(first);
			// a name that runs over goes on under its first character: 附件名称较长需回行时，应当与上一行附件名称的首字对齐
			assertEquals(List.of(1920, 1280), List.of(attachment.getIndentationLeft(), attachment.getIndentationHanging()));
			XWPFParagraph second = document.getParagraphs().get(first + 1);
			assertEquals("2.班子整改措施台账", second.getText());
			assertEquals(List.of(1920, 320), List.of(second.getIndentationLeft(), second.getIndentationHanging()));
			assertFont(second.getRuns().get(0), "仿宋_GB2312", 32);
			// 在正文（或附件说明）下空一行编排发文机关署名, the date on the line under it
			assertEquals(List.of("", "青川县交通运输局党组", "2023年12月20日"), texts.subList(first + 2, first + 5));
		}
		Run again = run("import", docx.toString(), "-o", dir.resolve("再导入.dzr").toString());
		assertEquals(Main.OK, again.exit(), again.err());
		String imported = Files.readString(dir.resolve("再导入.dzr"));
		assertTrue(imported.contains("\n导语 原因 \"深入剖析上述问题，根子在思想上。\"\n"), imported);
		assertTrue(imported.contains("\n附件 \"征求意见建议清单\", \"班子整改措施台账\"\n\n落款 \"青川县交通运输局党组\""), imported);
	}

	private static int number(Object value) {
		return ((BigInteger) value).intValue();
	}

	/** Every run names its font for East Asian text as well, and its size in half-points. */
	private static void assertFont(XWPFRun run, String font, int halfPoints) {
		CTFonts fonts = run.getCTR().getRPr().getRFontsArray(0);
		assertEquals(List.of(font, font, font, "eastAsia"), List.of(fonts.getEastAsia(), fonts.getAscii(), fonts.getHAnsi(),
				fonts.getHint().toString()), run.text());
		assertEquals(halfPoints, number(run.getCTR().getRPr().getSzArray(0).getVal()), run.text());
	}

	private static void assertPageNumber(XWPFFooter footer, String alignment) {
		XWPFParagraph p = footer.getParagraphs().get(0);
		assertEquals(alignment, p.getAlignment().name());
		assertEquals(" PAGE ", p.getCTP().getFldSimpleArray(0).getInstr());
		assertEquals("— 1 —", p.getText());
		assertFont(p.getRuns().get(0), "宋体", 28);
		assertEquals(280, alignment.equals("RIGHT") ? p.getIndentationRight() : p.getIndentationLeft(), "one character in");
	}

	@Test
	void theLedgerHasOneRowPerProblemWithItsCausesAndMeasures(@TempDir Path dir) throws IOException {
		Path report = example(dir);
		Run run = run("export", report.toString(), "--to", "xlsx", "-o", dir.resolve("台账.xlsx").toString());
		assertEquals(Main.OK, run.exit(), run.err());
		try (InputStream in = Files.newInputStream(dir.resolve("台账.xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			XSSFSheet sheet = workbook.getSheet("整改台账");
			assertEquals(List.of("序号", "方面", "问题", "原因", "整改措施", "责任人", "完成时限", "状态"), cells(sheet.getRow(0)));
			assertTrue(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold());
			assertEquals(13, sheet.getLastRowNum(), "13 problems");
			List<String> first = cells(sheet.getRow(1));
			assertEquals("1", first.get(0));
			assertEquals("理论学习", first.get(1));
			assertTrue(first.get(2).startsWith("学习的系统性还不够强。集中学习"), first.get(2));
			assertTrue(first.get(3).startsWith("C1 理论武装的自觉性还不够高。"), first.get(3));
			assertEquals(List.of("M1"), first.get(4).lines().map(l -> l.split(" ")[0]).toList(), "the measures for P1 or for its cause C1");
			assertEquals("局党组书记", first.get(5));
			assertEquals("2024年3月底前", first.get(6));
			List<String> third = cells(sheet.getRow(3));
			assertTrue(third.get(3).startsWith("C2 组织学习的办法创新不足。"), third.get(3));
			assertEquals(List.of("M3"), third.get(4).lines().map(l -> l.split(" ")[0]).toList());
			assertTrue(sheet.getRow(1).getCell(2).getCellStyle().getWrapText());
			assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "header row frozen");
			assertTrue(sheet.getPrintSetup().getLandscape());
			assertEquals(PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize());
			assertEquals("1:1", sheet.getRepeatingRows().formatAsString().replace("$", ""), "header on every printed page");
		}
	}

	/** Without --to the output's extension says the format; with neither, one line says how to say it. */
	@Test
	void theOutputsExtensionSaysTheFormat(@TempDir Path dir) throws IOException {
		Path report = example(dir);
		Run run = run("export", report.toString(), "-o", dir.resolve("台账.XLSX").toString());
		assertEquals(Main.OK, run.exit(), run.err());
		try (InputStream in = Files.newInputStream(dir.resolve("台账.XLSX")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			assertEquals("整改台账", workbook.getSheetName(0));
		}
		Run neither = run("export", report.toString());
		assertEquals(Main.USAGE, neither.exit());
		assertTrue(neither.err().startsWith("没有指定导出格式：用 --to docx|xlsx|md|txt 指定，或让 -o 的文件名以 .docx、.xlsx、.md 或 .txt 结尾\n"), neither.err());
		assertEquals(Main.USAGE, run("export", report.toString(), "-o", dir.resolve("材料.pdf").toString()).exit());
		assertFalse(Files.exists(dir.resolve("材料.pdf")));
	}

	@Test
	void aPersonalReportsLedgerNamesTheWriterWhereAMeasureNamesNoOne(@TempDir Path dir) throws IOException {
		Path report = dir.resolve("个人.dzr");
		Files.copy(EXAMPLES.resolve("2024-班子对照检查材料.dzr"), dir.resolve("2024-班子对照检查材料.dzr"));
		Files.writeString(report, Files.readString(EXAMPLES.resolve("2025-个人对照检查材料.dzr")).replaceAll("\\n\\s*责任人 \"本人\"", ""));
		Run validate = run("validate", report.toString());
		assertFalse(validate.out().contains("责任人"), validate.out());
		Run run = run("export", report.toString(), "--to", "xlsx", "-o", dir.resolve("台账.xlsx").toString());
		assertEquals(Main.OK, run.exit(), run.err());
		try (InputStream in = Files.newInputStream(dir.resolve("台账.xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			XSSFSheet sheet = workbook.getSheet("整改台账");
			assertEquals("李文涛", cells(sheet.getRow(1)).get(5));
		}
	}

	@Test
	void aStatementIsAPartOfTheDocxUnderItsOwnHeadingBeforeTheClosing(@TempDir Path dir) throws IOException {
		Path report = dir.resolve("个人.dzr");
		Files.copy(EXAMPLES.resolve("2024-班子对照检查材料.dzr"), dir.resolve("2024-班子对照检查材料.dzr"));
		Files.copy(EXAMPLES.resolve("2025-个人对照检查材料.dzr"), report);
		Run run = run("export", report.toString(), "--to", "docx");
		assertEquals(Main.OK, run.exit(), run.err());
		try (InputStream in = Files.newInputStream(dir.resolve("个人.docx")); XWPFDocument document = new XWPFDocument(in)) {
			List<XWPFParagraph> paragraphs = document.getParagraphs();
			int heading = paragraphs.stream().map(XWPFParagraph::getText).toList().indexOf("七、个人有关事项");
			assertTrue(heading > 0, paragraphs.stream().map(XWPFParagraph::getText).toList().toString());
			assertFont(paragraphs.get(heading).getRuns().get(0), "黑体", 32);
			assertEquals(List.of("本人严格执行领导干部报告个人有关事项制度，2025年1月如实报告了婚姻、住房、投资和配偶子女从业等情况，年内没有应报告未报告的变化。",
					"配偶在县人民医院从事护理工作，子女在外地求学，均不在本人分管领域经商办企业。"),
					paragraphs.subList(heading + 1, heading + 3).stream().map(XWPFParagraph::getText).toList());
			assertFont(paragraphs.get(heading + 1).getRuns().get(0), "仿宋_GB2312", 32);
			assertTrue(paragraphs.get(heading + 3).getText().startsWith("我将以这次民主生活会为新的起点"), paragraphs.get(heading + 3).getText());
		}
	}

	private static List<String> cells(Row row) {
		List<String> cells = new ArrayList<>();
		row.forEach(c -> cells.add(c.getStringCellValue()));
		return cells;
	}

	@Test
	void aReportWithErrorsIsRefusedUnlessForced(@TempDir Path dir) throws IOException {
		Path faulty = dir.resolve("待修改.dzr");
		Files.copy(EXAMPLES.resolve("待修改的对照检查材料.dzr"), faulty);
		Files.copy(EXAMPLES.resolve("2024-班子对照检查材料.dzr"), dir.resolve("2024-班子对照检查材料.dzr"));
		Run refused = run("export", faulty.toString(), "--to", "docx");
		assertEquals(Main.FINDINGS, refused.exit());
		assertTrue(refused.err().contains(faulty + ":25:13: 错误: 还有没填写的占位符“XX” [duizhao.placeholder]"), refused.err());
		assertTrue(refused.err().endsWith(faulty + " 有 15 个错误，没有导出；改正后再导出，或加 --force 强制导出\n"), refused.err());
		assertTrue(!Files.exists(dir.resolve("待修改.docx")));
		Run forced = run("export", faulty.toString(), "--to", "docx", "--force");
		assertEquals(Main.OK, forced.exit());
		assertTrue(Files.exists(dir.resolve("待修改.docx")));
		// --force also means "overwrite": that the errors are still there is said, once
		assertEquals("注意：" + faulty + " 还有 15 个错误，已按 --force 导出\n", forced.err());
	}

	@Test
	void markdownAndTextInTheTraditionalLayoutAndByAspect(@TempDir Path dir) throws IOException {
		Path report = example(dir);
		assertEquals(Main.OK, run("export", report.toString(), "--to", "md").exit());
		String md = Files.readString(dir.resolve("2023-班子对照检查材料.md"));
		assertTrue(md.startsWith("# 2023年主题教育专题民主生活会班子对照检查材料\n\n按照县委"), md);
		assertTrue(md.contains("\n## 一、存在的问题\n\n### （一）在理论学习方面\n\n一是学习的系统性还不够强。"), md);
		assertTrue(md.contains("\n## 三、整改的措施\n\n（一）制定年度理论学习计划。把中心组学习与行业重点工作结合起来"), md);

		Run byAspect = run("export", report.toString(), "--to", "txt", "--layout", "by-aspect", "--numbering", "list");
		assertEquals(Main.OK, byAspect.exit(), byAspect.err());
		String txt = Files.readString(dir.resolve("2023-班子对照检查材料.txt"));
		assertTrue(txt.contains("一、在理论学习方面\n　　（一）存在的问题\n　　1.学习的系统性还不够强。"), txt);
		assertTrue(txt.contains("　　（二）问题的原因\n　　1.理论武装的自觉性还不够高。"), txt);
		assertTrue(txt.contains("　　1.制定年度理论学习计划。把中心组学习与行业重点工作结合起来，每季度安排1次联系实际的专题研讨，形成问题清单和工作建议。（责任人：局党组书记；完成时限：2024年3月底前）\n"), txt);

		assertEquals(Main.UNREADABLE, run("export", report.toString(), "--to", "txt", "--layout", "by-aspect").exit(), "the text exists: --force needed");
		assertEquals(Main.USAGE, run("export", report.toString(), "--to", "pdf").exit());
	}
}
