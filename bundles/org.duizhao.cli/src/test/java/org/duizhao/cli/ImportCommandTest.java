package org.duizhao.cli;

import static org.duizhao.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.duizhao.cli.Cli.Run;
import org.duizhao.cli.corpus.CorpusDocx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code duizhao import} on reports as writers keep them: GB18030 text with CRLF, Word with typed or automatic numbering. */
class ImportCommandTest {

	/** Where 二是 stands in line 5 of the report (after 一是 and 三是). */
	private static final int LINE5_SECOND = 49;

	static final String REPORT = """
			2023年主题教育专题民主生活会班子对照检查材料
			按照县委要求，局党组开展了学习研讨。下面，我代表班子作对照检查。
			一、存在的主要问题
			（一）在理论学习方面
			一是学习的系统性不够强。集中学习多按通知安排。三是学用结合还有差距。比如，分析难点问题不够深入。二是学习形式单一。
			（二）在政治素质方面
			1.政治站位还不够高。从政治上看问题不够。
			2.斗争精神不足。
			4.政治敏锐性不强。
			（三）在能力本领方面
			一是专业能力不足。
			（四）在担当作为方面
			一是担当意识不够强。
			（五）在工作作风方面
			一是调查研究不够深入。
			（六）在廉洁自律方面
			一是监督管理还有薄弱环节。
			二、产生问题的原因
			（一）理论武装不够深入。
			（二）党性锻炼不够经常。
			（三）能力建设抓得不紧。
			（四）担当精神有所弱化。
			（五）宗旨意识有所淡化。
			（六）管党治党责任压得不实。
			三、下一步整改措施
			（一）强化理论武装。
			（二）锤炼政治品格。
			（三）提升能力本领。
			（四）勇于担当作为。
			（五）改进工作作风。
			（六）严守廉洁底线。
			""";

