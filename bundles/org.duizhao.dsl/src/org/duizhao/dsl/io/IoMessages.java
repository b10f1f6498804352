package org.duizhao.dsl.io;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
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
		if (cause instanceof NoSuchFileException) {
			return NoFolder;
		}
		if (cause instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
			return fileSystem.getReason();
		}
		return cause.getMessage() == null ? cause.toString() : cause.getMessage();
	}

	public static String bind(String pattern, Object... arguments) {
		return Messages.bind(pattern, arguments);
	}
}
