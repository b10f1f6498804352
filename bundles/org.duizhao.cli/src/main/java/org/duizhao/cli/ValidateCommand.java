package org.duizhao.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

import org.duizhao.cli.Workspace.Loaded;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code duizhao validate [--format text|json] [--libraries FOLDER] FILE...}: runs every rule of the language on
 * reports and libraries, the same rules the editor runs, and prints one line per finding.
 */
@Command(name = "validate", sortOptions = false)
final class ValidateCommand implements Callable<Integer> {

	/** How findings are printed. */
	enum Format {
		TEXT, JSON
	}

	/** text or json. */
	static final class Formats extends Choice<Format> {
		Formats() {
			super(CliMessages.UnknownFormat, Format.values(), Choice::word);
		}
	}

	@Option(names = "--format", paramLabel = "text|json", converter = Formats.class, completionCandidates = Formats.class)
	private Format format = Format.TEXT;

	@Option(names = "--libraries", paramLabel = "FOLDER")
	private List<Path> libraryFolders = new ArrayList<>();

	@Option(names = "--depth", paramLabel = "on|off", converter = Depth.class, completionCandidates = Depth.class)
	private Depth.Setting depth = Depth.Setting.ON;

	@Option(names = "--compare", paramLabel = "FOLDER")
	private List<Path> compare = new ArrayList<>();

	@Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "files")
	private List<String> paths = new ArrayList<>();

	private final PrintStream out;
	private final PrintStream err;

	ValidateCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	@Override
	public Integer call() {
		for (Path folder : libraryFolders) {
			if (!Files.isDirectory(folder)) {
				String message = CliMessages.bind(CliMessages.Unreadable, folder, CliMessages.NoFolder);
				err.println(message);
				if (format == Format.JSON) {
					new DiagnosticPrinter(out).printFailure(message, List.of(message));
				}
				return Main.UNREADABLE;
			}
		}
		Workspace workspace = new Workspace();
		workspace.depth(depth == Depth.Setting.ON, compare);
		Workspace.Result loaded = workspace.load(paths, libraryFolders);
		loaded.problems().forEach(err::println);
		List<FileReport> reports = new ArrayList<>();
		IResourceValidator validator = workspace.injector().getInstance(IResourceValidator.class);
		for (Loaded file : loaded.files()) {
			List<Issue> issues = new ArrayList<>(validator.validate(file.resource(), CheckMode.ALL, CancelIndicator.NullImpl));
			issues.sort(Comparator.comparing((Issue i) -> i.getLineNumber() == null ? 0 : i.getLineNumber())
					.thenComparing(i -> i.getColumn() == null ? 0 : i.getColumn()));
			reports.add(new FileReport(file.displayPath(), issues, FileReport.textOf(file.resource())));
		}
		DiagnosticPrinter printer = new DiagnosticPrinter(out);
		if (format == Format.JSON) {
			printer.printJson(reports, loaded.problems());
		} else {
			printer.printText(reports);
		}
		if (!loaded.problems().isEmpty()) {
			return Main.UNREADABLE;
		}
		boolean errors = reports.stream().flatMap(r -> r.issues().stream()).anyMatch(i -> i.getSeverity() == Severity.ERROR);
		return errors ? Main.FINDINGS : Main.OK;
	}

	/** The findings of one file. */
	record FileReport(String path, List<Issue> issues, String text) {

		static String textOf(XtextResource resource) {
			return resource.getParseResult() == null ? "" : resource.getParseResult().getRootNode().getText();
		}

		/**
		 * The 1-based column of an issue in characters as a person counts them: a character outside the Basic
		 * Multilingual Plane (a rare 𠮷, an emoji) is one, not the two UTF-16 units the parser counts.
		 */
		int column(Issue issue) {
			int offset = issue.getOffset() == null ? 0 : Math.min(issue.getOffset(), text.length());
			int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
			return text.isEmpty() ? (issue.getColumn() == null ? 1 : issue.getColumn()) : text.codePointCount(lineStart, offset) + 1;
		}
	}
}
