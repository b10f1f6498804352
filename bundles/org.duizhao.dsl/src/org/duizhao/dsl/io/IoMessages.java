package org.duizhao.dsl.io;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.duizhao.dsl.validation.Messages;

/** What reading and writing files says to people, in io.properties (Chinese first). */
public final class IoMessages {

	public static String Undecodable;
	public static String WriteFailed;
	public static String CreateFailed;
	public static String TargetIsFolder;
	public static String NoPermission;
	public static String NoFolder;
	public static String LinkLoop;
	public static String FileMissing;
	public static String CannotCreateHere;
	public static String NotRegularFile;
	public static String NameTooLong;
	public static String DiskFull;

	static {
		Messages.load(IoMessages.class, "org.duizhao.dsl.io.io");
	}

	private IoMessages() {
	}

	/** Why writing {@code target} failed: an existing file is said to be unchanged, a new one not to be there. */
	public static String writeFailed(Path target, boolean existed, Exception cause) {
		return bind(existed ? WriteFailed : CreateFailed, target, reason(cause));
	}

	/**
	 * Why a file operation failed, as a person can act on it. The JDK's exceptions for a folder without write
	 * permission or a missing folder carry only a path (the temporary file's, for an atomic write).
	 */
	public static String reason(Exception cause) {
		if (cause instanceof AccessDeniedException) {
			return NoPermission;
		}
		if (cause instanceof NoSuchFileException missing) {
			// the temporary file of an atomic write could not be made: the folder is missing, or takes no new files (/proc)
			Path folder = missing.getFile() == null ? null : Path.of(missing.getFile()).getParent();
			return folder != null && Files.isDirectory(folder) ? CannotCreateHere : NoFolder;
		}
		if (cause instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
			return inChinese(fileSystem.getReason());
		}
		return cause.getMessage() == null ? cause.toString() : inChinese(cause.getMessage());
	}

	/** The operating system's reasons people meet most, said in Chinese; others as the system gives them. */
	public static String inChinese(String reason) {
		if (reason.contains("No such file or directory")) {
			return FileMissing;
		}
		if (reason.contains("File name too long")) {
			return NameTooLong;
		}
		if (reason.contains("No space left on device") || reason.contains("Disk quota exceeded")) {
			return DiskFull;
		}
		if (reason.contains("Too many levels of symbolic links")) {
			return LinkLoop;
		}
		if (reason.contains("Permission denied") || reason.contains("Read-only file system")) {
			return NoPermission;
		}
		return reason;
	}

	public static String bind(String pattern, Object... arguments) {
		return Messages.bind(pattern, arguments);
	}
}
