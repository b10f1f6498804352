package org.duizhao.dsl.io;

import java.nio.file.Path;

import org.duizhao.dsl.validation.Messages;

/** What reading and writing files says to people, in io.properties (Chinese first). */
public final class IoMessages {

	public static String Undecodable;
	public static String WriteFailed;
	public static String CreateFailed;
	public static String TargetIsFolder;

	static {
		Messages.load(IoMessages.class, "org.duizhao.dsl.io.io");
	}

	private IoMessages() {
	}

	/** Why writing {@code target} failed: an existing file is said to be unchanged, a new one not to be there. */
	public static String writeFailed(Path target, boolean existed, String reason) {
		return bind(existed ? WriteFailed : CreateFailed, target, reason);
	}

	public static String bind(String pattern, Object... arguments) {
		return Messages.bind(pattern, arguments);
	}
}
