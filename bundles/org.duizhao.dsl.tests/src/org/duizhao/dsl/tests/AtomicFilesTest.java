package org.duizhao.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.duizhao.dsl.io.AtomicFiles;
import org.duizhao.dsl.io.IoMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving must never lose the old text, change who may read the file, or replace a link with a copy. */
class AtomicFilesTest {

	private static final String OLD = "报告 \"旧的\"\n";
	private static final String NEW = "报告 \"新的\"\n单位 \"某局\"\n";

	@Test
	void keepsTheModeOfASharedFile(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("共享.dzr");
		Files.writeString(file, OLD);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
		AtomicFiles.write(file, NEW);
		assertEquals(NEW, Files.readString(file));
		assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
	}

	@Test
	void aNewFileIsNotPrivate(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("新.dzr");
		AtomicFiles.write(file, NEW);
		String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
		assertTrue(mode.startsWith("rw-") && mode.charAt(6) == 'r', "created as the umask says, not 0600: " + mode);
	}

	@Test
	void writesThroughASymbolicLink(@TempDir Path dir) throws IOException {
		Path real = Files.createDirectories(dir.resolve("同步盘")).resolve("材料.dzr");
		Files.writeString(real, OLD);
		Path link = Files.createSymbolicLink(dir.resolve("快捷方式.dzr"), real);
		AtomicFiles.write(link, NEW);
		assertTrue(Files.isSymbolicLink(link), "the link stays a link");
		assertEquals(real, Files.readSymbolicLink(link));
		assertEquals(NEW, Files.readString(real));
	}

	@Test
	void aFailureHalfwayLeavesTheOldFileAndNoTemporaryFile(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("材料.dzr");
		Files.writeString(file, OLD);
		byte[] bytes = (NEW.repeat(1000)).getBytes(StandardCharsets.UTF_8);
		try (AutoCloseable fault = AtomicFiles.simulateFullDiskAfter(bytes.length / 2)) {
			IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, bytes));
			assertEquals("No space left on device", e.getMessage());
		}
		assertEquals(OLD, Files.readString(file));
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(List.of(file), files.toList());
		}
		AtomicFiles.write(file, bytes);
		assertEquals(NEW.repeat(1000), Files.readString(file), "writing works again once the fault is gone");
	}

	@Test
	void aFolderIsNotOverwritten(@TempDir Path dir) throws IOException {
		Path folder = Files.createDirectories(dir.resolve("材料.dzr"));
		assertThrows(IOException.class, () -> AtomicFiles.write(folder, NEW));
		assertTrue(Files.isDirectory(folder));
	}

	@Test
	void aFailedWriteSaysWhyInWordsNotInPaths() {
		assertEquals("没有写入权限（文件或所在文件夹是只读的）",
				IoMessages.reason(new AccessDeniedException("/只读/.材料.dzr.1f69.saving")));
		assertEquals("文件夹不存在", IoMessages.reason(new NoSuchFileException("/没有/材料.dzr")));
		assertEquals("磁盘空间已满", IoMessages.reason(new IOException("No space left on device")));
	}
}
