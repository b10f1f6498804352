package org.duizhao.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.duizhao.dsl.formatting2.TextFormatter;
import org.duizhao.dsl.importer.AspectMatcher;
import org.duizhao.dsl.importer.AspectMatcher.ProfileAspects;
import org.duizhao.dsl.importer.Draft;
import org.duizhao.dsl.importer.ReportImport;
import org.duizhao.dsl.importer.ReportImporter.Paragraph;
import org.duizhao.dsl.io.TextResources;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code duizhao import REPORT.txt|REPORT.md|REPORT.docx [-o OUT.dzr] [--profile NAME] [--force]}: reads a report
 * written in the traditional layout into a .dzr laid out by the formatter, and prints what it found: the items per
 * aspect, how causes and measures were attached, and every fault of the source with its line.
 */
@Command(name = "import", sortOptions = false)
final class ImportCommand implements Callable<Integer> {

	@Mixin
	private ImportArguments arguments = new ImportArguments();


	private final PrintStream out;
	private final PrintStream err;

	ImportCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	@Override
	public Integer call() {
		Path input = arguments.input();
		String profileName = arguments.profile();
		boolean force = arguments.force();
		OutputFile report = arguments.target(".dzr");
		if (!arguments.mayWrite(report, err)) {
			return Main.UNREADABLE;
		}
		List<Paragraph> paragraphs = arguments.paragraphs(err);
		if (paragraphs == null) {
			return Main.UNREADABLE;
		}
		Path folder = report.path().toAbsolutePath().getParent();
		Workspace workspace = new Workspace();
		workspace.load(List.of(), List.of(folder));
		String reportStem = report.path().getFileName().toString().replaceFirst("\\.[^.]+$", "");
		ReportImport.Result result = ReportImport.run(paragraphs, input.getFileName().toString(), profiles(workspace), profileName,
				AspectMatcher.asId("方案" + reportStem));
		if (result == null) {
			err.println(CliMessages.bind(CliMessages.UnknownProfile, profileName));
			return Main.USAGE;
		}
		if (result.profileText() != null) {
			OutputFile profile = new OutputFile(folder.resolve(reportStem + "-方案.dzlib"), force);
			String profileRefusal = profile.refusal(input);
			if (profileRefusal != null) {
				err.println(profileRefusal);
				return Main.UNREADABLE;
			}
			int written = profile.write(result.profileText().getBytes(StandardCharsets.UTF_8), out, err);
			if (written != Main.OK) {
				return written;
			}
			out.println(CliMessages.bind(CliMessages.DerivedProfile, result.profile().name(), profile.path()));
		}
		printSummary(input, result);
		return report.write(formatted(workspace, report.path(), result.report()).getBytes(StandardCharsets.UTF_8), out, err);
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

	private void printSummary(Path input, ReportImport.Result result) {
		Draft draft = result.draft();
		out.println(CliMessages.bind(CliMessages.ImportedReport, input, result.profile().name()));
		for (Draft.Aspect aspect : draft.aspects) {
			String name = aspect.id == null ? aspect.heading : aspect.id;
			out.println("  " + CliMessages.bind(CliMessages.AspectCounts, name, aspect.problems.size(), aspect.causes.size(),
					aspect.measures.size()));
		}
		out.println("  " + CliMessages.bind(CliMessages.CaseCount, draft.cases.size()));
		if (!draft.attachments.isEmpty()) {
			out.println(CliMessages.Attachments);
			for (Draft.Attachment a : draft.attachments) {
				out.println("  " + CliMessages.bind(CliMessages.Attachment, a.kind(), String.valueOf(a.line()), a.headline(),
						a.aspect() == null ? "—" : a.aspect(), a.how()));
			}
		}
		for (Draft.Finding f : draft.findings) {
			out.println(input + ":" + f.line() + ": " + CliMessages.Warning + ": " + f.message());
		}
	}
}
