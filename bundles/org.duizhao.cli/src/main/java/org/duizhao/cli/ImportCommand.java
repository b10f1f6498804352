package org.duizhao.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.duizhao.dsl.formatting2.TextFormatter;
import org.duizhao.dsl.importer.Draft;
import org.duizhao.dsl.importer.ProfileAspects;
import org.duizhao.dsl.importer.ReportImport;
import org.duizhao.dsl.io.TextResources;
import org.duizhao.office.ReportSources;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code duizhao import REPORT.txt|REPORT.md|REPORT.docx [-o OUT.dzr] [--profile NAME] [--force] [--format text|json]}:
 * reads a report into a .dzr laid out by the formatter, and prints what the import found: the items per aspect, where
 * each cause and measure went and why, and every fault of the source at its place.
 */
@Command(name = "import", sortOptions = false)
final class ImportCommand implements Callable<Integer> {

	@Mixin
	private ImportArguments arguments = new ImportArguments();

	@Option(names = "--format", paramLabel = "text|json", converter = ValidateCommand.Formats.class,
			completionCandidates = ValidateCommand.Formats.class)
	private ValidateCommand.Format format = ValidateCommand.Format.TEXT;

	private final PrintStream out;
	private final PrintStream err;

	ImportCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	@Override
	public Integer call() {
		Path input = arguments.input();
		OutputFile report = arguments.target(".dzr");
		if (!arguments.mayWrite(report, err)) {
			return Main.UNREADABLE;
		}
		ReportSources.Source source = arguments.source(err);
		if (source == null) {
			return Main.UNREADABLE;
		}
		Path folder = report.path().toAbsolutePath().getParent();
		Workspace workspace = new Workspace();
		workspace.load(List.of(), List.of(folder));
		String reportStem = ReportImport.stem(report.path());
		Optional<ReportImport.Result> imported = ReportImport.run(new ReportImport.Request(source.paragraphs(),
				input.getFileName().toString(), source.unit(), profiles(workspace), Optional.ofNullable(arguments.profile()), reportStem));
		if (imported.isEmpty()) {
			err.println(CliMessages.bind(CliMessages.UnknownProfile, arguments.profile()));
			return Main.USAGE;
		}
		ReportImport.Result result = imported.get();
		// With --format json the standard output is the JSON alone; what was written is said on the error stream.
		PrintStream said = format == ValidateCommand.Format.JSON ? err : out;
		if (result.derived().isPresent()) {
			OutputFile profile = new OutputFile(folder.resolve(result.derived().get().fileName()), arguments.force());
			String refusal = profile.refusal(input);
			if (refusal != null) {
				err.println(refusal);
				return Main.UNREADABLE;
			}
			int written = profile.write(result.derived().get().text().getBytes(StandardCharsets.UTF_8), said, err);
			if (written != Main.OK) {
				return written;
			}
		}
		if (format == ValidateCommand.Format.JSON) {
			printJson(input, source, result);
		} else {
			printSummary(input, source, result);
		}
		return report.write(formatted(workspace, report.path(), result.report()).getBytes(StandardCharsets.UTF_8), said, err);
	}

	private static List<ProfileAspects> profiles(Workspace workspace) {
		return workspace.profiles().stream().map(ProfileAspects::of).toList();
	}

	/** The project's formatter has the last word on the layout. */
	private static String formatted(Workspace workspace, Path path, String text) {
		XtextResourceSet resourceSet = workspace.injector().getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createFileURI(path.toAbsolutePath().toString()));
		TextResources.parse(resource, text);
		return workspace.injector().getInstance(TextFormatter.class).format(resource, text);
	}

	private void printSummary(Path input, ReportSources.Source source, ReportImport.Result result) {
		for (ReportImport.Line line : result.summary()) {
			if (line.warning()) {
				out.println(ReportImport.where(input.toString(), source.unit(), line.place()) + ": " + CliMessages.Warning + ": " + line.text());
			} else {
				out.println(line.place().line() > 0 ? "  " + line.text() : line.text());
			}
		}
	}

	/** The findings as validate's JSON gives them (line, column, offset, length, severity, code, message). */
	private void printJson(Path input, ReportSources.Source source, ReportImport.Result result) {
		JsonArray findings = new JsonArray();
		for (Draft.Finding f : result.draft().findings()) {
			JsonObject finding = new JsonObject();
			finding.addProperty("line", f.place().line()); // the paragraph, in a Word document (see "unit")
			finding.addProperty("column", f.place().column());
			finding.addProperty("offset", f.place().offset());
			finding.addProperty("length", f.place().length());
			finding.addProperty("severity", "warning");
			finding.addProperty("code", "duizhao.import." + f.kind().name().toLowerCase(Locale.ROOT).replace('_', '.'));
			finding.addProperty("message", f.message());
			findings.add(finding);
		}
		JsonArray summary = new JsonArray();
		result.summary().stream().filter(l -> !l.warning()).forEach(l -> summary.add(l.text()));
		JsonObject root = new JsonObject();
		root.addProperty("path", input.toString());
		root.addProperty("unit", source.unit().name().toLowerCase(Locale.ROOT));
		root.addProperty("profile", result.profile().name());
		root.add("summary", summary);
		root.add("diagnostics", findings);
		out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(root));
	}
}
