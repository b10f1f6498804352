package org.duizhao.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.duizhao.dsl.io.TextEncoding;
import org.duizhao.dsl.io.TextFiles;
import org.duizhao.dsl.io.TextFiles.Decoded;
import org.duizhao.dsl.io.UndecodableTextException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a report in whatever encoding an office saved it, and writing it back in the same one. */
class TextFilesTest {

	private static final String REPORT = "报告 \"班子对照检查材料\"\r\n单位 \"青川县交通运输局党组\"\r\n// “引号”——破折号\r\n";

	@Test
	void plainUtf8() {
		assertEquals(new Decoded(REPORT, TextEncoding.UTF_8), TextFiles.decode(REPORT.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void utf8WithBomKeepsTheBomOnTheWayBack() {
		byte[] bytes = TextFiles.encode(REPORT, TextEncoding.UTF_8_BOM);
		assertEquals((byte) 0xEF, bytes[0]);
		Decoded decoded = TextFiles.decode(bytes);
		assertEquals(new Decoded(REPORT, TextEncoding.UTF_8_BOM), decoded, "the BOM is not part of the text");
		assertArrayEquals(bytes, TextFiles.encode(decoded.text(), decoded.encoding()));
	}

	@Test
	void gbkAndGb18030AsOlderNotepadAndWpsSaveThem() {
		byte[] gbk = REPORT.getBytes(Charset.forName("GBK"));
		assertEquals(new Decoded(REPORT, TextEncoding.GB18030), TextFiles.decode(gbk));
		assertArrayEquals(gbk, TextFiles.encode(REPORT, TextEncoding.GB18030), "GBK text is written back byte for byte");
	}

	@Test
	void utf16WithBomAsNotepadsUnicode() {
		byte[] bytes = TextFiles.encode(REPORT, TextEncoding.UTF_16LE);
		assertEquals(new Decoded(REPORT, TextEncoding.UTF_16LE), TextFiles.decode(bytes));
	}

	@Test
	void binaryDataIsNeither() {
		assertNull(TextFiles.decode(new byte[] { 'a', (byte) 0xFF, (byte) 0xFF, 0, 1, 2, (byte) 0x80 }));
		assertNull(TextFiles.decode(new byte[] { 'a', 0, 'b', 0 }), "NUL bytes are valid UTF-8 but no text");
		assertNull(TextFiles.decode("报告 \u001B[31m红色\u001B[0m".getBytes(StandardCharsets.UTF_8)), "terminal escape codes");
	}

	@Test
	void undecodableFileNamesFileAndLine(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("坏的.dzr");
		byte[] good = "报告 \"一\"\n单位 \"二\"\n".getBytes(Charset.forName("GB18030"));
		byte[] bytes = new byte[good.length + 3];
		System.arraycopy(good, 0, bytes, 0, good.length);
		bytes[good.length] = (byte) 0xFF;
		bytes[good.length + 1] = (byte) 0x00;
		bytes[good.length + 2] = (byte) 0x81;
		Files.write(file, bytes);
		UndecodableTextException e = assertThrows(UndecodableTextException.class, () -> TextFiles.read(file));
		assertEquals(3, e.line(), "the GBK text decodes up to line 3");
		assertEquals(file + " 第 3 行：既不是 UTF-8，也不是 GB18030（GBK）编码的文本，无法正确显示。为避免损坏文件，没有载入。请用原来的软件把它另存为 UTF-8 后再打开。",
				e.getMessage());
	}

	@Test
	void writeKeepsTheEncoding(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("gbk.dzr");
		TextFiles.write(file, REPORT + "// 新加一行\n", TextEncoding.GB18030);
		assertEquals(REPORT + "// 新加一行\n", new String(Files.readAllBytes(file), Charset.forName("GB18030")));
		Decoded decoded = TextFiles.read(file);
		assertEquals(TextEncoding.GB18030, decoded.encoding());
		assertTrue(decoded.text().endsWith("// 新加一行\n"));
	}
}
