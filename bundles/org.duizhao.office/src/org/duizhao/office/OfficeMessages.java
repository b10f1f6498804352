package org.duizhao.office;

import org.duizhao.dsl.validation.Messages;

/** What reading Office files says to people, in office.properties (Chinese first). */
public final class OfficeMessages {

	public static String NotWord;
	public static String NotARegularFile;
	/** How a table of a Word document is named in the comment that keeps it. */
	public static String Table;
	public static String Footnote;
	public static String TooLarge;
	public static String Damaged;

	static {
		Messages.load(OfficeMessages.class, "org.duizhao.office.office");
	}

	private OfficeMessages() {
	}
}
