package org.duizhao.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.duizhao.dsl.importer.LibraryWriter;
import org.duizhao.dsl.importer.ProblemListImporter;
import org.duizhao.dsl.importer.ProfileAspects;
import org.duizhao.dsl.profiles.BuiltinProfiles;
import org.duizhao.model.Profile;
import org.duizhao.office.ReportSources;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code duizhao import-library LIST.txt|LIST.docx [-o NAME.dzlib] [--profile NAME] [--force]}: turns a circulated problem
 * list into a library, prints what went where, and keeps whatever it could not place as comments in the file.
 */
@Command(name = "import-library", sortOptions = false)
final class ImportLibraryCommand implements Callable<Integer> {

	@Mixin
	private ImportArguments arguments = new ImportArguments();


	private final PrintStream out;
	private final PrintStream err;

	ImportLibraryCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	@Override
	public Integer call() {
		Path input = arguments.input();
		String profileName = arguments.profile();
		String fileName = input.getFileName().toString();
		String title = arguments.stem();
		OutputFile target = arguments.target(".dzlib");
		if (!arguments.mayWrite(target, err)) {
			return Main.UNREADABLE;
		}
		ReportSources.Source source = arguments.source(err);
		if (source == null) {
			return Main.UNREADABLE;
		}
		Workspace workspace = new Workspace();
		Profile profile = profile(workspace, profileName);
		if (profile == null) {
			err.println(CliMessages.bind(CliMessages.UnknownProfile, profileName));
			return Main.USAGE;
		}
		ProblemListImporter.Result result = new ProblemListImporter(ProfileAspects.of(profile)).parse(source.paragraphs());
		String library = LibraryWriter.write(result, title, fileName,
				BuiltinProfiles.DEFAULT_PROFILE.equals(profile.getName()) ? null : profile.getName());
		printSummary(result);
		return target.write(library.getBytes(StandardCharsets.UTF_8), out, err);
	}

	private void printSummary(ProblemListImporter.Result result) {
		out.println(CliMessages.bind(CliMessages.ImportedItems, result.itemCount()));
		for (Map.Entry<String, Integer> entry : result.counts().entrySet()) {
			out.println("  " + entry.getKey() + "\t" + entry.getValue());
		}
		if (!result.skipped().isEmpty()) {
			out.println(CliMessages.bind(CliMessages.SkippedLines, result.skipped().size()));
			for (ProblemListImporter.Skipped s : result.skipped()) {
				String excerpt = s.text().length() > 30 ? s.text().substring(0, 30) + "…" : s.text();
				out.println("  " + CliMessages.bind(CliMessages.SkippedLine, s.line(), s.reason(), excerpt));
			}
		}
	}

	private static Profile profile(Workspace workspace, String name) {
		BuiltinProfiles builtins = workspace.injector().getInstance(BuiltinProfiles.class);
		if (name == null) {
			return builtins.defaultProfile();
		}
		return builtins.profiles().stream().filter(p -> p.getName().equals(name)).findFirst().orElse(null);
	}
}
