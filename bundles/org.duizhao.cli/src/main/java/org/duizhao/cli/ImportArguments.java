package org.duizhao.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.duizhao.dsl.importer.ReportImport;
import org.duizhao.dsl.io.IoMessages;
import org.duizhao.dsl.io.UndecodableTextException;
import org.duizhao.office.NotARegularFileException;
import org.duizhao.office.ReportSources;
import org.duizhao.office.UnreadableDocumentException;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The arguments both importers take (a picocli mixin): one input file, {@code -o OUT}, {@code --profile NAME},
 * {@code --force}.
 */
final class ImportArguments {

	@Parameters(index = "0", paramLabel = "FILE", descriptionKey = "input")
	private Path input;

	@Option(names = { "-o", "--output" }, paramLabel = "OUT")
	private Path output;

	@Option(names = "--profile", paramLabel = "PROFILE")
	private String profile;

	@Option(names = { "-f", "--force" })
	private boolean force;

	Path input() {
		return input;
	}

	String profile() {
		return profile;
	}

	boolean force() {
		return force;
	}

	/**
	 * The input's paragraphs (Word, Markdown or text in any encoding the project reads), or {@code null} when it
	 * cannot be read, said on {@code err} in one line naming the file.
	 */
	ReportSources.Source source(PrintStream err) {
		return source(input, err);
	}

	/** The paragraphs of {@code file}, or {@code null} when it cannot be read, said on {@code err} in one line. */
	static ReportSources.Source source(Path file, PrintStream err) {
		Path input = file;
		try {
			return ReportSources.read(input);
		} catch (UndecodableTextException | UnreadableDocumentException | NotARegularFileException e) {
			err.println(e.getMessage());
		} catch (IOException e) {
			err.println(CliMessages.bind(CliMessages.Unreadable, input, e instanceof NoSuchFileException ? CliMessages.NoSuchFile : IoMessages.reason(e)));
		} catch (RuntimeException e) {
			err.println(CliMessages.bind(CliMessages.Unreadable, input, e.getMessage() == null ? e.toString() : e.getMessage()));
		}
		return null;
	}

	/** Whether {@code target} may be written; if not, why is said on {@code err}. */
	boolean mayWrite(OutputFile target, PrintStream err) {
		String refusal = target.refusal(input);
		if (refusal != null) {
			err.println(refusal);
		}
		return refusal == null;
	}

	/** The input's name without its extension (清单.txt → 清单). */
	String stem() {
		return ReportImport.stem(input);
	}

	/** Where the result goes: {@code -o}, else beside the input with {@code extension}. */
	OutputFile target(String extension) {
		return new OutputFile(output != null ? output : input.resolveSibling(stem() + extension), force);
	}
}
