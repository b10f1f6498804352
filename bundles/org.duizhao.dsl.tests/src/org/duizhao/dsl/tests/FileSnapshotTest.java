package org.duizhao.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.duizhao.dsl.io.FileSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Telling whether another program changed a file since the editor read it. */
class FileSnapshotTest {

	private static final String TEXT = "报告 \"材料\"\n";

	private static FileSnapshot readNow(Path file) throws IOException {
		return FileSnapshot.of(file, Files.readAllBytes(file));
	}

	@Test
	void otherBytesAreAChange(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("a.dzr");
		Files.writeString(file, TEXT);
		FileSnapshot read = readNow(file);
		assertFalse(read.changedOnDisk(file));
		Files.writeString(file, TEXT + "// 同事加的\n");
		assertTrue(read.changedOnDisk(file));
	}

	@Test
	void sameSizeOtherBytesAtANewTimeAreAChange(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("a.dzr");
		Files.writeString(file, "报告 \"甲\"\n");
		FileSnapshot read = readNow(file);
		Files.writeString(file, "报告 \"乙\"\n");
		Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
		assertTrue(read.changedOnDisk(file));
	}

	@Test
	void aTouchIsNoChange(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("a.dzr");
		Files.write(file, TEXT.getBytes(StandardCharsets.UTF_8));
		FileSnapshot read = readNow(file);
		Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
		assertFalse(read.changedOnDisk(file), "same bytes, new time stamp: nothing to lose");
	}

	@Test
	void aFileThatAppearedIsAChangeAndADeletedOneIsNot(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("a.dzr");
		assertFalse(FileSnapshot.ABSENT.changedOnDisk(file));
		Files.writeString(file, TEXT);
		assertTrue(FileSnapshot.ABSENT.changedOnDisk(file), "someone created the file the editor is about to create");
		FileSnapshot read = readNow(file);
		Files.delete(file);
		assertFalse(read.changedOnDisk(file), "saving recreates a deleted file; nothing of anybody's is lost");
	}
}
