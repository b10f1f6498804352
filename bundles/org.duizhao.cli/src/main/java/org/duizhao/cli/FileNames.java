package org.duizhao.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;

import picocli.CommandLine.TypeConversionException;

/**
 * File names as people type them: turned into paths with a reason in Chinese when that is impossible, and why an
 * existing name cannot be read. Every command takes its file names through here, so an empty name, a name the locale
 * cannot carry or a device says the same everywhere.
 */
final class FileNames {

	private FileNames() {
	}

	/** The picocli converter for every {@link Path} option and parameter. */
	static Path convert(String typed) {
		try {
			return path(typed);
		} catch (IllegalArgumentException e) {
			throw new TypeConversionException(e.getMessage());
		}
	}

	/**
	 * The path {@code typed} names. An empty name is refused rather than taken as the current folder (a script's
	 * unset variable must not make {@code validate} check everything below it).
	 */
	static Path path(String typed) {
		if (typed.isEmpty()) {
			throw new IllegalArgumentException(CliMessages.EmptyName);
		}
		try {
			return Path.of(typed);
		} catch (InvalidPathException e) {
			throw new IllegalArgumentException(unencodable(typed));
		}
	}

	/**
	 * Why the JVM cannot pass the name to the system: it takes file names in the encoding of the locale, and in the
	 * C/POSIX locale, or in a UTF-8 locale that is set but not installed, Chinese names have none.
	 */
	static String unencodable(String typed) {
		String encoding = System.getProperty("sun.jnu.encoding");
		String asked = firstSet("LC_ALL", "LC_CTYPE", "LANG");
		if (asked != null && asked.toLowerCase(Locale.ROOT).replace("-", "").contains("utf8")) {
			return CliMessages.bind(CliMessages.LocaleNotInstalled, typed, asked, encoding);
		}
		return CliMessages.bind(CliMessages.PathNotEncodable, typed, encoding);
	}

	/** Why an existing-or-not name cannot be read as a file, or {@code null} when it can. */
	static String whyUnreadable(Path path) {
		if (Files.isRegularFile(path)) {
			return Files.isReadable(path) ? null : CliMessages.NoPermission;
		}
		if (Files.isDirectory(path)) {
			return CliMessages.IsFolder;
		}
		if (Files.exists(path)) {
			return CliMessages.NotAFile; // a device, a FIFO: reading it may never end
		}
		return Files.isSymbolicLink(path) || Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? CliMessages.BrokenLink : CliMessages.NoSuchFile;
	}

	private static String firstSet(String... variables) {
		for (String variable : variables) {
			String value = System.getenv(variable);
			if (value != null && !value.isEmpty()) {
				return value;
			}
		}
		return null;
	}
}
