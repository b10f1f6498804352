package org.duizhao.dsl.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The library files (.dzlib) of a folder, in name order; none when the folder is missing or cannot be listed. */
public final class LibraryFiles {

	public static final String EXTENSION = ".dzlib";

	/** The user's library folder when nothing else is set: the product's default, the language server's too. */
	public static Path defaultUserFolder() {
		return Path.of(System.getProperty("user.home"), ".duizhao-studio", "问题库");
	}

	private LibraryFiles() {
	}

	/**
	 * The library files of several folders, each once, without {@code except} (the documents being checked or edited
	 * themselves): what a report sees besides the built-in library, for the editor and the command line alike.
	 */
	public static List<Path> in(Collection<Path> folders, Collection<Path> except) {
		Set<Path> excluded = except.stream().map(p -> p.toAbsolutePath().normalize()).collect(Collectors.toSet());
		return folders.stream().map(f -> f.toAbsolutePath().normalize()).distinct().flatMap(f -> in(f).stream()).distinct()
				.filter(library -> !excluded.contains(library)).toList();
	}

	public static List<Path> in(Path folder) {
		if (folder == null || !Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(p -> p.getFileName().toString().endsWith(EXTENSION)).filter(Files::isRegularFile)
					.map(p -> p.toAbsolutePath().normalize()).sorted().toList();
		} catch (IOException e) {
			return List.of(); // an unreadable folder only means fewer libraries and profiles are visible
		}
	}
}
