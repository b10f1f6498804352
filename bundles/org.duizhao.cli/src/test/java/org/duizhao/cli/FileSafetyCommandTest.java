package org.duizhao.cli;

import static org.duizhao.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.duizhao.cli.Cli.Run;
import org.duizhao.dsl.io.AtomicFiles;
import org.duizhao.dsl.io.TextEncoding;
import org.duizhao.dsl.io.TextFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line never destroys its input or an existing file, and reads reports in the encodings offices use. */
class FileSafetyCommandTest {

	private static final Path EXAMPLES = Path.of(System.getProperty("duizhao.examples", "../../examples"));
	private static final String LIST = """
			（一）在理论学习方面
			1.学习不够深入。对新理论学得不透。
			（二）在政治素质方面
			1.政治站位不够高。从政治上分析问题不够。
			""";

	@Test
	void validatesAReportSavedInGb18030(@TempDir Path dir) throws IOException {
		String report = Files.readString(EXAMPLES.resolve("2023-班子对照检查材料.dzr"));
		Path gbk = dir.resolve("gbk.dzr");
		Files.write(gbk, report.replace("\n", "\r\n").getBytes(Charset.forName("GB18030")));
		Run run = run("validate", gbk.toString());
		assertEquals(Main.OK, run.exit(), run.out() + run.err());
		assertEquals("检查了 1 个文件：0 个错误，0 个警告，0 个提示\n", run.out());
	}

	@Test
	void validatesAReportSavedAsUtf8WithAByteOrderMark(@TempDir Path dir) throws IOException {
		String report = Files.readString(EXAMPLES.resolve("2023-班子对照检查材料.dzr"));
		Path bom = dir.resolve("bom.dzr");
		Files.write(bom, TextFiles.encode(report, TextEncoding.UTF_8_BOM));
		Run run = run("validate", bom.toString());
		assertEquals("检查了 1 个文件：0 个错误，0 个警告，0 个提示\n", run.out(), "the mark is not text: no syntax error at 1:1");
	}

	@Test
	void carriageReturnsAloneAreLineEnds(@TempDir Path dir) throws IOException {
		Path report = dir.resolve("旧苹果.dzr");
		Files.writeString(report, "报告 \"材料\"\r单位 \"某局\"\r方面 理论学习 {\r\t问题 P1 \"学习不够。\r}\r");
		Run run = run("validate", report.toString());
		assertEquals(Main.FINDINGS, run.exit(), run.out() + run.err());
		assertTrue(run.out().lines().anyMatch(l -> l.startsWith(report + ":4:") && l.contains("错误") && l.endsWith("[duizhao.syntax]")),
				"the unterminated text is a Chinese syntax error on its line: " + run.out());
		assertEquals("", run.err());
	}

	@Test
	void binaryIsNotImportedAsAProblemList(@TempDir Path dir) throws IOException {
		Path binary = dir.resolve("清单.txt");
		Files.write(binary, new byte[] { 'x', 0, 0x1B, '[', '3', '1', 'm', 0, 0, (byte) 0xC3, (byte) 0xA9 });
		Run run = run("import-library", binary.toString());
		assertEquals(Main.UNREADABLE, run.exit());
		assertTrue(run.err().startsWith(binary + " 第 1 行：既不是 UTF-8，也不是 GB18030（GBK）编码的文本"), run.err());
		assertFalse(Files.exists(dir.resolve("清单.dzlib")));
	}

	@Test
	void aFileInNoKnownEncodingIsNamedWithItsLine(@TempDir Path dir) throws IOException {
		Path bad = dir.resolve("坏的.dzr");
		Files.write(bad, new byte[] { 'a', '\n', (byte) 0xFF, (byte) 0xFE, 0, (byte) 0x81 });
		Run run = run("validate", bad.toString());
		assertEquals(Main.UNREADABLE, run.exit());
		assertTrue(run.err().startsWith(bad + " 第 2 行：既不是 UTF-8，也不是 GB18030（GBK）编码的文本"), run.err());
	}

