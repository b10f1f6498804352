package org.duizhao.dsl.importer;

import org.duizhao.dsl.validation.Messages;
import org.duizhao.model.ItemKind;

/** What importing says about its source and how it placed things, in importer.properties (Chinese first). */
public final class ImportMessages {

	public static String NumberOutOfOrder;
	public static String NumberTwice;
	public static String NumberGap;
	public static String UnknownHeading;
	public static String ProblemOutsideAspect;
	public static String AspectNotInProfile;
	public static String CloseCall;
	public static String PlacedAgainstWords;
	public static String PlacedToCover;
	public static String CauseOfSeveralAspects;
	public static String PlacedByPosition;
	public static String AttachedOwn;
	public static String AttachedByMeaning;
	public static String AttachedByMeaningClose;
	public static String AttachedByPosition;
	public static String AttachedToCover;
	public static String AttachedNowhere;
	public static String ImportFailed;
	public static String Lead;
	public static String Enclosure;
	public static String PreviousFileHint;
	public static String ClaimedByWhich;
	public static String FollowupCount;
	public static String PreviousFileToFill;
	public static String LastYearId;
	public static String CriticismCount;
	public static String SubHeading;
	public static String Problem;
	public static String Cause;
	public static String Measure;
	public static String Imported;
	public static String Summary;
	public static String AspectCounts;
	public static String CaseCount;
	public static String KeptParts;
	public static String Attachment;
	public static String DerivedProfile;
	public static String ProfileFromFile;
	public static String ProfileOfAnotherYear;
	public static String DeadlineYearSupplied;
	public static String DeadlineYearFromDate;
	public static String DeadlineYearFromTitle;
	public static String ProfileOtherThanTitles;
	public static String ImportedLibrary;
	public static String FromNotice;
	public static String NothingRecognised;
	public static String NoProblemsRecognised;
	public static String TableSkipped;
	public static String AspectNumbered;
	public static String ProfileNamed;
	public static String DerivedProfileFile;
	public static String ProfileLibraryTitle;
	public static String LineAt;
	public static String ParagraphAt;
	public static String CharacterAt;
	public static String SkippedLines;
	public static String UnmatchedHeading;

	static {
		Messages.load(ImportMessages.class, "org.duizhao.dsl.importer.importer");
	}

	private ImportMessages() {
	}

	/** 原因 or 措施 (or 问题), as the summary names an item's kind. */
	public static String of(ItemKind kind) {
		return switch (kind) {
		case PROBLEM -> Problem;
		case CAUSE -> Cause;
		case MEASURE -> Measure;
		};
	}

	public static String bind(String pattern, Object... arguments) {
		return Messages.bind(pattern, arguments);
	}
}
