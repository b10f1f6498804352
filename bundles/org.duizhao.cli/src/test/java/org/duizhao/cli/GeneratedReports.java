package org.duizhao.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.duizhao.dsl.nodes.StringLiteral;
import org.duizhao.dsl.syntax.ReportSyntax;
import org.duizhao.dsl.syntax.ReportSyntax.Keyword;

/**
 * Reports and libraries of any size for the benchmark and the tests: distinct text in every item (no near-duplicate
 * findings), every cause and measure linked, written through ReportSyntax so they always parse.
 */
final class GeneratedReports {

	/** The head of every generated report. */
	static final String HEADER = ReportSyntax.text(Keyword.REPORT, "基准测试材料") + "\n" + ReportSyntax.name(Keyword.FOLLOWS, "主题教育2023")
			+ "\n\n";
	private static final String HAN = "学习工作作风担当廉洁政治能力本领理论群众基层调研制度落实责任纪律规矩意识宗旨服务发展"
			+ "思想建设组织监督整改措施问题原因方面深入扎实系统全面精准有效推进完善健全加强提高";
	private static final String[] ASPECTS = { "理论学习", "政治素质", "能力本领", "担当作为", "工作作风", "廉洁自律" };

	private GeneratedReports() {
	}

	/** A report of about 1 MB (UTF-8). */
	static String megabyte() {
		int items = 60;
		while (report(items).getBytes(StandardCharsets.UTF_8).length < 1_000_000) {
			items += 300;
		}
		return report(items);
	}

	/** A library with {@code items} problems, causes and measures for 理论学习, each with distinct text. */
	static String library(int items) {
		Random random = new Random(items);
		Keyword[] kinds = { Keyword.PROBLEM, Keyword.CAUSE, Keyword.MEASURE };
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < items; i++) {
			lines.add(ReportSyntax.item(kinds[i % 3], null, sentence(random), null) + "\n\t" + StringLiteral.quoted(sentence(random)));
		}
		return ReportSyntax.text(Keyword.LIBRARY, "基准问题库") + "\n\n" + ReportSyntax.section("理论学习", lines) + "\n";
	}

	static List<String> texts(int count) {
		Random random = new Random(count);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			texts.add(sentence(random) + sentence(random));
		}
		return texts;
	}

	/** A report with {@code items} problems, causes and measures in all, spread over the six aspects, all linked. */
	static String report(int items) {
		return report(items, 0);
	}

	/** Another such report for each {@code seed}. */
	static String report(int items, int seed) {
		Random random = new Random(items * 31L + seed);
		StringBuilder sb = new StringBuilder(HEADER);
		int perAspect = Math.max(1, items / ASPECTS.length / 3);
		int id = 0;
		for (String aspect : ASPECTS) {
			List<String> lines = new ArrayList<>();
			for (int i = 0; i < perAspect; i++, id++) {
				lines.add(ReportSyntax.item(Keyword.PROBLEM, "P" + id, sentence(random), sentence(random)));
				lines.add(ReportSyntax.item(Keyword.CAUSE, "C" + id, sentence(random), null) + " " + ReportSyntax.links(List.of("P" + id)));
				lines.add(ReportSyntax.item(Keyword.MEASURE, "M" + id, sentence(random), null) + " " + ReportSyntax.links(List.of("P" + id, "C" + id))
						+ " " + ReportSyntax.text(Keyword.OWNER, "局长") + " " + ReportSyntax.text(Keyword.DEADLINE, "2024-06-30"));
			}
			sb.append(ReportSyntax.section(aspect, lines)).append("\n\n");
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
}