	@Test
	void importLibraryRefusesToWriteOverItsInput(@TempDir Path dir) throws IOException {
		Path list = dir.resolve("清单.txt");
		Files.writeString(list, LIST);
		for (Run run : List.of(run("import-library", list.toString(), "-o", list.toString()),
				run("import-library", list.toString(), "-o", list.toString(), "--force"))) {
			assertEquals(Main.UNREADABLE, run.exit());
			assertEquals(list + ": 输出文件就是输入文件，不会覆盖它；请用 -o 指定另一个文件\n", run.err());
			assertEquals(LIST, Files.readString(list));
		}
		Path link = Files.createSymbolicLink(dir.resolve("链接.dzlib"), list);
		assertEquals(Main.UNREADABLE, run("import-library", list.toString(), "-o", link.toString(), "--force").exit());
		assertEquals(LIST, Files.readString(list), "not through a link either");
	}

	@Test
	void anExistingFileIsReplacedOnlyWithForceKeepingItsModeAndLink(@TempDir Path dir) throws IOException {
		Path list = dir.resolve("清单.txt");
		Files.writeString(list, LIST);
		Path real = Files.createDirectories(dir.resolve("共享")).resolve("库.dzlib");
		Files.writeString(real, "// 同事的库\n");
		Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-rw-r--"));
		Path link = Files.createSymbolicLink(dir.resolve("库.dzlib"), real);

		Run refused = run("import-library", list.toString(), "-o", link.toString());
		assertEquals(Main.UNREADABLE, refused.exit());
		assertEquals(link + ": 文件已存在，没有覆盖；要替换它请加 --force\n", refused.err());
		assertEquals("// 同事的库\n", Files.readString(real));

		Run forced = run("import-library", list.toString(), "-o", link.toString(), "--force");
		assertEquals(Main.OK, forced.exit(), forced.err());
		assertTrue(forced.out().endsWith("已覆盖 " + link + "\n"), forced.out());
		assertTrue(Files.isSymbolicLink(link));
		assertTrue(Files.readString(real).contains("\"学习不够深入。\""));
		assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(real)));
	}

	@Test
	void withoutOutputTheLibraryGoesBesideTheListAndThePathIsPrinted(@TempDir Path dir) throws IOException {
		Path list = dir.resolve("清单.txt");
		Files.writeString(list, LIST);
		Run first = run("import-library", list.toString());
		assertEquals(Main.OK, first.exit(), first.err());
		assertTrue(first.out().endsWith("已写入 " + dir.resolve("清单.dzlib") + "\n"), first.out());
		Run second = run("import-library", list.toString());
		assertEquals(Main.UNREADABLE, second.exit());
		assertTrue(second.err().contains("文件已存在，没有覆盖"), second.err());
	}

	@Test
	void aFailureHalfwayThroughWritingLeavesThePreviousFile(@TempDir Path dir) throws Exception {
		Path list = dir.resolve("清单.txt");
		Files.writeString(list, LIST);
		Path library = dir.resolve("库.dzlib");
		Files.writeString(library, "// 上一次导入的库\n");
		Run run;
		try (AutoCloseable fault = AtomicFiles.simulateFullDiskAfter(40)) {
			run = run("import-library", list.toString(), "-o", library.toString(), "--force");
		}
		assertEquals(Main.UNREADABLE, run.exit());
		assertEquals("保存 " + library + " 失败，原来的文件没有改动：磁盘空间已满\n", run.err());
		assertEquals("// 上一次导入的库\n", Files.readString(library));
		assertFalse(run.out().contains("已覆盖"), run.out());

		Path fresh = dir.resolve("新库.dzlib");
		try (AutoCloseable fault = AtomicFiles.simulateFullDiskAfter(40)) {
			run = run("import-library", list.toString(), "-o", fresh.toString());
		}
		assertEquals("无法写入 " + fresh + "，没有创建这个文件：磁盘空间已满\n", run.err());
		assertFalse(Files.exists(fresh));
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(List.of("库.dzlib", "清单.txt"), files.map(p -> p.getFileName().toString()).sorted().toList(),
					"no temporary file left behind");
		}
	}
}
