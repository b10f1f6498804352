package org.duizhao.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.duizhao.dsl.DuizhaoStandaloneSetup;
import org.duizhao.dsl.depth.DepthCheck;
import org.duizhao.dsl.depth.DepthEvaluation;
import org.duizhao.dsl.depth.DepthReader;
import org.duizhao.dsl.depth.DepthWords;
import org.duizhao.dsl.ide.DuizhaoIdeSetup;
import org.duizhao.dsl.ide.analysis.Analysis;
import org.duizhao.dsl.ide.analysis.DocumentAnalyzer;
import org.duizhao.dsl.ide.analysis.OutlineBuilder;
import org.duizhao.dsl.ide.contentassist.Completions;
import org.duizhao.dsl.ide.highlighting.Highlighter;
import org.duizhao.dsl.importer.DraftReader;
import org.duizhao.dsl.importer.ProfileAspects;
import org.duizhao.dsl.importer.ReportImport;
import org.duizhao.dsl.io.AtomicFiles;
import org.duizhao.dsl.io.IoMessages;
import org.duizhao.dsl.io.TextFiles;
import org.duizhao.dsl.syntax.ReportSyntax;
import org.duizhao.dsl.syntax.ReportSyntax.Keyword;
import org.duizhao.dsl.text.ChineseNumerals;
import org.duizhao.dsl.text.NearDuplicates;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;

import com.google.inject.Injector;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The speed benchmark ({@code bash releng/bench.sh}, docs/benchmark.md): the speed figures with their targets, each
 * the median of repeated warm runs on generated reports with distinct text and real 针对 links, beside a baseline
 * measured in the same run (reading and decoding the same file). Prints a table and writes it to
 * target/bench/results.md. A benchmark, never a timed test; it lives beside the tests, not among the user's commands.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measures the speed figures against their targets.")
final class Bench implements Callable<Integer> {

	private static final int RUNS = 7;

	/** One line of the table. */
	private record Figure(String what, String measured, String target, Boolean met) {
	}

	private final PrintStream out;
	private final PrintStream err;
	private final List<Figure> figures = new ArrayList<>();
	private Injector injector;
	private Injector ideInjector;
	private IResourceValidator validator;

