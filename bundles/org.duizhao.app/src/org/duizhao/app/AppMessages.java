package org.duizhao.app;

import org.duizhao.dsl.validation.Messages;

/** What the application (menus, views, wizards, import and export) says to people, in app.properties (Chinese first). */
public final class AppMessages {

	public static String ConvertAction;
	public static String OpenFileTitle;
	public static String OpenFileFailed;
	public static String UnopenableNames;
	public static String AboutAction;
	public static String GuideAction;
	public static String GuideTitle;
	public static String AboutTitle;
	public static String AboutVersion;
	public static String AboutSummary;
	public static String AboutColumns;
	public static String AboutClose;
	public static String AboutCount;
	public static String AboutSeparator;
	public static String AboutNoLicence;
	public static String LibraryPreferencesDescription;
	public static String LibraryPreferencesFolder;
	public static String ReviewPreferencesDepth;
	public static String ReviewPreferencesPastReports;
	public static String ConvertTooltip;
	public static String ImportAction;
	public static String ImportTitle;
	public static String ImportFilter;
	public static String ImportFailed;
	public static String ImportGroup;
	public static String ImportDerivedProfile;
	public static String ImportDone;
	public static String ExportAction;
	public static String ExportTitle;
	public static String ExportNoReport;
	public static String ExportErrors;
	public static String ExportFormat;
	public static String ExportLayout;
	public static String ExportNumbering;
	public static String ExportFormats;
	public static String ExportLayouts;
	public static String ExportNumberings;
	public static String ExportFailed;
	public static String ExportDone;

	public static String NewProfileAction;
	public static String NewProfileTitle;
	public static String NewProfileDescription;
	public static String NewProfileNotice;
	public static String NewProfileOpen;
	public static String NewProfileAspects;
	public static String NewProfileId;
	public static String NewProfileLabel;
	public static String NewProfileName;
	public static String NewProfileFolder;
	public static String NewProfileNone;
	public static String NewReportTitle;
	public static String FileExists;
	public static String FileUnwritable;
	public static String NewProfileFromPasted;

	public static String WindowTitle;
	public static String MenuFile;
	public static String MenuEdit;
	public static String MenuWindow;
	public static String MenuHelp;
	public static String NewReportAction;
	public static String OpenFileAction;
	public static String SaveAction;
	public static String SaveAsAction;
	public static String SaveAllAction;
	public static String CloseAction;
	public static String CloseAllAction;
	public static String QuitAction;
	public static String UndoAction;
	public static String RedoAction;
	public static String CutAction;
	public static String CopyAction;
	public static String PasteAction;
	public static String SelectAllAction;
	public static String FindAction;
	public static String PreferencesAction;
	public static String ViewSubmissionCheck;
	public static String ViewLibrary;
	public static String ViewOutline;
	public static String ViewProblems;
	public static String OpenFileDialogTitle;
	public static String OpenFileFilterAll;
	public static String ImportFileName;
	public static String NewReportDescription;
	public static String NewReportProfile;
	public static String NewReportScope;
	public static String NewReportGroup;
	public static String NewReportPersonal;
	public static String NewReportOrganization;
	public static String NewReportHeading;
	public static String NewReportFolder;
	public static String NewReportBrowse;
	public static String NewReportFileName;
	public static String NewReportDefaultFileName;
	public static String NewReportDefaultTitle;
	public static String NewReportHeadingMissing;
	public static String NewReportFileNameExtension;
	public static String NewReportFolderMissing;
	public static String CheckEmpty;
	public static String CheckPending;
	public static String CheckUnavailable;
	public static String CheckColumnAspect;
	public static String CheckColumnProblems;
	public static String CheckColumnCauses;
	public static String CheckColumnMeasures;
	public static String CheckColumnState;
	public static String CheckColumnGroup;
	public static String CheckColumnLine;
	public static String CheckColumnMessage;
	public static String LibrarySearchHint;

	static {
		Messages.load(AppMessages.class, "org.duizhao.app.app");
	}

	private AppMessages() {
	}

	public static String bind(String pattern, Object... arguments) {
		return Messages.bind(pattern, arguments);
	}
}
