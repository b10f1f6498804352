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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.duizhao.dsl.DuizhaoStandaloneSetup;
import org.duizhao.dsl.io.TextFiles;
import org.duizhao.dsl.text.NearDuplicates;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;

import com.google.inject.Injector;

/**
 * {@code duizhao bench}: the speed figures with their targets, each the median of repeated warm runs on generated
 * reports with distinct text and real 针对 links, beside a baseline measured in the same run (reading and decoding the
 * same file). Prints a table and writes it to target/bench/results.md. A benchmark, never a timed test.
 */
final class BenchCommand {

	private static final String HAN = "学习工作作风担当廉洁政治能力本领理论群众基层调研制度落实责任纪律规矩意识宗旨服务发展"
			+ "思想建设组织监督整改措施问题原因方面深入扎实系统全面精准有效推进完善健全加强提高";
	private static final String[] ASPECTS = { "理论学习", "政治素质", "能力本领", "担当作为", "工作作风", "廉洁自律" };
	private static final int RUNS = 5;

	/** One line of the table. */
	private record Figure(String what, String measured, String target, Boolean met) {
	}

	private final PrintStream out;
	private final Injector injector = new DuizhaoStandaloneSetup().createInjectorAndDoEMFRegistration();
	private final IResourceValidator validator = injector.getInstance(IResourceValidator.class);
	private final List<Figure> figures = new ArrayList<>();

	BenchCommand(PrintStream out) {
		this.out = out;
	}

	int run(String[] args) {
		try {
			wholeCheckOfAMegabyte();
			linearity();
			nearDuplicates();
			endToEnd();
			folder();
			notMeasuredHere();
			report();
			return Main.OK;
		} catch (IOException | InterruptedException e) {
			out.println(e);
			return Main.UNREADABLE;
		}
	}

	private void wholeCheckOfAMegabyte() throws IOException {
		int items = 60;
		while (report(items).getBytes(StandardCharsets.UTF_8).length < 1_000_000) {
			items += 300;
		}
		String text = report(items);
		Path file = Files.createTempFile("duizhao-bench", ".dzr");
		Files.writeString(file, text);
		double baseline = median(() -> {
			try {
				return TextFiles.read(file).text().length();
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
		double check = median(() -> check(text));
		resetPeaks();
		check(text);
		long peak = peakHeapMb();
		Files.delete(file);
		figures.add(new Figure("whole check (parse, link, validate) of a 1 MB report (" + items + " items)",
				String.format("%.0f ms (reading it: %.1f ms; peak heap %d MB)", check, baseline, peak), "< 200 ms", check < 200));
	}

	private void linearity() {
		double small = median(() -> check(report(2_000))) / 2_000;
		double large = median(() -> check(report(20_000))) / 20_000;
		figures.add(new Figure("time per item at 20,000 items / at 2,000",
				String.format("%.2f (%.1f / %.1f µs)", large / small, large * 1000, small * 1000), "≤ 1.5 (linear)", large / small <= 1.5));
	}

	private void nearDuplicates() {
		List<String> thousand = texts(1_000);
		List<String> fiveThousand = texts(5_000);
		double small = median(() -> new NearDuplicates().find(thousand).size()) / 1_000;
		double large = median(() -> new NearDuplicates().find(fiveThousand).size()) / 5_000;
		figures.add(new Figure("near-duplicate check per item, 5,000 / 1,000 items",
				String.format("%.2f (%.1f / %.1f µs)", large / small, large * 1000, small * 1000), "≤ 1.5 (linear)", large / small <= 1.5));
	}

	/** {@code duizhao validate} of the example as a user runs it: a new JVM each time. */
	private void endToEnd() throws IOException, InterruptedException {
		Path example = Path.of(System.getProperty("duizhao.examples", "examples"), "2023-班子对照检查材料.dzr");
		if (!Files.exists(example)) {
			figures.add(new Figure("duizhao validate of the example, end to end", "not measured (examples/ not found)", "< 0.5 s", null));
			return;
		}
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:TieredStopAtLevel=1"));
		if (Runtime.version().feature() >= 24) {
			command.add("--sun-misc-unsafe-memory-access=allow");
		}
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "validate", example.toString()));
		double[] times = new double[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
			process.waitFor(60, TimeUnit.SECONDS);
			times[i] = (System.nanoTime() - start) / 1e6;
		}
		double median = median(times);
		figures.add(new Figure("duizhao validate of the example, end to end", String.format("%.0f ms", median), "< 500 ms", median < 500));
	}

	private void folder() throws IOException {
		Path folder = Files.createTempDirectory("duizhao-bench-folder");
		for (int i = 0; i < 200; i++) {
			Files.writeString(folder.resolve("材料" + i + ".dzr"), report(60 + i % 7));
		}
		double ms = median(() -> Main.run(new String[] { "validate", folder.toString() }, new PrintStream(new ByteArrayOutputStream()),
				new PrintStream(new ByteArrayOutputStream())));
		double rate = 200 / (ms / 1000);
		figures.add(new Figure("a folder of 200 reports", String.format("%.0f reports/s", rate), "> 300 reports/s", rate > 300));
	}

	private void notMeasuredHere() {
		figures.add(new Figure("editor's work after a one-character edit in a 1 MB report", "not measured yet (no partial re-parse yet: ≈ the whole check)",
				"< 150 ms", null));
		figures.add(new Figure("library proposals for a section with a 5,000-item library", "not measured yet", "< 50 ms", null));
		figures.add(new Figure("product cold start to a painted editor under Xvfb", "not measured yet", "< 4 s", null));
	}

	private void report() throws IOException {
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
		Files.writeString(results, "# duizhao bench\n\n" + text);
		out.println(CliMessages.bind(CliMessages.Written, results.toAbsolutePath()));
	}

	private int check(String text) {
		return validator.validate(parse(text), CheckMode.ALL, CancelIndicator.NullImpl).size();
	}

	/** Median milliseconds of {@link #RUNS} runs after two warm-up runs. */
	private static double median(Supplier<Object> work) {
		work.get();
		work.get();
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

	private static List<String> texts(int count) {
		Random random = new Random(count);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			texts.add(sentence(random) + sentence(random));
		}
		return texts;
	}

	/** A report with {@code items} problems, causes and measures in all, spread over the six aspects, all linked. */
	static String report(int items) {
		Random random = new Random(items);
		StringBuilder sb = new StringBuilder("报告 \"基准测试材料\"\n依据 主题教育2023\n\n");
		int perAspect = Math.max(1, items / ASPECTS.length / 3);
		int id = 0;
		for (String aspect : ASPECTS) {
			sb.append("方面 ").append(aspect).append(" {\n");
			for (int i = 0; i < perAspect; i++, id++) {
				sb.append("\t问题 P").append(id).append(" \"").append(sentence(random)).append("\" \"").append(sentence(random)).append("\"\n");
				sb.append("\t原因 C").append(id).append(" \"").append(sentence(random)).append("\" 针对 P").append(id).append('\n');
				sb.append("\t措施 M").append(id).append(" \"").append(sentence(random)).append("\" 针对 P").append(id)
						.append(", C").append(id).append(" 责任人 \"局长\" 时限 \"2024-06-30\"\n");
			}
			sb.append("}\n\n");
		}
		return sb.toString();
	}

	private static String sentence(Random random) {
		StringBuilder sb = new StringBuilder();
		for (int c = 0; c < 30; c++) {
			sb.append(HAN.charAt(random.nextInt(HAN.length())));
		}
		return sb.append('。').toString();
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
