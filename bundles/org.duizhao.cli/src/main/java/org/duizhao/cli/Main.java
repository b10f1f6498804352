package org.duizhao.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;

import org.duizhao.office.ReportSources;

import picocli.AutoComplete.GenerateCompletion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * {@code duizhao COMMAND ...}: the headless entry point. The commands are picocli commands whose help comes from
 * {@code help.properties}; what goes wrong on the command line is said in Chinese by {@link #usageError}.
 */
@Command(name = "duizhao", resourceBundle = "org.duizhao.cli.help", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
		usageHelpAutoWidth = true, scope = ScopeType.INHERIT)
public final class Main implements Callable<Integer> {

	/** Exit codes shared by every command. */
	public static final int OK = 0;
	public static final int FINDINGS = 1;
	public static final int UNREADABLE = 2;
	public static final int USAGE = 64;
	/** Not "errors found": the file was too large for the memory the JVM was given. */
	public static final int OUT_OF_MEMORY = 3;
	/** A fault of the program, not of the input (EX_SOFTWARE). */
	public static final int INTERNAL_ERROR = 70;

	/** The commands in the order the help lists them. */
	private static final Map<String, Class<?>> COMMANDS = commands();

	/** What is said when a command's files are not named at all. */
	private static final Map<String, String> NOTHING_NAMED = Map.of("validate", CliMessages.NoFiles, "export", CliMessages.NoFiles,
			"import", CliMessages.NoInput, "import-library", CliMessages.NoInput);

	@Spec
	private CommandSpec spec;

	private final PrintStream out;

	private Main(PrintStream out) {
		this.out = out;
	}

	public static void main(String[] args) {
		// Apache POI logs through Log4j's API; without a provider Log4j complains on every start.
		// What POI would log (a damaged file's parse error with its stack trace) the command says itself, in one line.
		System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
		// Guice would generate a class per injected type; for a command that lives half a second reflection is faster.
		System.setProperty("guice_bytecode_gen_option", "DISABLED");
		ReportSources.letReportsNameWordFiles();
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		int exit;
		try {
			exit = run(args, out, err);
		} catch (OutOfMemoryError e) {
			String message = CliMessages.bind(CliMessages.OutOfMemory, Runtime.getRuntime().maxMemory() / (1024 * 1024));
			err.println(message);
			if (wantsJson(args)) {
				new DiagnosticPrinter(out).printFailure(message, List.of());
			}
			exit = OUT_OF_MEMORY;
		}
		System.exit(exit);
	}

	/** Whether the run was asked for JSON on stdout, which it then gets whatever happens. */
	private static boolean wantsJson(String[] args) {
		List<String> words = Arrays.asList(args);
		int format = words.indexOf("--format");
		return words.contains("--format=json") || format >= 0 && format + 1 < words.size() && words.get(format + 1).equals("json");
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		return commandLine(out, err, args.length > 0 ? args[0] : "").execute(args);
	}

	private static Map<String, Class<?>> commands() {
		Map<String, Class<?>> commands = new LinkedHashMap<>();
		commands.put("validate", ValidateCommand.class);
		commands.put("import", ImportCommand.class);
		commands.put("export", ExportCommand.class);
		commands.put("import-library", ImportLibraryCommand.class);
		commands.put("profile", ProfileCommand.class);
		commands.put("review", ReviewCommand.class);
		commands.put("lsp", LspCommand.class);
		commands.put("generate-completion", GenerateCompletion.class);
		return commands;
	}

	/**
	 * The command tree writing to {@code out} and {@code err}: only the command named first when there is one (reading
	 * the annotations of all is a tenth of a short run), else all, for the help and the completion script.
	 */
	static CommandLine commandLine(PrintStream out, PrintStream err, String first) {
		CommandLine commandLine = new CommandLine(new Main(out), new Commands(out, err));
		boolean one = COMMANDS.containsKey(first) && !first.equals("generate-completion");
		COMMANDS.forEach((name, type) -> {
			if (!one || name.equals(first)) {
				commandLine.addSubcommand(name, type);
			}
		});
		if (!one) {
			commandLine.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
		}
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		commandLine.registerConverter(Path.class, FileNames::convert);
		commandLine.setParameterExceptionHandler((e, arguments) -> usageError(e, arguments, err));
		commandLine.setExecutionExceptionHandler((e, line, result) -> {
			if (e instanceof InvalidPathException path) {
				err.println(unencodablePath(path));
				return UNREADABLE;
			}
			err.println(CliMessages.bind(CliMessages.InternalError, e));
			e.printStackTrace(err);
			return INTERNAL_ERROR;
		});
		return commandLine;
	}

	/** {@code duizhao} alone: the list of commands, as a usage error. */
	@Override
	public Integer call() {
		spec.commandLine().usage(out);
		return USAGE;
	}

	/** One Chinese line saying what is wrong, then where the help is; exit code 64. */
	private static int usageError(ParameterException e, String[] arguments, PrintStream err) {
		CommandLine command = e.getCommandLine();
		String message = message(e, arguments, command);
		if (!message.isEmpty()) {
			err.println(message);
		}
		err.println(CliMessages.bind(CliMessages.SeeHelp, command.getCommandSpec().qualifiedName()));
		return USAGE;
	}

	/** A file name the JVM cannot pass to the system, said with the way out. */
	private static String unencodablePath(InvalidPathException e) {
		return FileNames.unencodable(e.getInput());
	}

	private static String message(ParameterException e, String[] arguments, CommandLine command) {
		if (e.getCause() instanceof InvalidPathException path) {
			return unencodablePath(path);
		}
		List<String> typed = Arrays.asList(arguments);
		if (e.getCause() instanceof TypeConversionException conversion) {
			return e.getArgSpec() instanceof OptionSpec option ? option.longestName() + ": " + conversion.getMessage() : conversion.getMessage();
		}
		if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
			String first = unmatched.getUnmatched().get(0);
			if (command.getParent() == null && !first.startsWith("-")) {
				return CliMessages.bind(CliMessages.UnknownCommand, first);
			}
			return CliMessages.bind(first.startsWith("-") ? CliMessages.UnknownOption : CliMessages.ExtraArgument, first);
		}
		String unknownOption = unknownOption(typed, command);
		if (unknownOption != null) {
			// picocli reports the files as missing when an unknown option stands where a file was meant
			return CliMessages.bind(CliMessages.UnknownOption, unknownOption);
		}
		if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
			ArgSpec arg = missing.getMissing().get(0);
			if (arg instanceof OptionSpec option) {
				boolean named = Arrays.stream(option.names()).anyMatch(typed::contains);
				return CliMessages.bind(named ? CliMessages.MissingValue : CliMessages.MissingOption, option.shortestName());
			}
			return NOTHING_NAMED.getOrDefault(command.getCommandName(), CliMessages.NoFiles);
		}
		if (e instanceof OverwrittenOptionException twice && twice.getOverwritten() instanceof OptionSpec option) {
			// -f and --force typed both: one option said twice
			return option.names().length > 1 ? CliMessages.bind(CliMessages.OptionTwiceNamed, option.longestName(), option.shortestName())
					: CliMessages.bind(CliMessages.OptionTwice, option.longestName());
		}
		return e.getMessage() == null ? "" : CliMessages.bind(CliMessages.BadArguments, e.getMessage());
	}

	/** The first typed word that looks like an option but is none of the command's, or {@code null}. */
	private static String unknownOption(List<String> typed, CommandLine command) {
		CommandSpec spec = command.getCommandSpec();
		for (String word : typed.subList(Math.min(1, typed.size()), typed.size())) {
			if (word.equals("--")) {
				return null;
			}
			String name = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
			if (word.length() > 1 && word.startsWith("-") && spec.findOption(name) == null && !name.matches("-\\d.*")) {
				return word;
			}
		}
		return null;
	}

	/** Creates the commands with the streams they write to. */
	private record Commands(PrintStream out, PrintStream err) implements CommandLine.IFactory {

		@Override
		public <K> K create(Class<K> type) throws Exception {
			try {
				return type.getDeclaredConstructor(PrintStream.class, PrintStream.class).newInstance(out, err);
			} catch (NoSuchMethodException e) {
				return CommandLine.defaultFactory().create(type);
			}
		}
	}

	/** {@code duizhao --version}: the version the build wrote into version.properties. */
	static final class Version implements IVersionProvider {

		@Override
		public String[] getVersion() throws IOException {
			Properties properties = new Properties();
			try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
				if (in != null) {
					properties.load(in);
				}
			}
			String pattern = ResourceBundle.getBundle("org.duizhao.cli.help").getString("version.line");
			return new String[] { CliMessages.bind(pattern, properties.getProperty("version", "?"), System.getProperty("java.version")) };
		}
	}
}
