package org.duizhao.dsl.importer;

import org.duizhao.dsl.validation.Messages;

/** What importing a report says about its source, in importer.properties (Chinese first). */
public final class ImportMessages {

	public static String NumberOutOfOrder;
	public static String NumberTwice;
	public static String NumberGap;
	public static String Unplaced;
	public static String UnknownHeading;
	public static String ProblemOutsideAspect;
	public static String AspectNotInProfile;
	public static String AttachedByName;
	public static String AttachedByPosition;
	public static String AttachedBySimilarity;
	public static String AttachedNowhere;
	public static String ImportFailed;
	public static String Lead;
	public static String Imported;

	static {
		Messages.load(ImportMessages.class, "org.duizhao.dsl.importer.importer");
	}

	private ImportMessages() {
	}

	public static String bind(String pattern, Object... arguments) {
		return Messages.bind(pattern, arguments);
	}
}
