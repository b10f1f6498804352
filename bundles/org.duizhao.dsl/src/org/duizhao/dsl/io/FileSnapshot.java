package org.duizhao.dsl.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/**
 * What a file held when it was read or written: its time stamp, size and a hash of its bytes. Before a save the
 * editor asks whether the file still holds that, so a change made meanwhile by another program (a colleague over a
 * shared folder, a sync tool, {@code git pull}) is never overwritten without a word. A file that was only touched
 * (same bytes, new time stamp) does not count as changed.
 */
public record FileSnapshot(FileTime modified, long size, String hash) {

	/** The snapshot of a file that did not exist. */
	public static final FileSnapshot ABSENT = new FileSnapshot(FileTime.fromMillis(0), -1, "");

	/** The snapshot of {@code bytes}, just read from or written to {@code file}. */
	public static FileSnapshot of(Path file, byte[] bytes) throws IOException {
		Path real = AtomicFiles.resolveLinks(file.toAbsolutePath());
		return new FileSnapshot(Files.getLastModifiedTime(real), bytes.length, TextFiles.hash(bytes));
	}

	/** The file as it is on disk now. */
	public static FileSnapshot read(Path file) throws IOException {
		Path real = AtomicFiles.resolveLinks(file.toAbsolutePath());
		return Files.exists(real) ? of(real, Files.readAllBytes(real)) : ABSENT;
	}

	public boolean absent() {
		return size < 0;
	}

	/**
	 * Whether another program changed the file since this snapshot: different bytes, or a file where there was none.
	 * A deleted file is not a change that a save would lose.
	 */
	public boolean changedOnDisk(Path file) throws IOException {
		Path real = AtomicFiles.resolveLinks(file.toAbsolutePath());
		if (!Files.exists(real)) {
			return false;
		}
		if (absent()) {
			return true;
		}
		if (Files.getLastModifiedTime(real).equals(modified) && Files.size(real) == size) {
			return false; // the cheap answer; hashing only when the stamp moved
		}
		return !TextFiles.hash(Files.readAllBytes(real)).equals(hash);
	}
}
