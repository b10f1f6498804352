package org.duizhao.cli;

import static org.duizhao.cli.Cli.run;
import static org.duizhao.dsl.nodes.StringLiteral.joined;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.duizhao.dsl.nodes.Reports;
import org.duizhao.model.Cause;
import org.duizhao.model.Item;
import org.duizhao.model.Measure;
import org.duizhao.model.Problem;
import org.duizhao.model.Report;
import org.duizhao.model.Section;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code import(export(r, txt|md|docx))} gives back the aspects, items and links of {@code r}. */
class RoundTripTest {

	@ParameterizedTest
	@ValueSource(strings = { "txt", "md", "docx" })
	void generatedReportsComeBackWithTheirAspectsItemsAndLinks(String format, @TempDir Path dir) throws IOException {
		for (int problemsPerAspect : new int[] { 1, 3 }) {
			Path report = dir.resolve("生成" + problemsPerAspect + ".dzr");
			Files.writeString(report, generated(problemsPerAspect));
			Report back = roundTrip(report, format, dir);
			assertEquals(structure(load(report)), structure(back));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "txt", "md", "docx" })
	void theExampleComesBackWithItsAspectsAndItems(String format, @TempDir Path dir) throws IOException {
		Path report = ExportCommandTest.example(dir);
		Report original = load(report);
		Report back = roundTrip(report, format, dir);
		assertEquals(problems(original), problems(back));
		// Several causes per aspect, written once for the whole report, keep their order but not always their aspect.
		assertEquals(texts(Reports.causes(original)), texts(Reports.causes(back)));
		assertEquals(texts(Reports.measures(original)), texts(Reports.measures(back)));
		// back.dzr lies beside the report it came from: all of it is a copy of that, which the depth check says
		Cli.Run validate = run("validate", "--depth", "off", dir.resolve("back.dzr").toString());
		assertEquals("检查了 1 个文件：0 个错误，0 个警告，0 个提示\n", validate.out(), "complete in, complete out");
		Cli.Run copied = run("validate", dir.resolve("back.dzr").toString());
		assertTrue(copied.out().contains("照抄他人或往年材料 [duizhao.depth.copied]"), copied.out());
	}

	@ParameterizedTest
	@ValueSource(strings = { "txt", "md", "docx" })
	void statementsAndLastYearsOwnWordsComeBack(String format, @TempDir Path dir) throws IOException {
		String personal = generated(1).replace("类型 班子", "类型 个人")
				.replace("\n方面 理论学习 {", "\n上年度整改 \"\" \"去年查摆的6个问题，已整改完成5个。\" {\n\t整改 M1 已完成 \"学习制度已修订。\"\n}\n\n方面 理论学习 {")
				.replace("\n结语 ", "\n说明 \"个人有关事项\" {\n\t\"本人如实报告了个人有关事项。\"\n\t\"配偶、子女未经商办企业。\"\n}\n\n"
						+ "说明 \"谈话函询情况\" {\n\t\"本人未受到谈话函询。\"\n}\n\n结语 ");
		Path report = dir.resolve("个人.dzr");
		Files.writeString(report, personal);
		assertEquals(2, load(report).getStatements().size(), "the report as written parses");
		Report back = roundTrip(report, format, dir);
		assertEquals("去年查摆的6个问题，已整改完成5个。", back.getPrevious().getDescription());
		assertEquals(List.of("个人有关事项：本人如实报告了个人有关事项。|配偶、子女未经商办企业。", "谈话函询情况：本人未受到谈话函询。"),
				back.getStatements().stream().map(st -> joined(st.getHeading()) + "：" + String.join("|", st.getParagraphs().stream().map(p -> joined(p)).toList()))
						.toList());
		assertEquals("以上对照检查，请批评指正。", joined(back.getClosing()));
	}

	private static Report roundTrip(Path report, String format, Path dir) throws IOException {
		Path exported = dir.resolve("exported." + format);
		assertEquals(Main.OK, run("export", report.toString(), "--to", format, "-o", exported.toString(), "--force").exit());
		Cli.Run imported = run("import", exported.toString(), "-o", dir.resolve("back.dzr").toString(), "--force");
		assertEquals(Main.OK, imported.exit(), imported.err());
		return load(dir.resolve("back.dzr"));
	}

