package org.duizhao.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.duizhao.cli.Workspace.Loaded;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

/**
 * {@code duizhao validate [--format text|json] FILE...}: runs every rule of the language on reports and libraries,
 * the same rules the editor runs, and prints one line per finding.
 */
final class ValidateCommand {

	private final PrintStream out;
	private final PrintStream err;

	ValidateCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(String[] args) {
		boolean json = false;
		List<String> paths = new ArrayList<>();
		List<Path> libraryFolders = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			String format = arg.equals("--format") && i + 1 < args.length ? args[++i]
					: arg.startsWith("--format=") ? arg.substring("--format=".length()) : null;
			if (format != null) {
				if (!format.equals("text") && !format.equals("json")) {
					err.println(CliMessages.bind(CliMessages.UnknownFormat, format));
					return Main.USAGE;
				}
				json = format.equals("json");
			} else if (arg.equals("--libraries") && i + 1 < args.length) {
				Path folder = Path.of(args[++i]);
				if (!Files.isDirectory(folder)) {
					err.println(CliMessages.bind(CliMessages.Unreadable, folder, CliMessages.NoFolder));
					return Main.UNREADABLE;
				}
				libraryFolders.add(folder);
			} else if (arg.startsWith("-") && !arg.equals("-")) {
				err.println(CliMessages.bind(CliMessages.UnknownOption, arg));
				return Main.USAGE;
			} else {
				paths.add(arg);
			}
		}
		if (paths.isEmpty()) {
			err.println(CliMessages.NoFiles);
			err.print(CliMessages.Usage);
			return Main.USAGE;
		}
		Workspace workspace = new Workspace();
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
		if (json) {
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
