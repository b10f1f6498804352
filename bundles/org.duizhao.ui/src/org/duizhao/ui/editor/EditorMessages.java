package org.duizhao.ui.editor;

import org.duizhao.dsl.validation.Messages;

/** What the editor says to people, in editor.properties (Chinese first). */
public final class EditorMessages {

	public static String SaveAsTitle;
	public static String SaveAsFailed;
	public static String FilterReports;
	public static String FilterLibraries;
	public static String FilterAll;
	public static String SaveFailedTitle;
	public static String SaveFailed;
	public static String ChangedOnDiskTitle;
	public static String ChangedOnDisk;
	public static String ChangedOnDiskOverwrite;
	public static String ChangedOnDiskReload;
	public static String ChangedOnDiskCompare;
	public static String ChangedOnDiskCancel;
	public static String ChangedOnDiskLater;
	public static String CompareTitle;
	public static String CompareEditorSide;
	public static String CompareDiskSide;
	public static String DeletedOnDisk;
	public static String UnreadableDocument;
	public static String UnreadableNotSaved;
	public static String UnknownEncoding;
	public static String EncodingTooltip;
	public static String RecoveryTitle;
	public static String OpenDeclaration;
	public static String NoTargetHere;
	public static String TargetWithoutFile;
	public static String NotAnId;
	public static String RenameTitle;
	public static String RenamePrompt;
	public static String ReferencesTitle;
	public static String ReferencesNone;
	public static String ReferenceLine;
	public static String RecoveryQuestion;
	public static String RecoveryRestore;
	public static String RecoveryDiscard;
	public static String RecoverySide;

	public static String ContentAssistEmpty;
	public static String MarkerLocation;
	public static String OutlineFilterProblem;
	public static String OutlineFilterProblemTooltip;
	public static String OutlineFilterCause;
	public static String OutlineFilterCauseTooltip;
	public static String OutlineFilterMeasure;
	public static String OutlineFilterMeasureTooltip;
	public static String QuickOutlineHint;
	public static String QuickOutlineFilter;

	static {
		Messages.load(EditorMessages.class, "org.duizhao.ui.editor.editor");
	}

	private EditorMessages() {
	}

	public static String bind(String pattern, Object... arguments) {
		return Messages.bind(pattern, arguments);
	}
}
