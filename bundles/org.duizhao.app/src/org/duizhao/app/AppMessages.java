package org.duizhao.app;

import org.duizhao.dsl.validation.Messages;

/** What the application's import and export say to people, in app.properties (Chinese first). */
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

	static {
		Messages.load(AppMessages.class, "org.duizhao.app.app");
	}

	private AppMessages() {
	}

	public static String bind(String pattern, Object... arguments) {
		return Messages.bind(pattern, arguments);
	}
}
