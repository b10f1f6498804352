package org.duizhao.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.duizhao.dsl.DuizhaoStandaloneSetup;
import org.duizhao.dsl.text.NearDuplicates;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;

import com.google.inject.Injector;

/**
 * {@code duizhao bench [ITEMS...]}: parses and validates generated reports of growing size and prints the times,
 * so a change that makes checking slower (a quadratic comparison, say) shows up as numbers, not as a flaky test.
 */
final class BenchCommand {

	private static final String HAN = "学习工作作风担当廉洁政治能力本领理论群众基层调研制度落实责任纪律规矩意识宗旨服务发展"
			+ "思想建设组织监督整改措施问题原因方面深入扎实系统全面精准有效推进完善健全加强提高";
	private static final String[] ASPECTS = { "理论学习", "政治素质", "能力本领", "担当作为", "工作作风", "廉洁自律" };

	private final PrintStream out;

	BenchCommand(PrintStream out) {
		this.out = out;
	}

	int run(String[] args) {
		int[] sizes = args.length == 0 ? new int[] { 60, 300, 1200, 2400 }
				: java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
		Injector injector = new DuizhaoStandaloneSetup().createInjectorAndDoEMFRegistration();
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		measure(injector, validator, 60, false); // warm-up: class loading and JIT would otherwise count against the first size
		out.println("items\tparse ms\tvalidate ms\tnear-duplicate scan ms");
		for (int items : sizes) {
			measure(injector, validator, items, true);
		}
		return Main.OK;
	}

	private void measure(Injector injector, IResourceValidator validator, int items, boolean print) {
		String text = report(items);
		long start = System.nanoTime();
		XtextResource resource = parse(injector, text);
		long parsed = System.nanoTime();
		int findings = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).size();
		long validated = System.nanoTime();
		List<String> texts = text.lines().filter(l -> l.contains("\"")).toList();
		long scanStart = System.nanoTime();
		new NearDuplicates().find(texts);
		long scanned = System.nanoTime();
		if (print) {
			out.printf("%d\t%.1f\t%.1f\t%.1f\t(%d findings)%n", items, ms(parsed - start), ms(validated - parsed),
				ms(scanned - scanStart), findings);
		}
	}

	/** A report with {@code items} problems, causes and measures in all, spread over the six aspects. */
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

	private static XtextResource parse(Injector injector, String text) {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("bench:/report.dzr"));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}

	private static double ms(long nanos) {
		return nanos / 1_000_000.0;
	}
}