	@Test
	void importsGb18030TextWithCrlfAndReportsTheFaultsOfTheSourceOnTheirLines(@TempDir Path dir) throws IOException {
		Path source = dir.resolve("材料.txt");
		Files.write(source, REPORT.replace("\n", "\r\n").getBytes(Charset.forName("GB18030")));
		Run run = run("import", source.toString());
		assertEquals(Main.OK, run.exit(), run.err());
		List<String> lines = run.out().lines().toList();
		assertEquals(List.of("导入“材料.txt”，依据方案 主题教育2023", "  理论学习：问题 3，原因 1，措施 1", "  政治素质：问题 3，原因 1，措施 1",
				"  能力本领：问题 1，原因 1，措施 1", "  担当作为：问题 1，原因 1，措施 1", "  工作作风：问题 1，原因 1，措施 1",
				"  廉洁自律：问题 1，原因 1，措施 1", "案例剖析 0 个"), lines.subList(0, 8));
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("  原因“理论武装不够深入。”（第 19 行）→ 理论学习：按内容（把握 ")), run.out());
		assertTrue(lines.contains(source + ":5:%d: 警告: 编号顺序不对：“三是”之后是“二是”".formatted(LINE5_SECOND)), run.out());
		assertTrue(lines.contains(source + ":9:1: 警告: 编号不连续：缺少“3.”"), run.out());
		assertEquals("已写入 " + dir.resolve("材料.dzr"), lines.get(lines.size() - 1));
		Run validate = run("validate", "--depth", "off", dir.resolve("材料.dzr").toString());
		assertTrue(validate.out().endsWith("检查了 1 个文件：0 个错误，12 个警告，0 个提示\n"), "only 责任人/时限 are missing: " + validate.out());
		assertEquals(Expected.text("材料.dzr"), Files.readString(dir.resolve("材料.dzr")), "the whole report as imported");
	}

	@Test
	void importsWordWithTypedHeadingsRunsSplitInsideWordsAndATable(@TempDir Path dir) throws IOException {
		Path source = dir.resolve("材料.docx");
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(source)) {
			for (String line : REPORT.split("\n")) {
				XWPFParagraph p = document.createParagraph();
				int half = line.length() / 2;
				p.createRun().setText(line.substring(0, half)); // Word splits runs anywhere, even inside a word
				p.createRun().setText(line.substring(half));
			}
			XWPFTable table = document.createTable(1, 2);
			table.getRow(0).getCell(0).setText("征求意见");
			table.getRow(0).getCell(1).setText("36条");
			document.write(out);
		}
		Run run = run("import", source.toString(), "-o", dir.resolve("导入.dzr").toString());
		assertEquals(Main.OK, run.exit(), run.err());
		assertTrue(run.out().contains("  理论学习：问题 3，原因 1，措施 1\n"), run.out());
		assertTrue(run.out().contains(source + ":第 5 段:第 " + LINE5_SECOND + " 字: 警告: 编号顺序不对：“三是”之后是“二是”"), run.out());
		// the same report as from the text, and the table kept as a comment at the end
		assertEquals(Expected.text("材料.dzr").replace("从“材料.txt”导入", "从“材料.docx”导入") + "// 第 32 段：表格：征求意见 | 36条\n",
				Files.readString(dir.resolve("导入.dzr")));
	}

	@Test
	void importsWordWithAutomaticNumbering(@TempDir Path dir) throws IOException {
		Path source = dir.resolve("自动编号.docx");
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(source)) {
			BigInteger list = CorpusDocx.numbering(document);
			document.createParagraph().createRun().setText("班子对照检查材料");
			CorpusDocx.numbered(document, list, 0, "存在的问题");
			CorpusDocx.numbered(document, list, 1, "在理论学习方面");
			document.createParagraph().createRun().setText("一是学习不够深入。二是学用结合不紧。");
			CorpusDocx.numbered(document, list, 1, "在政治素质方面");
			document.createParagraph().createRun().setText("一是政治站位不高。");
			CorpusDocx.numbered(document, list, 0, "问题的原因");
			CorpusDocx.numbered(document, list, 1, "理论武装不够深入。");
			CorpusDocx.numbered(document, list, 1, "党性锻炼不够经常。");
			CorpusDocx.numbered(document, list, 0, "整改措施");
			CorpusDocx.numbered(document, list, 1, "强化理论武装。");
			CorpusDocx.numbered(document, list, 1, "锤炼政治品格。");
			document.write(out);
		}
		Run run = run("import", source.toString());
		assertEquals(Main.OK, run.exit(), run.err());
		assertTrue(run.out().contains("  理论学习：问题 2，原因 1，措施 1\n  政治素质：问题 1，原因 1，措施 1\n"), run.out());
		assertTrue(!run.out().contains("警告"), "Word's numbering is read as Word shows it, 一、（一）（二）二、（一）…: " + run.out());
		String dzr = Files.readString(dir.resolve("自动编号.dzr"));
		assertTrue(dzr.contains("\t原因 C2 \"党性锻炼不够经常。\"\n\t\t针对 P3\n\t措施 M2 \"锤炼政治品格。\"\n\t\t针对 C2\n"), dzr);
	}

	@Test
	void damagedOrHostileWordFilesAreRefusedInOneChineseLine(@TempDir Path dir) throws IOException {
		Path xxe = dir.resolve("外部实体.docx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(xxe))) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(("<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
					+ "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">&x;</Types>").getBytes());
			zip.closeEntry();
		}
		Run run = run("import", xxe.toString());
		assertEquals(Main.UNREADABLE, run.exit());
		assertEquals(1, run.err().lines().count(), "one line, no stack trace: " + run.err());
		assertTrue(run.err().startsWith(xxe + "："), run.err());

		Path notWord = dir.resolve("旧格式.docx");
		Files.write(notWord, new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0 });
		Run old = run("import", notWord.toString());
		assertEquals(Main.UNREADABLE, old.exit());
		assertEquals(notWord + "：不是 Word 文档（.docx）。旧的 .doc 文件请先在 Word 或 WPS 中另存为 .docx。\n", old.err());
	}

	@Test
	void headingsOfAnotherMeetingGiveADerivedProfileBesideTheReport(@TempDir Path dir) throws IOException {
		Path source = dir.resolve("个人材料.txt");
		Files.writeString(source, """
				2024年度民主生活会个人对照检查材料
				一、存在的问题
				（一）在带头强化政治忠诚、提高政治能力方面
				一是政治判断力还不够强。
				（二）在带头强化责任担当、狠抓工作落实方面
				一是抓落实的韧劲不足。
				二、问题的原因
				（一）政治能力锻炼不够。
				（二）担当意识有所弱化。
				三、整改措施
				（一）提高政治能力。
				（二）狠抓工作落实。
				""");
		Run run = run("import", source.toString());
		assertEquals(Main.OK, run.exit(), run.err());
		Path profile = dir.resolve("个人材料-方案.dzlib");
		assertTrue(run.out().contains("方面不属于已知方案，已生成方案 方案个人材料：个人材料-方案.dzlib"), run.out());
		assertTrue(run.out().contains("已写入 " + profile), run.out());
		assertTrue(Files.readString(profile).contains("\t方面 强化政治忠诚 \"带头强化政治忠诚、提高政治能力\"\n"));
		Run validate = run("validate", dir.resolve("个人材料.dzr").toString());
		assertEquals(Main.OK, validate.exit(), validate.out());
		assertTrue(validate.out().contains("0 个错误"), validate.out());

		Files.delete(dir.resolve("个人材料.dzr"));
		Run mapped = run("import", source.toString(), "--profile", "主题教育2023");
		assertTrue(mapped.out().contains(source + ":3:1: 警告: 方面标题“在带头强化政治忠诚、提高政治能力方面”对应不到方案“主题教育2023”中的方面"), mapped.out());
		assertEquals(Main.USAGE, run("import", source.toString(), "--profile", "没有这个方案", "--force").exit());
	}
}
