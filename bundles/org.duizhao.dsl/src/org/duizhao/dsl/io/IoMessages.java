package org.duizhao.dsl.io;

import org.duizhao.dsl.validation.Messages;

/** What reading and writing files says to people, in io.properties (Chinese first). */
public final class IoMessages {

	public static String Undecodable;
	public static String WriteFailed;
	public static String TargetIsFolder;

	static {
		Messages.load(IoMessages.class, "org.duizhao.dsl.io.io");
	}

	private IoMessages() {
	}

	public static String bind(String pattern, Object... arguments) {
		return Messages.bind(pattern, arguments);
	}
}