	Bench(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/** One figure (or two side by side) of the table. */
	private interface Figures {
		void measure() throws IOException, InterruptedException;
	}

	public static void main(String[] args) {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		System.exit(new CommandLine(new Bench(out, err)).execute(args));
	}

	/** The figures to measure (comma-separated names of {@link #figures()}); all when none is named. */
	@Option(names = "--only", split = ",", paramLabel = "FIGURE",
			description = "check, linearity, near-duplicates, editor, proposals, validate, folder, office, import, start, review, review-folder")
	private List<String> only = new ArrayList<>();

	/** The labelled statements of the depth checks: dev*.tsv tuned on, heldout.tsv never. */
	@Option(names = "--corpus", paramLabel = "FOLDER")
	private Path corpus = Path.of("bundles", "org.duizhao.cli", "src", "test", "resources", "review-corpus");

	private Map<String, Figures> figures() {
		Map<String, Figures> all = new LinkedHashMap<>();
		all.put("check", this::wholeCheckOfAMegabyte);
		all.put("linearity", this::linearity);
		all.put("near-duplicates", this::nearDuplicates);
		all.put("editor", this::editorAfterAnEdit);
		all.put("proposals", this::libraryProposals);
		all.put("validate", this::endToEnd);
		all.put("folder", this::folder);
		all.put("office", this::importAndExport);
		all.put("import", this::importOfALargeDraft);
		all.put("start", this::productStart);
		all.put("review", this::review);
		all.put("review-folder", this::reviewFolder);
		return all;
	}

	@Override
	public Integer call() {
		injector = new DuizhaoStandaloneSetup().createInjectorAndDoEMFRegistration();
		validator = injector.getInstance(IResourceValidator.class);
		try {
			for (Map.Entry<String, Figures> figure : figures().entrySet()) {
				if (only.isEmpty() || only.contains(figure.getKey())) {
					figure.getValue().measure();
				}
			}
			writeResults();
			return Main.OK;
		} catch (IOException e) {
			err.println(CliMessages.bind(CliMessages.Unwritable, e instanceof FileSystemException f ? f.getFile() : "", IoMessages.reason(e)));
			return Main.UNREADABLE;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Main.UNREADABLE;
		}
	}

	private void wholeCheckOfAMegabyte() throws IOException {
		int items = 60;
		while (GeneratedReports.report(items).getBytes(StandardCharsets.UTF_8).length < 1_000_000) {
			items += 300;
		}
		String text = GeneratedReports.report(items);
		// two reports of the same size in turn: what the checks keep of their last run must not help here
		String other = GeneratedReports.report(items, 7);
		boolean[] turn = { false };
		// a folder of its own: reports of the same meeting beside it would be compared for copied text
		Path file = Files.createTempDirectory("duizhao-bench").resolve("材料.dzr");
		Files.writeString(file, text);
		double baseline = median(() -> {
			try {
				return TextFiles.read(file).text().length();
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
		double check = median(() -> check((turn[0] = !turn[0]) ? text : other));
		resetPeaks();
		check(text);
		long peak = peakHeapMb();
		Files.delete(file);
		figures.add(new Figure("whole check (parse, link, validate) of a 1 MB report (" + items + " items)",
				String.format("%.0f ms (reading it: %.1f ms; peak heap %d MB)", check, baseline, peak), "< 200 ms", check < 200));
	}

	private void linearity() {
		String[] small = { GeneratedReports.report(2_000), GeneratedReports.report(2_000, 7) };
		String[] large = { GeneratedReports.report(20_000), GeneratedReports.report(20_000, 7) };
		int[] turn = { 0 };
		Scaling scaling = scaling(() -> check(small[turn[0]++ % 2]), 2_000, () -> check(large[turn[0]++ % 2]), 20_000);
		figures.add(new Figure("time per item at 20,000 items / at 2,000", scaling.toString(), "≤ 1.5 (linear)", scaling.ratio() <= 1.5));
	}

	private void nearDuplicates() {
		List<String> thousand = GeneratedReports.texts(1_000);
		List<String> fiveThousand = GeneratedReports.texts(5_000);
		// a new instance each run: nothing kept from the run before
		Scaling scaling = scaling(() -> new NearDuplicates().find(thousand).size(), 1_000, () -> new NearDuplicates().find(fiveThousand).size(),
				5_000);
		figures.add(new Figure("near-duplicate check per item, 5,000 / 1,000 items", scaling.toString(), "≤ 1.5 (linear)",
				scaling.ratio() <= 1.5));
	}

	/** Time per item of a large run over that of a small one (median of rounds), and the two times in µs. */
	private record Scaling(double ratio, double smallMicros, double largeMicros) {
		@Override
		public String toString() {
			return String.format("%.2f (per item: %.1f µs large, %.1f µs small)", ratio, largeMicros, smallMicros);
		}
	}

	/**
	 * Rounds of one large run and as many small runs as make the same number of items, side by side, so that both
	 * meet the same state of compiler, caches and collector; the median of the rounds' ratios. A small run alone
	 * lasts a few milliseconds, where a single collection would decide the figure.
	 */
	private static Scaling scaling(Supplier<Object> small, int smallItems, Supplier<Object> large, int largeItems) {
		int repeat = largeItems / smallItems;
		Supplier<Object> smallBatch = () -> {
			for (int i = 0; i < repeat; i++) {
				small.get();
			}
			return null;
		};
		median(smallBatch); // warm-up of both
		median(large);
		int rounds = 9;
		double[] ratios = new double[rounds];
		double[] smallTimes = new double[rounds];
		double[] largeTimes = new double[rounds];
		for (int round = 0; round < rounds; round++) {
			smallTimes[round] = time(smallBatch) / largeItems;
			largeTimes[round] = time(large) / largeItems;
			ratios[round] = largeTimes[round] / smallTimes[round];
		}
		return new Scaling(median(ratios), median(smallTimes) * 1000, median(largeTimes) * 1000);
	}

	private static double time(Supplier<Object> work) {
		long start = System.nanoTime();
		work.get();
		return (System.nanoTime() - start) / 1e6;
	}

	/** {@code duizhao validate} of the example as a user runs it: bin/duizhao, a new JVM each time. */
	private void endToEnd() throws IOException, InterruptedException {
		Path example = example();
		String launcher = System.getProperty("duizhao.launcher");
		if (!Files.exists(example) || launcher == null) {
			figures.add(new Figure("duizhao validate of the example, end to end", "not measured (run through bin/duizhao)", "< 500 ms", null));
			return;
		}
		List<String> command = List.of(launcher, "validate", example.toString());
		run(command); // the first run after a build makes the start-up cache
		double[] times = new double[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			run(command);
			times[i] = (System.nanoTime() - start) / 1e6;
		}
		double median = median(times);
		figures.add(new Figure("duizhao validate of the example, end to end", String.format("%.0f ms", median), "< 500 ms", median < 500));
	}

	private static void run(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.descendants().forEach(ProcessHandle::destroyForcibly); // the JVM under xvfb-run, too
			process.destroyForcibly();
		}
	}

	private static Path example() {
		return Path.of(System.getProperty("duizhao.examples", "examples"), "2023-班子对照检查材料.dzr");
	}

	private void folder() throws IOException {
		Path folder = Files.createTempDirectory("duizhao-bench-folder");
		for (int i = 0; i < 200; i++) {
			Files.writeString(folder.resolve("材料" + i + ".dzr"), GeneratedReports.report(60 + i % 7));
		}
		double ms = median(() -> Main.run(new String[] { "validate", folder.toString() }, new PrintStream(new ByteArrayOutputStream()),
				new PrintStream(new ByteArrayOutputStream())));
		double rate = 200 / (ms / 1000);
		figures.add(new Figure("a folder of 200 reports", String.format("%.0f reports/s", rate), "> 300 reports/s", rate > 300));
	}

	/** duizhao review of 200 reports with a folder of 50 past ones to compare with (copied text looked up in all). */
	private void reviewFolder() throws IOException {
		Path folder = Files.createTempDirectory("duizhao-bench-review");
		Path past = Files.createTempDirectory("duizhao-bench-past");
		for (int i = 0; i < 200; i++) {
			Files.writeString(folder.resolve("材料" + i + ".dzr"), GeneratedReports.report(60 + i % 7, i));
		}
		for (int i = 0; i < 50; i++) {
			Files.writeString(past.resolve("往年" + i + ".dzr"), GeneratedReports.report(60 + i % 5, 1000 + i));
		}
		double ms = median(() -> Main.run(new String[] { "review", folder.toString(), "--compare", past.toString(), "--to", "json" },
				new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream())));
		double rate = 200 / (ms / 1000);
		figures.add(new Figure("duizhao review of 200 reports with --compare (50 past reports)", String.format("%.0f reports/s", rate),
				"> 100 reports/s", rate > 100));
	}

	/**
	 * What runs on a pause in typing in a 1 MB report: the editor's analysis (the report kept from the last pause and
	 * re-parsed where it changed, libraries kept until their file changes, checks), its outline and its colouring.
	 */
	private void editorAfterAnEdit() throws IOException {
		String text = GeneratedReports.megabyte();
		URI uri = URI.createFileURI(Files.createTempDirectory("duizhao-bench-editor").resolve("材料.dzr").toString());
		DocumentAnalyzer analyzer = ide().getInstance(DocumentAnalyzer.class);
		OutlineBuilder outline = ide().getInstance(OutlineBuilder.class);
		Highlighter highlighter = ide().getInstance(Highlighter.class);
		int at = text.indexOf("\"", text.length() / 2) + 1;
		int[] edits = { 0 };
		Supplier<Object> pause = () -> {
			// type a character, then take it away again: every run is one edit of one character
			String edited = edits[0]++ % 2 == 0 ? text.substring(0, at) + "学" + text.substring(at) : text;
			Analysis analysis = analyzer.analyzeEdit(uri, edited, List.of(), CancelIndicator.NullImpl);
			return outline.build(analysis).size() + analysis.read(model -> highlighter.semantic(model.resource())).size() + analysis.issues().size();
		};
		analyzer.analyzeEdit(uri, text, List.of(), CancelIndicator.NullImpl);
		double ms = median(pause);
		analyzer.forget(uri);
		figures.add(new Figure("editor's work after a one-character edit in a 1 MB report (parse, check, outline, colouring)",
				String.format("%.0f ms", ms), "< 150 ms", ms < 150));
	}

	/** Content assist on an empty line of a section, with a library of 5,000 items for its aspect beside the report. */
	private void libraryProposals() throws IOException {
		Path folder = Files.createTempDirectory("duizhao-bench-library");
		Files.writeString(folder.resolve("大问题库.dzlib"), GeneratedReports.library(5_000));
		String text = GeneratedReports.HEADER + ReportSyntax.section("理论学习", List.of(ReportSyntax.item(Keyword.PROBLEM, "P1", "学习不够深入。", null), ""))
				+ "\n";
		int offset = text.indexOf("\t\n") + 1;
		URI uri = URI.createFileURI(folder.resolve("材料.dzr").toString());
		DocumentAnalyzer analyzer = ide().getInstance(DocumentAnalyzer.class);
		Completions completions = ide().getInstance(Completions.class);
		Analysis analysis = analyzer.analyze(uri, text, List.of(folder));
		int[] count = { 0 };
		double ms = median(() -> count[0] = analysis.read(model -> completions.complete(model.resource(), text, offset)).size());
		analyzer.forget(uri);
		figures.add(new Figure("library proposals for a section with a 5,000-item library (" + count[0] + " proposals)",
				String.format("%.0f ms", ms), "< 50 ms", ms < 50));
	}

	/** Import of the example's text and export of the example to DOCX, in this JVM (warm), as the editor runs them. */
	private void importAndExport() throws IOException {
		Path example = example();
		if (!Files.exists(example)) {
			return;
		}
		Path folder = Files.createTempDirectory("duizhao-bench-office");
		Path exported = folder.resolve("导出.docx");
		PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
		double export = median(() -> Main.run(new String[] { "export", example.toString(), "--to", "docx", "-o", exported.toString(), "--force" },
				quiet, quiet));
		Path imported = folder.resolve("导入.dzr");
		double importing = median(() -> Main.run(new String[] { "import", exported.toString(), "-o", imported.toString(), "--force" }, quiet,
				quiet));
		figures.add(new Figure("export of the example to DOCX / import of that DOCX", String.format("%.0f ms / %.0f ms", export, importing),
				"—", null));
	}

	/**
	 * The importer on a 2 MB draft (six aspects, problems inline after their headings, causes and measures written
	 * once for the report), warm, in this JVM; and its time per paragraph against a draft a tenth that size.
	 */
	private void importOfALargeDraft() {
		List<ProfileAspects> profiles = new Workspace().profiles().stream().map(ProfileAspects::of).toList();
		String large = draft(2 * 1024 * 1024);
		String small = draft(200 * 1024);
		Supplier<Object> importLarge = () -> importDraft(large, profiles);
		double ms = median(importLarge);
		Scaling scaling = scaling(() -> importDraft(small, profiles), 200, importLarge, 2_000); // items are KB here
		figures.add(new Figure("import of a 2 MB draft (read, place, write the .dzr)", String.format("%.0f ms", ms), "< 1 s", ms < 1000));
		figures.add(new Figure("import time per KB, 2 MB / 200 KB", scaling.toString(), "≤ 1.5 (linear)", scaling.ratio() <= 1.5));
	}

	private static Object importDraft(String text, List<ProfileAspects> profiles) {
		return ReportImport.run(new ReportImport.Request(ReportImport.lines(text), "基准.txt", DraftReader.Unit.LINE, profiles,
				Optional.empty(), "基准")).orElseThrow().report().length();
	}

	/** A draft of about {@code bytes} in UTF-8 in the most common Word layout, wording varied by a seeded random. */
	private static String draft(int bytes) {
		String[] aspects = { "理论学习", "政治素质", "能力本领", "担当作为", "工作作风", "廉洁自律" };
		String[] words = { "学习", "调研", "落实", "监督", "制度", "群众", "基层", "项目", "会议", "台账", "整改", "督导" };
		Random random = new Random(9);
		int perAspect = Math.max(1, bytes / 6 / 180);
		StringBuilder sb = new StringBuilder("2023年主题教育专题民主生活会班子对照检查材料\n按照要求，班子开展了学习研讨。\n一、存在的问题\n");
		for (int a = 0; a < aspects.length; a++) {
			sb.append("（").append(ChineseNumerals.of(a + 1)).append("）在").append(aspects[a]).append("方面。");
			for (int p = 1; p <= perAspect; p++) {
				sb.append(p).append('.').append(words[random.nextInt(words.length)]).append("工作还不够扎实。").append("比如，")
						.append(2020 + random.nextInt(5)).append("年有").append(random.nextInt(30) + 1).append("项")
						.append(words[random.nextInt(words.length)]).append("任务推进缓慢。");
				if (p % 40 == 0) {
					sb.append('\n'); // Word drafts break long runs of items into paragraphs now and then
				}
			}
			sb.append('\n');
		}
		sb.append("二、问题的原因\n");
		for (int a = 0; a < aspects.length; a++) {
			for (int c = 0; c < Math.max(1, perAspect / 20); c++) {
				sb.append("（").append(c + 1).append("）").append(aspects[a]).append("上要求不严。").append(words[random.nextInt(words.length)])
						.append("抓得不紧。\n");
			}
		}
		sb.append("三、整改措施\n");
		for (int a = 0; a < aspects.length; a++) {
			sb.append("（").append(ChineseNumerals.of(a + 1)).append("）加强").append(aspects[a]).append("。每季度检查一次。\n");
		}
		return sb.append("以上对照检查，请批评指正。\n").toString();
	}

	/**
	 * The product's cold start to a painted editor on the example, under Xvfb: a new JVM each time, which writes the
	 * time from its start to the first paint of the editor and quits (duizhao.startupReport).
	 */
	private void productStart() throws IOException, InterruptedException {
		Path product = Path.of(System.getProperty("duizhao.product", "releng/org.duizhao.product/target/products/org.duizhao.product/linux/gtk/"
				+ (System.getProperty("os.arch").equals("aarch64") ? "aarch64" : "x86_64") + "/duizhao-studio"));
		Path plugins = product.resolve("plugins");
		Path launcher = null;
		if (Files.isDirectory(plugins)) {
			try (var files = Files.list(plugins)) {
				launcher = files.filter(p -> p.getFileName().toString().startsWith("org.eclipse.equinox.launcher_")).findFirst().orElse(null);
			}
		}
		if (launcher == null || !Files.exists(example()) || !onPath("xvfb-run")) {
			figures.add(new Figure("product cold start to a painted editor under Xvfb", "not measured (product not built or no xvfb-run)",
					"< 2.5 s", null));
			return;
		}
		// the JVM options the product's start scripts read
		Path optionsFile = product.resolve("studio.options");
		List<String> options = Files.exists(optionsFile)
				? Arrays.stream(Files.readAllLines(optionsFile).get(0).strip().split("\\s+")).filter(o -> !o.isEmpty()).toList()
				: List.of();
		// as releng/run.sh starts it: from a class-data sharing archive, which the first (uncounted) start writes
		Path archive = Files.createTempDirectory("duizhao-start-cds").resolve("studio.jsa");
		// six counted starts: a start that stalls (one in six did, before StudioWorkbenchAdvisor.openWindows) shows
		// as the slowest, which the median hides
		double[] times = new double[7];
		double[] analysed = new double[7];
		for (int i = 0; i < times.length; i++) {
			Path report = Files.createTempFile("duizhao-start", ".txt");
			Path workspace = Files.createTempDirectory("duizhao-start-ws");
			List<String> command = new ArrayList<>(List.of("xvfb-run", "-a", "-s", "-screen 0 1600x1000x24",
					Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dduizhao.startupReport=" + report,
					"-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
			if (Runtime.version().feature() >= 24) {
				command.add("--sun-misc-unsafe-memory-access=allow");
			}
			command.addAll(options);
			command.addAll(List.of("-jar", launcher.toString(), "-data", workspace.toString(), example().toAbsolutePath().toString()));
			run(command);
			// "paint analysed": the report's text drawn, then its first analysis (colours, markers, verdict)
			String[] written = Files.readString(report).strip().split(" ");
			times[i] = written.length == 2 ? Double.parseDouble(written[0]) : Double.NaN;
			analysed[i] = written.length == 2 && !written[1].startsWith("-") ? Double.parseDouble(written[1]) : Double.NaN;
		}
		startFigure("product cold start to a painted editor under Xvfb (JVM start to first paint; median, slowest of 6)", times, "< 2.5 s", 2500);
		startFigure("product cold start to the first analysis drawn (colours, markers, verdict; median, slowest of 6)", analysed, "—", Double.NaN);
	}

	private void startFigure(String name, double[] times, String target, double targetMillis) {
		double[] counted = Arrays.copyOfRange(times, 1, times.length);
		double median = median(counted);
		double slowest = Arrays.stream(counted).max().orElse(Double.NaN);
		figures.add(new Figure(name, Double.isNaN(median) ? "failed" : String.format("%.1f s, %.1f s", median / 1000, slowest / 1000), target,
				Double.isNaN(targetMillis) ? null : median < targetMillis));
	}

	private static boolean onPath(String program) {
		return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":")).anyMatch(d -> Files.isExecutable(Path.of(d, program)));
	}

	private Injector ide() {
		if (ideInjector == null) {
			ideInjector = new DuizhaoIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return ideInjector;
	}

	/** Precision and recall of each depth check on the development half and on the held-out half of the corpus. */
	private void review() throws IOException {
		if (!Files.isDirectory(corpus)) {
			figures.add(new Figure("depth checks on the labelled corpus", "not measured (no " + corpus + ")", "", null));
			return;
		}
		List<DepthEvaluation.Labelled> development = new ArrayList<>();
		try (var files = Files.list(corpus)) {
			for (Path file : files.filter(f -> f.getFileName().toString().matches("dev.*\\.tsv")).sorted().toList()) {
				development.addAll(DepthEvaluation.parse(Files.readString(file)));
			}
		}
		List<DepthEvaluation.Labelled> heldOut = DepthEvaluation.parse(Files.readString(corpus.resolve("heldout.tsv")));
		DepthReader reader = new DepthReader(DepthWords.builtin());
		var dev = DepthEvaluation.evaluate(reader, development);
		var held = DepthEvaluation.evaluate(reader, heldOut);
		for (DepthCheck check : dev.keySet()) {
			DepthEvaluation.Score d = dev.get(check);
			DepthEvaluation.Score h = held.get(check);
			figures.add(new Figure("depth." + check.label() + ": precision / recall, development (" + development.size()
					+ ") · held-out (" + heldOut.size() + ")",
					String.format("%.2f / %.2f · %.2f / %.2f", d.precision(), d.recall(), h.precision(), h.recall()),
					"held-out ≥ 0.85 / ≥ 0.75", h.precision() >= 0.85 && h.recall() >= 0.75));
		}
	}

	private void writeResults() throws IOException {
		StringBuilder table = new StringBuilder("| figure | measured (median of " + RUNS + " warm runs) | target | met |\n|---|---|---|---|\n");
		for (Figure f : figures) {
			table.append("| ").append(f.what()).append(" | ").append(f.measured()).append(" | ").append(f.target()).append(" | ")
					.append(f.met() == null ? "—" : f.met() ? "✔" : "✘").append(" |\n");
		}
		String machine = String.format("%d cores, Java %s, %s %s", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch"));
		String text = "Machine: " + machine + "\n\n" + table;
		out.print(text);
		Path results = Path.of("target", "bench", "results.md");
		Files.createDirectories(results.getParent());
		AtomicFiles.write(results, ("# Benchmark (releng/bench.sh)\n\n" + text).getBytes(StandardCharsets.UTF_8));
		out.println(CliMessages.bind(CliMessages.Written, results.toAbsolutePath()));
	}

	private int check(String text) {
		return validator.validate(parse(text), CheckMode.ALL, CancelIndicator.NullImpl).size();
	}

	/**
	 * Median milliseconds of {@link #RUNS} runs after warming up: at least three runs and two seconds, so that the
	 * compiler has done its work (as in an editor that has been open a while).
	 */
	private static double median(Supplier<Object> work) {
		System.gc(); // what the figure before left behind is not collected during this one
		long warmUntil = System.nanoTime() + 2_000_000_000L;
		for (int run = 0; run < 3 || run < 30 && System.nanoTime() < warmUntil; run++) {
			work.get();
		}
		double[] times = new double[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			work.get();
			times[i] = (System.nanoTime() - start) / 1e6;
		}
		return median(times);
	}

	private static double median(double[] times) {
		double[] sorted = times.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static void resetPeaks() {
		System.gc();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long peakHeapMb() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
				.mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
	}

	private XtextResource parse(String text) {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("bench:/report.dzr"));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}
}
