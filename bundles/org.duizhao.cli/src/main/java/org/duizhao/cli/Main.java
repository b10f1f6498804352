package org.duizhao.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** {@code duizhao COMMAND ...}: the headless entry point. */
public final class Main {

	/** Exit codes shared by every command. */
	public static final int OK = 0;
	public static final int FINDINGS = 1;
	public static final int UNREADABLE = 2;
	public static final int USAGE = 64;
	/** Not "errors found": the file was too large for the memory the JVM was given. */
	public static final int OUT_OF_MEMORY = 3;

	private Main() {
	}

	public static void main(String[] args) {
		// Apache POI logs through Log4j's API; without a provider Log4j complains on every start.
		// What POI would log (a damaged file's parse error with its stack trace) the command says itself, in one line.
		System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		int exit;
		try {
			exit = run(args, out, err);
		} catch (OutOfMemoryError e) {
			err.println(CliMessages.bind(CliMessages.OutOfMemory, Runtime.getRuntime().maxMemory() / (1024 * 1024)));
			exit = OUT_OF_MEMORY;
		}
		System.exit(exit);
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help") || args[0].equals("help")) {
			out.print(CliMessages.Usage);
			return args.length == 0 ? USAGE : OK;
		}
		String[] rest = Arrays.copyOfRange(args, 1, args.length);
		switch (args[0]) {
		case "validate":
			return new ValidateCommand(out, err).run(rest);
		case "import":
			return new ImportCommand(out, err).run(rest);
		case "export":
			return new ExportCommand(out, err).run(rest);
		case "import-library":
			return new ImportLibraryCommand(out, err).run(rest);
		case "bench":
			return new BenchCommand(out).run(rest);
		default:
			err.println(CliMessages.bind(CliMessages.UnknownCommand, args[0]));
			err.print(CliMessages.Usage);
			return USAGE;
		}
	}
}
