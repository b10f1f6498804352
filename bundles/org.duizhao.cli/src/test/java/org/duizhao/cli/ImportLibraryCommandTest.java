package org.duizhao.cli;

import static org.duizhao.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.duizhao.cli.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code duizhao import-library} end to end on text and Word lists of our own making. */
class ImportLibraryCommandTest {

	private static final String LIST = """
			班子认真查摆，问题清单如下：
			（一）在理论学习方面
			1.学习不够深入。对新理论学得不透。2.学用结合不紧。联系实际不够。
			３．学习形式单一。以读文件为主。
			二、政治素质方面存在问题
			1.政治站位不够高。从政治上分析问题不够
			""";

	/** The library the list gives, whole: items by aspect, the preface kept as a comment. */
	private static final String LIBRARY = """
			// 由 duizhao import-library 从“清单.txt”导入。
			问题库 "清单"
			来源 "清单.txt"

			// 以下内容没有导入为条目（行号：原因：原文）：
			// 1：第一个方面标题之前的导语：班子认真查摆，问题清单如下：

			方面 理论学习 {
				问题 "学习不够深入。"
					"对新理论学得不透。"
				问题 "学用结合不紧。"
					"联系实际不够。"
				问题 "学习形式单一。"
					"以读文件为主。"
			}

			方面 政治素质 {
				问题 "政治站位不够高。"
					"从政治上分析问题不够"
			}
			""";

	@Test
	void importsATextListAndPrintsTheSummary(@TempDir Path dir) throws IOException {
		Path list = dir.resolve("清单.txt");
		Files.writeString(list, LIST);
		Run run = run("import-library", list.toString(), "-o", dir.resolve("库.dzlib").toString());
		assertEquals(Main.OK, run.exit(), run.err());
		assertEquals("已导入 4 条，按方面：\n  理论学习\t3\n  政治素质\t1\n有 1 处没有导入为条目（已作为注释保留在问题库中）：\n"
				+ "  第 1 行：第一个方面标题之前的导语：班子认真查摆，问题清单如下：\n已写入 " + dir.resolve("库.dzlib") + "\n", run.out());
		assertEquals(LIBRARY, Files.readString(dir.resolve("库.dzlib")));
		assertEquals(Main.OK, run("validate", dir.resolve("库.dzlib").toString()).exit());
	}

	@Test
	void readsGb18030TextAsWindowsOfficesSaveIt(@TempDir Path dir) throws IOException {
		Path list = dir.resolve("gbk.txt");
		Files.write(list, LIST.getBytes(Charset.forName("GB18030")));
		Run run = run("import-library", list.toString());
		assertEquals(Main.OK, run.exit(), run.err());
		String named = LIBRARY.replace("“清单.txt”", "“gbk.txt”").replace("问题库 \"清单\"", "问题库 \"gbk\"").replace("来源 \"清单.txt\"",
				"来源 \"gbk.txt\"");
		assertEquals(named, Files.readString(dir.resolve("gbk.dzlib")), "the same library from the list saved in GB18030");
	}

	@Test
	void importsAWordDocument(@TempDir Path dir) throws IOException {
		Path list = dir.resolve("清单.docx");
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(list)) {
			for (String line : LIST.split("\n")) {
				document.createParagraph().createRun().setText(line);
			}
			document.write(out);
		}
		Run run = run("import-library", list.toString());
		assertEquals(Main.OK, run.exit(), run.err());
		assertTrue(run.out().contains("已导入 4 条"), run.out());
		assertTrue(Files.exists(dir.resolve("清单.dzlib")));
	}

	@Test
	void unreadableListExitsTwo(@TempDir Path dir) {
		Run run = run("import-library", dir.resolve("没有.txt").toString());
		assertEquals(Main.UNREADABLE, run.exit());
		assertEquals(dir.resolve("没有.txt") + ": 无法读取：文件不存在\n", run.err());
		assertEquals(Main.UNREADABLE, run("import-library", writeGarbage(dir).toString()).exit());
	}

	private static Path writeGarbage(Path dir) {
		Path docx = dir.resolve("坏的.docx");
		try {
			Files.writeString(docx, "not a zip");
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return docx;
	}
}
