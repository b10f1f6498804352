package org.duizhao.cli;

import static org.duizhao.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.duizhao.cli.Cli.Run;
import org.duizhao.dsl.importer.Paragraph;
import org.duizhao.office.DocxReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** What a black-box pass found in the importers' reading of files: each case as a user met it. */
class ImportSourcesTest {

	private static final List<String> REPORT = List.of("班子对照检查材料", "一、存在的问题", "（一）在理论学习方面。一是学习不够深入。二是学用结合不紧。",
			"（二）在政治素质方面。一是政治站位不高。", "二、问题的原因", "（一）理论武装不够深入。", "（二）政治站位不够高。", "三、整改措施", "（一）强化理论武装。",
			"（二）提高政治站位。");

	@Test
	void paragraphsInsideContentControlsAreRead(@TempDir Path dir) throws IOException {
		Path source = dir.resolve("模板.docx");
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(source)) {
			document.createParagraph().createRun().setText(REPORT.get(0));
			// Templates and forms wrap their fields in content controls (w:sdt), often nested.
			CTSdtBlock control = document.getDocument().getBody().addNewSdt();
			CTSdtBlock inner = control.addNewSdtContent().addNewSdt();
			for (String line : REPORT.subList(1, REPORT.size())) {
				CTP p = inner.addNewSdtContent().addNewP();
				p.addNewR().addNewT().setStringValue(line);
			}
			document.write(out);
		}
		assertEquals(REPORT.size(), DocxReader.read(source).size());
		Run run = run("import", source.toString());
		assertEquals(Main.OK, run.exit(), run.err());
		Expected.assertWhole("模板.dzr", Files.readString(dir.resolve("模板.dzr")));
		Run list = run("import-library", source.toString());
		assertEquals(Main.OK, list.exit(), list.err());
		Expected.assertWhole("模板.dzlib", Files.readString(dir.resolve("模板.dzlib")));
	}

	/**
	 * Line breaks (Shift+Enter) a writer used as paragraph ends — after a stop, before a number — part paragraphs; one
	 * inside a title set on two lines does not. The lines keep the number of the Word paragraph they are in.
	 */
	@Test
	void lineBreaksThatEndParagraphsPartThem(@TempDir Path dir) throws IOException {
		Path source = dir.resolve("换行.docx");
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(source)) {
			XWPFRun title = document.createParagraph().createRun();
			title.setText("中共某局党组");
			title.addBreak();
			title.setText("2023年主题教育专题民主生活会班子对照检查材料");
			document.createParagraph().createRun().setText("一、存在的问题");
			XWPFRun body = document.createParagraph().createRun();
			for (String line : List.of("（一）在理论学习方面", "1.学用结合不够。", "7月只研讨1次。", "（二）在政治素质方面", "1.政治敏锐性不强。")) {
				body.setText(line);
				body.addBreak();
			}
			document.write(out);
		}
		List<Paragraph> read = DocxReader.read(source);
		assertEquals(List.of("1 中共某局党组2023年主题教育专题民主生活会班子对照检查材料", "2 一、存在的问题", "3 （一）在理论学习方面", "3 1.学用结合不够。", "3 7月只研讨1次。",
				"3 （二）在政治素质方面", "3 1.政治敏锐性不强。"), read.stream().map(p -> p.line() + " " + p.text()).toList());
	}

	/** A footnote's mark is no text of the paragraph; its words are kept apart, after it. */
	@Test
	void aFootnoteIsKeptApartFromItsParagraph(@TempDir Path dir) throws IOException {
		Path source = dir.resolve("脚注.docx");
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(source)) {
			XWPFParagraph paragraph = document.createParagraph();
			paragraph.createRun().setText("根据市委的通知，下面作对照检查。");
			XWPFFootnote note = document.createFootnote();
			note.createParagraph().createRun().setText("市委办公室《关于召开民主生活会的通知》。");
			paragraph.addFootnoteReference(note);
			document.write(out);
		}
		List<Paragraph> read = DocxReader.read(source);
		assertEquals(List.of("1 false 根据市委的通知，下面作对照检查。", "1 true 脚注：市委办公室《关于召开民主生活会的通知》。"),
				read.stream().map(p -> p.line() + " " + p.verbatim() + " " + p.text()).toList());
	}

	/**
	 * A headline set in bold with no stop after it ends where the bold ends, whether bold by the run or by its character
	 * style; a mark after the bold, or a paragraph bold throughout, gets no stop.
	 */
	@Test
	void aBoldHeadlineWithoutAStopEndsWhereTheBoldEnds(@TempDir Path dir) throws IOException {
		Path source = dir.resolve("加粗.docx");
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(source)) {
			CTStyle strong = CTStyle.Factory.newInstance();
			strong.setStyleId("Strong");
			strong.setType(STStyleType.CHARACTER);
			strong.addNewRPr().addNewB();
			document.createStyles().addStyle(new XWPFStyle(strong));
			boldThenPlain(document, "一是学习不够系统", "全年只读了2本原著。").setBold(true);
			boldThenPlain(document, "二是学用结合不紧", "3篇调研报告未转化。").setStyle("Strong");
			boldThenPlain(document, "三是以会代学", "，传达文件多。").setBold(true);
			boldThenPlain(document, "四是", "学习不够系统，全年只读了2本原著。").setBold(true);
			boldThenPlain(document, "党的创新理论", "学得不深不透。").setBold(true);
			XWPFRun heading = document.createParagraph().createRun();
			heading.setText("（一）在理论学习方面");
			heading.setBold(true);
			document.write(out);
		}
		List<Paragraph> read = DocxReader.read(source);
		assertEquals(List.of("一是学习不够系统。全年只读了2本原著。", "二是学用结合不紧。3篇调研报告未转化。", "三是以会代学，传达文件多。",
				"四是学习不够系统，全年只读了2本原著。", "党的创新理论学得不深不透。", "（一）在理论学习方面"),
				read.stream().map(Paragraph::text).toList());
		// the stop the reader put is not in the document: a place after it is at its character there
		assertEquals("一是学习不够系统全年".indexOf("全年"), read.get(0).sourceIndex(read.get(0).text().indexOf("全年")));
	}

	private static XWPFRun boldThenPlain(XWPFDocument document, String bold, String plain) {
		XWPFParagraph paragraph = document.createParagraph();
		XWPFRun headline = paragraph.createRun();
		headline.setText(bold);
		paragraph.createRun().setText(plain);
		return headline;
	}

	/** A table of measures (整改台账) under the measures: each row a measure with its 责任人 and 时限; other tables kept. */
	@Test
	void aWordTableOfMeasuresGivesItsMeasures(@TempDir Path dir) throws IOException {
		Path source = dir.resolve("台账.docx");
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(source)) {
			for (String line : List.of("班子对照检查材料", "一、存在的问题", "（一）在理论学习方面", "1.学习计划执行有折扣，专题12个只完成9个。", "二、问题的原因",
					"（一）理论武装的自觉性不够高。", "三、整改措施", "局党组制定整改台账如下：")) {
				document.createParagraph().createRun().setText(line);
			}
			XWPFTable table = document.createTable(3, 4);
			List<List<String>> cells = List.of(List.of("序号", "整改措施", "责任人", "完成时限"), List.of("1", "建立中心组补学制度，当月补学。", "党组书记", "2024年3月底前"),
					List.of("2", "每季度开展1次专题研讨。", "办公室主任", "长期坚持"));
			for (int r = 0; r < 3; r++) {
				for (int c = 0; c < 4; c++) {
					table.getRow(r).getCell(c).setText(cells.get(r).get(c));
				}
			}
			document.write(out);
		}
		Run run = run("import", source.toString());
		assertEquals(Main.OK, run.exit(), run.err());
		String report = Files.readString(dir.resolve("台账.dzr"));
		assertTrue(report.contains("措施 M1 \"建立中心组补学制度，当月补学。\"\n\t\t针对 C1\n\t\t责任人 \"党组书记\"\n\t\t时限 \"2024年3月底前\"\n"), report);
		assertTrue(report.contains("措施 M2 \"每季度开展1次专题研讨。\"\n\t\t针对 C1\n\t\t责任人 \"办公室主任\"\n\t\t时限 \"长期坚持\"\n"), report);
	}

	/** A cause whose words fit two aspects nearly as well is a warning, and a comment before it in the report. */
	@Test
	void aCloseCallIsKeptInTheReportWhereItStands(@TempDir Path dir) throws IOException {
		Path source = dir.resolve("个人材料.txt");
		Files.writeString(source, String.join("\n", "个人对照检查材料", "一、存在的问题", "（一）在带头强化政治忠诚、提高政治能力方面",
				"1.学习贯彻中央精神不够及时。", "（二）在带头固本培元、增强党性方面", "1.党性修养有所放松。", "（三）在带头敬畏人民、敬畏组织、敬畏法纪方面",
				"1.对群众诉求回应不及时。", "2.执行请示报告制度不严格。", "（四）在带头干事创业、担当作为方面", "1.推进重点项目攻坚不力。",
				"（五）在带头坚决扛起管党治党责任方面", "1.对分管科室管得不严。", "二、问题产生的原因", "（一）理想信念有所弱化。我对学习的重要性认识不足。",
				"（二）宗旨意识淡化。我对群众的感情不深。", "（三）纪律意识不够强。我自认为是老同志，对小事小节不够在意。", "（四）担当精神不够。缺少攻坚克难的闯劲。",
				"（五）管党治党责任意识不强。我重业务轻管理。", "林晓东", "2026年1月15日"));
		Run run = run("import", source.toString());
		assertEquals(Main.OK, run.exit(), run.err());
		// a near tie, and a cause placed against its words so that every aspect has one
		List<String> closeCalls = run.out().lines().filter(l -> l.contains("也很接近，请核对") || l.contains("为使各方面都有"))
				.map(l -> l.substring(l.indexOf("警告: ") + 4)).toList();
		assertEquals(2, closeCalls.size(), run.out());
		String dzr = Files.readString(dir.resolve("个人材料.dzr"));
		for (String message : closeCalls) {
			assertTrue(dzr.contains("// " + message + "\n"), message + "\n" + dzr);
		}
		Expected.assertWhole("个人材料.dzr", dzr);
	}

	@Test
	void aTableInAProblemListIsNotPartOfTheItemBeforeIt(@TempDir Path dir) throws IOException {
		Path source = dir.resolve("清单.docx");
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(source)) {
			for (String line : List.of("（一）在理论学习方面", "1.学习不够深入。正文。", "2.学用结合不紧。")) {
				document.createParagraph().createRun().setText(line);
			}
			XWPFTable table = document.createTable(1, 2);
			table.getRow(0).getCell(0).setText("责任单位");
			table.getRow(0).getCell(1).setText("办公室");
			document.write(out);
		}
		Run run = run("import-library", source.toString());
		assertEquals(Main.OK, run.exit(), run.err());
		Expected.assertWhole("清单.dzlib", Files.readString(dir.resolve("清单.dzlib")));
	}

	@Test
	void big5TextIsReadAsTraditionalChineseNotAsMojibake(@TempDir Path dir) throws IOException {
		Path source = dir.resolve("繁體.txt");
		String text = String.join("\n", "班子對照檢查材料", "一、存在的問題", "（一）在理論學習方面。一是學習不夠深入，學用結合不緊。", "二是調查研究不夠。",
				"二、問題的原因", "（一）理論武裝不夠深入。", "三、整改措施", "（一）強化理論武裝，每月開展一次專題學習。");
		Files.write(source, text.getBytes(Charset.forName("Big5")));
		Run run = run("import", source.toString());
		assertEquals(Main.OK, run.exit(), run.err());
		Expected.assertWhole("繁體.dzr", Files.readString(dir.resolve("繁體.dzr")));
	}

	@Test
	void aPipeOrADeviceIsRefusedInOneLine(@TempDir Path dir) throws IOException, InterruptedException {
		Path pipe = dir.resolve("管道.txt");
		assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor());
		// Reading a pipe nobody writes to would wait for ever: the refusal must come without reading.
		Run run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> run("import", pipe.toString()));
		assertEquals(Main.UNREADABLE, run.exit());
		assertEquals(pipe + "：不是普通文件（文件夹、设备或管道），不能导入。请选择 .docx、.txt 或 .md 文件。\n", run.err());
		Run devNull = run("import", "/dev/null");
		assertEquals(Main.UNREADABLE, devNull.exit());
		assertTrue(devNull.err().startsWith("/dev/null："), devNull.err());
		assertFalse(Files.exists(Path.of("/dev/null.dzr")));
	}

	@Test
	void tenThousandNumberedProblemsStayTenThousand(@TempDir Path dir) throws IOException {
		StringBuilder text = new StringBuilder("班子对照检查材料\n一、存在的问题\n（一）在理论学习方面\n");
		for (int n = 1; n <= 10_000; n++) {
			text.append(n).append(".第").append(n).append("个问题。\n");
		}
		Path source = dir.resolve("长清单.txt");
		Files.writeString(source, text);
		Run run = run("import", source.toString());
		assertEquals(Main.OK, run.exit(), run.err());
		assertTrue(run.out().contains("理论学习：问题 10000，"), run.out());
		assertFalse(run.out().contains("警告: 编号"), "1000. follows 999. as it should: " + run.out());
	}

	@Test
	void wordNumberingThatStartsAtTheLargestValueDoesNotWrap(@TempDir Path dir) throws IOException {
		Path source = dir.resolve("大编号.docx");
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(source)) {
			CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
			abstractNum.setAbstractNumId(BigInteger.ONE);
			CTLvl level = abstractNum.addNewLvl();
			level.setIlvl(BigInteger.ZERO);
			level.addNewStart().setVal(BigInteger.valueOf(Integer.MAX_VALUE));
			level.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
			level.addNewLvlText().setVal("%1.");
			XWPFNumbering numbering = document.createNumbering();
			BigInteger list = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering)));
			for (String text : List.of("第一项。", "第二项。")) {
				XWPFParagraph p = document.createParagraph();
				p.setNumID(list);
				p.createRun().setText(text);
			}
			document.write(out);
		}
		assertEquals(List.of("2147483647.第一项。", "2147483648.第二项。"), DocxReader.read(source).stream().map(p -> p.text()).toList());
	}

	@Test
	void subHeadingsInsideTheCausesAreNotCauses(@TempDir Path dir) throws IOException {
		Path source = dir.resolve("分类原因.txt");
		Files.writeString(source, String.join("\n", REPORT.subList(0, 5)) + "\n（一）思想根源\n1.理论武装不够深入。\n（二）作风根源\n1.政治站位不够高。\n"
				+ String.join("\n", REPORT.subList(7, REPORT.size())));
		Run run = run("import", source.toString());
		assertEquals(Main.OK, run.exit(), run.err());
		Expected.assertWhole("分类原因.dzr", Files.readString(dir.resolve("分类原因.dzr")));
	}

	@Test
	void findingsInJsonHaveLineColumnOffsetAndLength(@TempDir Path dir) throws IOException {
		Path source = dir.resolve("编号.txt");
		Files.writeString(source, "班子对照检查材料\r\n一、存在的问题\r\n（一）在理论学习方面。一是学习不够。三是调研不够。二是运用不够。\r\n");
		Run run = run("import", source.toString(), "--format", "json");
		assertEquals(Main.OK, run.exit(), run.err());
		JsonObject root = JsonParser.parseString(run.out()).getAsJsonObject(); // the standard output is the JSON alone
		String third = "（一）在理论学习方面。一是学习不够。三是调研不够。";
		int offset = "班子对照检查材料\r\n一、存在的问题\r\n".length() + third.length();
		JsonObject expected = new JsonObject();
		expected.addProperty("line", 3);
		expected.addProperty("column", third.length() + 1);
		expected.addProperty("offset", offset);
		expected.addProperty("length", 2);
		expected.addProperty("severity", "warning");
		expected.addProperty("code", "duizhao.import.number.order");
		expected.addProperty("message", "编号顺序不对：“三是”之后是“二是”");
		JsonArray diagnostics = root.getAsJsonArray("diagnostics");
		assertEquals(1, diagnostics.size(), diagnostics.toString());
		assertEquals(expected, diagnostics.get(0));
		assertEquals("line", root.get("unit").getAsString());
		assertTrue(run.err().contains("已写入 "), "what was written is said on the error stream: " + run.err());
	}
}
