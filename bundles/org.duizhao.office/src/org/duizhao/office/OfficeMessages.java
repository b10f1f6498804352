package org.duizhao.office;

import org.duizhao.dsl.validation.Messages;

/** What reading Office files says to people, in office.properties (Chinese first). */
public final class OfficeMessages {

	public static String NotWord;
	public static String NotARegularFile;
	public static String TooLarge;
	public static String Damaged;

	static {
		Messages.load(OfficeMessages.class, "org.duizhao.office.office");
	}

	private OfficeMessages() {
	}
}
