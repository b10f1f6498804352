package org.duizhao.dsl.ide;

import org.duizhao.dsl.validation.Messages;

/**
 * Texts of the editor services shown to people (hover, rename, content assist, outline, submission check), in
 * ide.properties (Chinese).
 */
public final class IdeMessages {

	public static String RequestFileUnreadable;
	public static String RequestFailed;
	public static String SubmissionCheckWithoutUri;
	public static String HoverFinding;
	public static String HoverFix;
	public static String InvalidId;

	public static String ProposalTemplate;
	public static String ProposalItemTemplate;
	public static String ProposalPartTemplate;
	public static String ProposalStatementTemplate;
	public static String StatementHeading;
	public static String ProposalFrom;
	public static String CrossrefProblem;
	public static String CrossrefCause;
	public static String CrossrefMeasure;
	public static String CrossrefItem;
	public static String CrossrefAspect;
	public static String CrossrefProfile;
	public static String CheckVerdictReady;
	public static String CheckVerdictOpen;
	public static String CheckGroupPlaceholder;
	public static String CheckGroupLedger;
	public static String CheckGroupCompleteness;
	public static String CheckGroupParts;
	public static String CheckGroupReview;
	public static String CheckGroupText;
	public static String OutlineAspect;
	public static String OutlineLibrarySection;
	public static String OutlineListSeparator;

	static {
		Messages.load(IdeMessages.class, "org.duizhao.dsl.ide.ide");
	}

	private IdeMessages() {
	}

	public static String bind(String pattern, Object... arguments) {
		return Messages.bind(pattern, arguments);
	}
}