	private static Report load(Path file) {
		Workspace.Result loaded = new Workspace().load(List.of(file.toString()));
		return (Report) loaded.files().get(0).resource().getContents().get(0);
	}

	/** Aspects, each item with its text, and the ids its 针对 names. */
	private static List<String> structure(Report report) {
		List<String> lines = new ArrayList<>();
		for (Section section : report.getSections()) {
			lines.add("方面 " + section.getAspect().getName());
			for (Item item : Reports.itemsInDocumentOrder(section)) {
				lines.add(text(item) + " 针对 " + links(item));
			}
		}
		return lines;
	}

	private static List<String> problems(Report report) {
		List<String> lines = new ArrayList<>();
		for (Section section : report.getSections()) {
			lines.add("方面 " + section.getAspect().getName());
			section.getProblems().forEach(p -> lines.add(text(p)));
		}
		return lines;
	}

	private static List<String> texts(List<? extends Item> items) {
		return items.stream().map(i -> text(i).substring(text(i).indexOf(' ', text(i).indexOf(' ') + 1) + 1)).toList();
	}

	private static String text(Item item) {
		String text = item.eClass().getName() + " " + item.getName() + " " + joined(item.getHeadline()) + " | " + joined(item.getBody());
		if (item instanceof Problem p) {
			text += " | 例如 " + joined(p.getExample());
		}
		if (item instanceof Measure m) {
			text += " | " + joined(m.getResponsible()) + " | " + joined(m.getDeadline());
		}
		return text;
	}

	private static String links(Item item) {
		List<? extends Item> targets = item instanceof Cause c ? c.getExplains() : item instanceof Measure m ? m.getAnswers() : List.of();
		return String.join(",", targets.stream().map(Item::getName).toList());
	}

	/** A report of the six aspects with distinct texts: problems, one cause for them, one measure for the cause. */
	static String generated(int problemsPerAspect) {
		String[] aspects = { "理论学习", "政治素质", "能力本领", "担当作为", "工作作风", "廉洁自律" };
		String[] topics = { "学习", "站位", "本领", "担当", "调研", "监督" };
		StringBuilder sb = new StringBuilder("报告 \"生成的对照检查材料\"\n单位 \"某县某局党组\"\n类型 班子\n日期 \"2024年1月5日\"\n依据 主题教育2023\n\n前言 \"这是生成的前言。\"\n");
		int p = 0;
		for (int a = 0; a < aspects.length; a++) {
			sb.append("\n方面 ").append(aspects[a]).append(" {\n");
			List<String> ids = new ArrayList<>();
			for (int i = 0; i < problemsPerAspect; i++) {
				String id = "P" + ++p;
				ids.add(id);
				sb.append("\t问题 ").append(id).append(" \"").append(topics[a]).append("方面的第").append(i + 1).append("个问题。\"\n");
				sb.append("\t\t\"").append(topics[a]).append("的具体表现").append(p).append("，还需要加强。\"\n");
				if (i == 0) {
					sb.append("\t\t例如 \"").append(topics[a]).append("的例子").append(p).append("。\"\n");
				}
			}
			sb.append("\t原因 C").append(a + 1).append(" \"").append(topics[a]).append("的根源在于认识不足。\"\n\t\t\"对").append(topics[a])
					.append("重视不够。\"\n\t\t针对 ").append(String.join(", ", ids)).append('\n');
			sb.append("\t措施 M").append(a + 1).append(" \"加强").append(topics[a]).append("。\"\n\t\t\"制定").append(topics[a])
					.append("整改计划。\"\n\t\t针对 C").append(a + 1).append("\n\t\t责任人 \"第").append(a + 1).append("责任人\"\n\t\t时限 \"2024年6月底前\"\n");
			sb.append("}\n");
		}
		return sb.append("\n结语 \"以上对照检查，请批评指正。\"\n").toString();
	}
}
