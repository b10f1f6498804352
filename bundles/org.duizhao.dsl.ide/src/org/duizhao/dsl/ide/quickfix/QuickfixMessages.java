package org.duizhao.dsl.ide.quickfix;

import org.duizhao.dsl.validation.Messages;

/** Labels of quick fixes, in quickfix.properties (Chinese). */
public final class QuickfixMessages {

	public static String AddAspect;
	public static String AddAllAspects;
	public static String InsertProblem;
	public static String InsertCause;
	public static String InsertMeasure;
	public static String InsertCauseFor;
	public static String InsertMeasureFor;
	public static String LinkCause;
	public static String LinkMeasure;
	public static String UseFullWidth;
	public static String UseNameSeparator;
	public static String UseHalfWidthDigits;
	public static String RemoveSpace;
	public static String AddResponsible;
	public static String AddDeadline;
	public static String LibraryItem;
	public static String LibraryItemUsed;
	public static String FillPlaceholder;
	public static String AddPart;
	public static String AddFollowups;
	public static String SetFollowupState;
	public static String AddReason;
	public static String ClaimOpinion;
	public static String AnswerOpinion;
	public static String CorrectCount;
	public static String AddResponse;
	public static String MergeLeads;
	public static String AddExample;

	static {
		Messages.load(QuickfixMessages.class, "org.duizhao.dsl.ide.quickfix.quickfix");
	}

	private QuickfixMessages() {
	}
}
