package org.duizhao.dsl.ide;

import org.duizhao.dsl.validation.Messages;

/** Texts of the editor services shown to people (hover, rename), in ide.properties (Chinese). */
public final class IdeMessages {

	public static String RequestFileUnreadable;
	public static String RequestFailed;
	public static String SubmissionCheckWithoutUri;
	public static String HoverFinding;
	public static String HoverFix;
	public static String InvalidId;

	static {
		Messages.load(IdeMessages.class, "org.duizhao.dsl.ide.ide");
	}

	private IdeMessages() {
	}

	public static String bind(String pattern, Object... arguments) {
		return Messages.bind(pattern, arguments);
	}
}
