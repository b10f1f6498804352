package org.duizhao.cli;

import org.duizhao.dsl.validation.Messages;

/** What the command line says to people, in cli.properties (Chinese first). */
public final class CliMessages {

	public static String UnknownCommand;
	public static String UnknownOption;
	public static String OptionTwice;
	public static String OptionTwiceNamed;
	public static String BadArguments;
	public static String ExtraArgument;
	public static String MissingOption;
	public static String SeeHelp;
	public static String InternalError;
	public static String PathNotEncodable;
	public static String LocaleNotInstalled;
	public static String EmptyName;
	public static String NoSuchFile;
	public static String IsFolder;
	public static String FolderUnreadable;
	public static String UnknownChoice;
	public static String NoFiles;
	public static String NoInput;
	public static String MissingValue;
	public static String OutOfMemory;
	public static String UnknownFormat;
	public static String UnknownDepth;
	public static String ReviewDefaultFile;
	public static String Missing;
	public static String BrokenLink;
	public static String NotAFile;
	public static String NoPermission;
	public static String NoFolder;
	public static String EmptyFolder;
	public static String Unreadable;
	public static String NotAReport;
	public static String Summary;
	public static String UnknownProfile;
	public static String Unwritable;
	public static String ImportedItems;
	public static String SkippedLines;
	public static String SkippedLine;
	public static String Written;
	public static String Replaced;
	public static String ExportFormatUnsaid;
	public static String ExportRefused;
	public static String ExportedWithErrors;
	public static String NotAReportFile;
	public static String OutputIsInput;
	public static String OutputExists;
	public static String Error;
	public static String Warning;
	public static String NoticeAspects;
	public static String NoticeAspect;
	public static String NoticeWithoutAspects;
	public static String Info;

	static {
		Messages.load(CliMessages.class, "org.duizhao.cli.cli");
	}

	private CliMessages() {
	}

	public static String bind(String pattern, Object... arguments) {
		return Messages.bind(pattern, arguments);
	}
}
