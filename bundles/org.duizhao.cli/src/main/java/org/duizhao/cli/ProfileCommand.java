package org.duizhao.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.duizhao.dsl.importer.AspectMatcher;
import org.duizhao.dsl.importer.ImportMessages;
import org.duizhao.dsl.importer.NoticeReader;
import org.duizhao.dsl.importer.ProfileAspects;
import org.duizhao.dsl.importer.ProfileAspects.AspectName;
import org.duizhao.dsl.importer.ReportImport;
import org.duizhao.dsl.io.IoMessages;
import org.duizhao.dsl.library.LibraryFiles;
import org.duizhao.office.ReportSources;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code duizhao profile --from-notice NOTICE [-o OUT.dzlib] [--name NAME] [--force]}: next year's profile from the
 * notice's text — the aspects it asks reports to check, listed for the user to confirm, written as a .dzlib to the
 * user's library folder (which the editor and the command line load) or to {@code -o}.
 */
@Command(name = "profile", sortOptions = false)
final class ProfileCommand implements Callable<Integer> {

	@Option(names = "--from-notice", required = true, paramLabel = "NOTICE")
	private Path notice;

	@Option(names = { "-o", "--output" }, paramLabel = "OUT")
	private Path output;

	@Option(names = "--name", paramLabel = "NAME")
	private String name;

	@Option(names = { "-f", "--force" })
	private boolean force;

	private final PrintStream out;
	private final PrintStream err;

	ProfileCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	@Override
	public Integer call() {
		ReportSources.Source source = ImportArguments.source(notice, err);
		if (source == null) {
			return Main.UNREADABLE;
		}
		NoticeReader.Found found = NoticeReader.read(source.paragraphs());
		if (found.aspects().isEmpty()) {
			err.println(CliMessages.bind(CliMessages.NoticeWithoutAspects, notice));
			return Main.UNREADABLE;
		}
		String profileName = name != null ? AspectMatcher.asId(name) : found.name();
		out.println(CliMessages.bind(CliMessages.NoticeAspects, notice.getFileName(), found.aspects().size(), profileName));
		for (AspectName aspect : found.aspects()) {
			out.println("  " + CliMessages.bind(CliMessages.NoticeAspect, aspect.id(), aspect.label()));
		}
		Path path = output != null ? output : LibraryFiles.defaultUserFolder().resolve(profileName + ".dzlib");
		if (output == null) {
			try {
				Files.createDirectories(path.getParent()); // the user's library folder is made on first use; -o names a folder that exists
			} catch (IOException e) {
				err.println(CliMessages.bind(CliMessages.Unwritable, path.getParent(), IoMessages.reason(e)));
				return Main.UNREADABLE;
			}
		}
		OutputFile target = new OutputFile(path, force);
		String refusal = target.refusal(notice);
		if (refusal != null) {
			err.println(refusal);
			return Main.UNREADABLE;
		}
		String text = ReportImport.profileText(new ProfileAspects(profileName, found.title(), found.aspects()),
				ImportMessages.bind(ImportMessages.FromNotice, notice.getFileName()));
		return target.write(text.getBytes(StandardCharsets.UTF_8), out, err);
	}

}
