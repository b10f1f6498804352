package org.duizhao.dsl.export;

import org.duizhao.dsl.validation.Messages;

/** The words the exported document adds around the report's own text (headings, labels), in export.properties. */
public final class ExportMessages {

	public static String Problems;
	public static String Attachments;
	public static String Cases;
	public static String Causes;
	public static String Measures;
	public static String AspectHeading;
	public static String InlineOrdinal;
	public static String Example;
	public static String Responsible;
	public static String Deadline;
	public static String PreviousHeading;
	public static String MeetingDemocratic;
	public static String MeetingOrganisational;
	public static String NotDoneReason;
	public static String Reason;
	public static String OpinionsHeading;
	public static String OpinionsSummary;
	public static String OpinionsClaimed;
	public static String OpinionsAnswered;
	public static String OpinionsTotal;
	public static String OpinionClaimed;
	public static String OpinionAnswer;
	public static String CriticismHeading;
	public static String CriticismGiven;
	public static String CriticismReceived;
	public static String CriticismTo;
	public static String CriticismFrom;
	public static String CriticismFromAll;
	public static String Comrade;
	public static String Comrades;
	public static String CriticismResponse;

	static {
		Messages.load(ExportMessages.class, "org.duizhao.dsl.export.export");
	}

	private ExportMessages() {
	}

	public static String bind(String pattern, Object... arguments) {
		return Messages.bind(pattern, arguments);
	}
}
