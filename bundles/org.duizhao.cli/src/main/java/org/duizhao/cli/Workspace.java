package org.duizhao.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.duizhao.dsl.DuizhaoStandaloneSetup;
import org.duizhao.dsl.depth.CompareFolders;
import org.duizhao.dsl.depth.DepthSwitch;
import org.duizhao.dsl.ide.DuizhaoIdeSetup;
import org.duizhao.dsl.io.IoMessages;
import org.duizhao.dsl.io.TextFiles;
import org.duizhao.dsl.io.TextResources;
import org.duizhao.dsl.io.UndecodableTextException;
import org.duizhao.dsl.library.LibraryFiles;
import org.duizhao.dsl.profiles.BuiltinProfiles;
import org.duizhao.model.Profile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

/**
 * Loads the files named on the command line into one resource set, together with the libraries (.dzlib) lying
 * beside them, so that a report's 依据 resolves to a profile in a neighbouring file as it does in the editor.
 */
final class Workspace {

	/** A file that was read and parsed; {@code displayPath} is how the user named it. */
	record Loaded(String displayPath, XtextResource resource) {
	}

	/** The files to report on, and what could not be read (each message names the file). */
	record Result(List<Loaded> files, List<String> problems) {
	}

	private final Injector injector = new DuizhaoStandaloneSetup().createInjectorAndDoEMFRegistration();
	private final XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);

	Injector injector() {
		return injector;
	}

	/** A report whose text came from elsewhere (a Word draft imported in memory), under the path of its source. */
	XtextResource parsed(Path source, String text) {
		XtextResource resource = injector.getInstance(XtextResource.class);
		resource.setURI(URI.createFileURI(source.toAbsolutePath().normalize().toString()));
		resourceSet.getResources().add(resource);
		TextResources.parse(resource, text);
		return resource;
	}

	/** The editor services' injector, made when first asked for (the submission check of a review). */
	Injector ideInjector() {
		if (ideInjector == null) {
			ideInjector = new DuizhaoIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return ideInjector;
	}

	private Injector ideInjector;

	/** Whether the depth checks run for what this workspace loads, and the folders of past reports they compare with. */
	void depth(boolean on, List<Path> compare) {
		DepthSwitch.set(resourceSet, on);
		CompareFolders.set(resourceSet, compare);
	}

	/** The profiles a report may follow: the built-in ones (the default first), then those of the loaded libraries. */
	List<Profile> profiles() {
		return injector.getInstance(BuiltinProfiles.class).withThoseOf(resourceSet);
	}

	Result load(List<String> arguments) {
		return load(arguments, List.of());
	}

	/** Also loads the libraries of {@code libraryFolders}, so that reports can draw on them. */
	Result load(List<String> arguments, List<Path> libraryFolders) {
		Map<Path, String> targets = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		for (String argument : arguments) {
			collect(argument, targets, problems);
		}
		List<Loaded> files = new ArrayList<>();
		for (Map.Entry<Path, String> target : targets.entrySet()) {
			XtextResource resource = read(target.getKey(), target.getValue(), problems);
			if (resource != null) {
				files.add(new Loaded(target.getValue(), resource));
			}
		}
		List<Path> folders = new ArrayList<>(targets.keySet().stream().map(Path::getParent).toList());
		folders.addAll(libraryFolders);
		for (Path library : LibraryFiles.in(folders, targets.keySet())) {
			read(library, library.toString(), new ArrayList<>());
		}
		return new Result(files, problems);
	}

	private static void collect(String argument, Map<Path, String> targets, List<String> problems) {
		Path path;
		try {
			path = FileNames.path(argument);
		} catch (IllegalArgumentException e) {
			problems.add(argument.isEmpty() ? e.getMessage() : CliMessages.bind(CliMessages.Unreadable, argument, e.getMessage()));
			return;
		}
		if (Files.isDirectory(path)) {
			collectFolder(argument, path, targets, problems);
			return;
		}
		String unreadable = FileNames.whyUnreadable(path);
		if (unreadable != null) {
			problems.add(CliMessages.bind(CliMessages.Unreadable, argument, unreadable));
		} else if (!isLanguageFile(path)) {
			problems.add(CliMessages.bind(CliMessages.NotAReport, argument));
		} else {
			targets.putIfAbsent(path.toAbsolutePath().normalize(), argument);
		}
	}

	/**
	 * The reports and libraries below a folder. Links to folders are not followed (no loops); a file, link or
	 * subfolder that cannot be read is said and the walk goes on, so one locked subfolder does not hide the rest.
	 */
	private static void collectFolder(String argument, Path folder, Map<Path, String> targets, List<String> problems) {
		int before = targets.size();
		int problemsBefore = problems.size();
		List<Path> found = new ArrayList<>();
		try {
			Files.walkFileTree(folder, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
					if (isLanguageFile(file) && !attributes.isDirectory()) {
						found.add(file);
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException e) {
					problems.add(CliMessages.bind(CliMessages.FolderUnreadable, file, IoMessages.reason(e)));
					return FileVisitResult.CONTINUE;
				}
			});
		} catch (IOException e) {
			problems.add(CliMessages.bind(CliMessages.Unreadable, argument, IoMessages.reason(e)));
		}
		found.sort(null);
		for (Path file : found) {
			String unreadable = FileNames.whyUnreadable(file);
			if (unreadable != null) {
				problems.add(CliMessages.bind(CliMessages.Unreadable, file, unreadable));
			} else {
				targets.putIfAbsent(file.toAbsolutePath().normalize(), file.toString());
			}
		}
		if (targets.size() == before && problems.size() == problemsBefore) {
			problems.add(CliMessages.bind(CliMessages.EmptyFolder, argument));
		}
	}

	private XtextResource read(Path path, String displayPath, List<String> problems) {
		try {
			String text = TextFiles.read(path).text();
			XtextResource resource = (XtextResource) resourceSet.createResource(URI.createFileURI(path.toString()));
			TextResources.parse(resource, text);
			return resource;
		} catch (UndecodableTextException e) {
			problems.add(e.getMessage());
		} catch (IOException e) {
			problems.add(CliMessages.bind(CliMessages.Unreadable, displayPath, IoMessages.reason(e)));
		}
		return null;
	}

	private static boolean isLanguageFile(Path path) {
		String name = path.getFileName().toString();
		return name.endsWith(".dzr") || name.endsWith(LibraryFiles.EXTENSION);
	}
}
