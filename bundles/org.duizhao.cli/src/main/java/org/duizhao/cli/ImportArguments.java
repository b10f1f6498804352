package org.duizhao.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.duizhao.dsl.importer.ReportImporter.Paragraph;
import org.duizhao.dsl.io.UndecodableTextException;
import org.duizhao.office.ReportSources;
import org.duizhao.office.UnreadableDocumentException;

/**
 * The arguments both importers take: one input file, {@code -o OUT}, {@code --profile NAME}, {@code --force}. A
 * wrong or incomplete command line is said on {@code err} and gives {@code null} (exit code 64).
 */
record ImportArguments(Path input, Path output, String profile, boolean force) {

	static ImportArguments parse(String[] args, PrintStream err) {
		Path input = null;
		Path output = null;
		String profile = null;
		boolean force = false;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			boolean needsValue = arg.equals("-o") || arg.equals("--output") || arg.equals("--profile");
			if (needsValue && i + 1 >= args.length) {
				err.println(CliMessages.bind(CliMessages.MissingValue, arg));
				return null;
			}
			switch (arg) {
			case "-o", "--output" -> output = Path.of(args[++i]);
			case "--profile" -> profile = args[++i];
			case "-f", "--force" -> force = true;
			default -> {
				if (arg.startsWith("-") || input != null) {
					err.println(CliMessages.bind(CliMessages.UnknownOption, arg));
					return null;
				}
				input = Path.of(arg);
			}
			}
		}
		if (input == null) {
			err.println(CliMessages.NoInput);
			err.print(CliMessages.Usage);
			return null;
		}
		return new ImportArguments(input, output, profile, force);
	}

	/**
	 * The input's paragraphs (Word, Markdown or text in any encoding the project reads), or {@code null} when it
	 * cannot be read, said on {@code err} in one line naming the file.
	 */
	List<Paragraph> paragraphs(PrintStream err) {
		try {
			return ReportSources.paragraphs(input);
		} catch (UndecodableTextException | UnreadableDocumentException e) {
			err.println(e.getMessage());
		} catch (IOException | RuntimeException e) {
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
		return input.getFileName().toString().replaceFirst("\\.[^.]+$", "");
	}

	/** Where the result goes: {@code -o}, else beside the input with {@code extension}. */
	OutputFile target(String extension) {
		return new OutputFile(output != null ? output : input.resolveSibling(stem() + extension), force);
	}
}
