package org.duizhao.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.duizhao.cli.ValidateCommand.FileReport;
import org.duizhao.dsl.export.ReportLayout.Layout;
import org.duizhao.dsl.export.ReportLayout.Numbering;
import org.duizhao.dsl.importer.ReportImport;
import org.duizhao.model.Report;
import org.duizhao.office.ReportExport;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code duizhao export REPORT.dzr --to docx|xlsx|md|txt [-o OUT] [--layout traditional|by-aspect]
 * [--numbering inline|list] [--force]}: the document that is handed in (DOCX per GB/T 9704), the rectification
 * ledger (XLSX), or Markdown and plain text. A report with errors is refused unless --force.
 */
@Command(name = "export", sortOptions = false)
final class ExportCommand implements Callable<Integer> {

	static final class Formats extends Choice<ReportExport.Format> {
		Formats() {
			super(CliMessages.UnknownChoice, ReportExport.Format.values(), ReportExport.Format::extension);
		}
	}

	static final class Layouts extends Choice<Layout> {
		Layouts() {
			super(CliMessages.UnknownChoice, Layout.values(), Choice::word);
		}
	}

	static final class Numberings extends Choice<Numbering> {
		Numberings() {
			super(CliMessages.UnknownChoice, Numbering.values(), Choice::word);
		}
	}

	@Parameters(index = "0", paramLabel = "REPORT.dzr", descriptionKey = "report")
	private Path input;

	/** Without it, the output's extension says the format (-o 材料.docx). */
	@Option(names = "--to", paramLabel = "docx|xlsx|md|txt", converter = Formats.class, completionCandidates = Formats.class)
	private ReportExport.Format format;

	@Option(names = { "-o", "--output" }, paramLabel = "OUT")
	private Path output;

	@Option(names = "--layout", paramLabel = "traditional|by-aspect", converter = Layouts.class, completionCandidates = Layouts.class)
	private Layout layout = Layout.TRADITIONAL;

	@Option(names = "--numbering", paramLabel = "inline|list", converter = Numberings.class, completionCandidates = Numberings.class)
	private Numbering numbering = Numbering.INLINE;

	@Option(names = { "-f", "--force" })
	private boolean force;

	private final PrintStream out;
	private final PrintStream err;

	ExportCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	@Override
	public Integer call() {
		if (format == null) {
			String name = output == null ? "" : output.getFileName() == null ? "" : output.getFileName().toString();
			format = name.contains(".") ? ReportExport.Format.of(name.substring(name.lastIndexOf('.') + 1)) : null;
			if (format == null) {
				err.println(CliMessages.ExportFormatUnsaid);
				err.println(CliMessages.bind(CliMessages.SeeHelp, "duizhao export"));
				return Main.USAGE;
			}
		}
		Workspace workspace = new Workspace();
		Workspace.Result loaded = workspace.load(List.of(input.toString()));
		if (!loaded.problems().isEmpty()) {
			loaded.problems().forEach(err::println);
			return Main.UNREADABLE;
		}
		Workspace.Loaded file = loaded.files().get(0);
		if (!(file.resource().getContents().get(0) instanceof Report report)) {
			err.println(CliMessages.bind(CliMessages.NotAReportFile, input));
			return Main.USAGE;
		}
		List<Issue> errors = workspace.injector().getInstance(IResourceValidator.class)
				.validate(file.resource(), CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.filter(issue -> issue.getSeverity() == Severity.ERROR).toList();
		if (!errors.isEmpty() && !force) {
			new DiagnosticPrinter(err).printText(List.of(new FileReport(file.displayPath(), errors, FileReport.textOf(file.resource()))));
			err.println(CliMessages.bind(CliMessages.ExportRefused, input, errors.size()));
			return Main.FINDINGS;
		}
		if (!errors.isEmpty()) {
			// --force also overwrites: it must not hide that the document handed in still has errors
			err.println(CliMessages.bind(CliMessages.ExportedWithErrors, input, errors.size()));
		}
		String stem = ReportImport.stem(input);
		OutputFile target = new OutputFile(output != null ? output : input.resolveSibling(stem + "." + format.extension()), force);
		String refusal = target.refusal(input);
		if (refusal != null) {
			err.println(refusal);
			return Main.UNREADABLE;
		}
		byte[] bytes;
		try {
			bytes = ReportExport.render(report, format, layout, numbering);
		} catch (IOException | RuntimeException e) {
			err.println(CliMessages.bind(CliMessages.Unwritable, target.path(), e.getMessage() == null ? e.toString() : e.getMessage()));
			return Main.UNREADABLE;
		}
		return target.write(bytes, out, err);
	}
}
