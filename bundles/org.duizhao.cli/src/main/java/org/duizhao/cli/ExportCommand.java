package org.duizhao.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.duizhao.cli.ValidateCommand.FileReport;
import org.duizhao.dsl.export.ReportLayout.Layout;
import org.duizhao.dsl.export.ReportLayout.Numbering;
import org.duizhao.model.Report;
import org.duizhao.office.ReportExport;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

/**
 * {@code duizhao export REPORT.dzr --to docx|xlsx|md|txt [-o OUT] [--layout traditional|by-aspect]
 * [--numbering inline|list] [--force]}: the document that is handed in (DOCX per GB/T 9704), the rectification
 * ledger (XLSX), or Markdown and plain text. A report with errors is refused unless --force.
 */
final class ExportCommand {

	private final PrintStream out;
	private final PrintStream err;

	ExportCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(String[] args) {
		Path input = null;
		Path output = null;
		String format = null;
		Layout layout = Layout.TRADITIONAL;
		Numbering numbering = Numbering.INLINE;
		boolean force = false;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			String value = i + 1 < args.length ? args[i + 1] : "";
			switch (arg) {
			case "--to" -> format = args.length > ++i ? value.toLowerCase(Locale.ROOT) : null;
			case "-o", "--output" -> output = args.length > ++i ? Path.of(value) : null;
			case "--layout" -> {
				i++;
				layout = "by-aspect".equals(value) ? Layout.BY_ASPECT : "traditional".equals(value) ? Layout.TRADITIONAL : null;
			}
			case "--numbering" -> {
				i++;
				numbering = "list".equals(value) ? Numbering.LIST : "inline".equals(value) ? Numbering.INLINE : null;
			}
			case "-f", "--force" -> force = true;
			default -> {
				if (arg.startsWith("-") || input != null) {
					err.println(CliMessages.bind(CliMessages.UnknownOption, arg));
					return Main.USAGE;
				}
				input = Path.of(arg);
			}
			}
		}
		if (input == null || layout == null || numbering == null || format == null || ReportExport.Format.of(format) == null) {
			err.println(input == null ? CliMessages.NoFiles : CliMessages.bind(CliMessages.UnknownOption, format == null ? "--to" : format));
			err.print(CliMessages.Usage);
			return Main.USAGE;
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
		String stem = input.getFileName().toString().replaceFirst("\\.[^.]+$", "");
		OutputFile target = new OutputFile(output != null ? output : input.resolveSibling(stem + "." + format), force);
		String refusal = target.refusal(input);
		if (refusal != null) {
			err.println(refusal);
			return Main.UNREADABLE;
		}
		byte[] bytes;
		try {
			bytes = ReportExport.render(report, ReportExport.Format.of(format), layout, numbering);
		} catch (IOException | RuntimeException e) {
			err.println(CliMessages.bind(CliMessages.Unwritable, target.path(), e.getMessage() == null ? e.toString() : e.getMessage()));
			return Main.UNREADABLE;
		}
		return target.write(bytes, out, err);
	}
}
