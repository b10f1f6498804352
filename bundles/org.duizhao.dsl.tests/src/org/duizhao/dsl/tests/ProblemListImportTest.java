package org.duizhao.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.duizhao.dsl.importer.LibraryWriter;
import org.duizhao.dsl.importer.ProblemListImporter;
import org.duizhao.dsl.importer.ProblemListImporter.Item;
import org.duizhao.dsl.importer.ProblemListImporter.Result;
import org.duizhao.dsl.importer.ProfileAspects;
import org.duizhao.model.Library;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Problem lists as offices circulate them: each quirk of real lists in a fixture of our own. */
@ExtendWith(InjectionExtension.class)
@InjectWith(DuizhaoIdeInjectorProvider.class)
class ProblemListImportTest {

	private static final ProfileAspects ASPECTS = ReportImportTest.PROFILES.get(0);

	@Inject
	private Fixture fixture;

	private static Result parse(String text) {
		return new ProblemListImporter(ASPECTS).parse(text);
	}

	@Test
	void headingVariantsMapToAspects() {
		Result result = parse("""
				（一）在理论学习方面
				1.学习不够深入。正文。
				二、政治素质方面存在问题
				1.政治站位不高。正文。
				（三）能力本领
				1.本领恐慌。
				四、在担当作为方面存在的问题：
				1.担当不够。
				第五部分 工作作风方面
				1.作风不实。
				（六）廉洁自律方面查摆的问题
				1.监督不严。
				""");
		assertEquals(Map.of("理论学习", 1, "政治素质", 1, "能力本领", 1, "担当作为", 1, "工作作风", 1, "廉洁自律", 1), result.counts());
		assertEquals(List.of(), result.skipped());
	}

	/** The heading forms the report importer reads, read the same here: it is the same code. */
	@Test
	void theReportImportersHeadingFormsToo() {
		ProfileAspects year2025 = new ProfileAspects("民主生活会2025", "2025年度民主生活会", List.of(
				new ProfileAspects.AspectName("政治忠诚", "带头强化政治忠诚、提高政治能力"), new ProfileAspects.AspectName("党性", "带头固本培元、增强党性"),
				new ProfileAspects.AspectName("担当", "带头干事创业、担当作为")));
		Result result = new ProblemListImporter(year2025).parse("""
				（一）在带头强化政治忠诚、提高政治能力方面
				1.政治判断力不强。
				带头固本培元、增强党性方面：
				1.党性锻炼不经常。
				2.批评辣味不足。
				3.在带头干事创业、担当作为方面存在的问题
				1.干事劲头不足。
				""");
		assertEquals(Map.of("政治忠诚", 1, "党性", 2, "担当", 1), result.counts());
		assertEquals(List.of(), result.skipped());
	}

	@Test
	void numberingQuirksGapsRestartsAndFullWidthDigits() {
		Result result = parse("""
				（一）在理论学习方面
				1.学习形式不灵活。正文一。
				２．学习内容不全面。正文二。
				3．学习成果转化不够。
				（4）学用结合不紧。
				(5)学习系统性不强。
				11.第十一条。
				15.第十五条。
				1.编号重新开始。
				""");
		List<Item> items = result.sections().get(0).items();
		assertEquals(List.of("学习形式不灵活。", "学习内容不全面。", "学习成果转化不够。", "学用结合不紧。", "学习系统性不强。", "第十一条。",
				"第十五条。", "编号重新开始。"), items.stream().map(Item::headline).toList());
		assertEquals("正文二。", items.get(1).body());
	}

	@Test
	void twoItemsOnOneLineAndItemsOverSeveralLines() {
		Result result = parse("""
				（一）在理论学习方面
				1.学习不够深入。对新理论学得不透。2.学用结合不紧。联系实际不够。
				3.学习形式单一。以读文件为主，
				交流研讨少。
				""");
		List<Item> items = result.sections().get(0).items();
		assertEquals(3, items.size());
		assertEquals("学用结合不紧。", items.get(1).headline());
		assertEquals("以读文件为主，交流研讨少。", items.get(2).body());
	}

	@Test
	void headlineWithoutFullStopIsTheWholeItem() {
		Item item = parse("（一）在理论学习方面\n1.学习不够深入，学用结合不紧\n").sections().get(0).items().get(0);
		assertEquals("学习不够深入，学用结合不紧", item.headline());
		assertEquals("", item.body());
	}

	@Test
	void leadInAndUnknownHeadingsAreReportedAndKept() {
		Result result = parse("""
				按照要求，班子认真查摆了问题，清单如下：
				（一）在理论学习方面
				1.学习不够深入。
				（七）在其他方面
				1.其他问题。
				""");
		assertEquals(List.of(1, 4), result.skipped().stream().map(ProblemListImporter.Skipped::line).toList());
		assertEquals("第一个方面标题之前的导语", result.skipped().get(0).reason());
		String library = LibraryWriter.write(result, "清单", "清单.txt", null);
		assertTrue(library.contains("// 1：第一个方面标题之前的导语：按照要求，班子认真查摆了问题，清单如下："), library);
		assertTrue(library.contains("// 5：其他问题。"), "nothing is lost: " + library);
	}

	@Test
	void oddInputNeverThrows() {
		Random random = new Random(7);
		for (int round = 0; round < 200; round++) {
			StringBuilder sb = new StringBuilder();
			for (int i = 0; i < 300; i++) {
				sb.append((char) random.nextInt(0x9FFF));
			}
			parse(sb.toString());
		}
		assertEquals(0, parse("").itemCount());
		assertEquals(0, parse(null).itemCount());
		assertEquals(0, parse("1.\n（一）\n\n2.").itemCount());
	}

	@Test
	void writtenLibraryParsesWithTheSameCountsAndQuotesEscaped() {
		Result result = parse("（一）在理论学习方面\n1.学习\"原文\"不够。正文\\。\n2.学用结合不紧。\n（二）政治素质方面\n1.政治站位不高。\n");
		XtextResource resource = fixture.parse(LibraryWriter.write(result, "清单", "清单.txt", null), "清单.dzlib", Map.of());
		assertEquals(List.of(), resource.getErrors());
		Library library = (Library) resource.getContents().get(0);
		assertEquals("学习\"原文\"不够。", library.getSections().get(0).getItems().get(0).getHeadline());
		Map<String, Integer> counts = new LinkedHashMap<>();
		library.getSections().forEach(s -> counts.put(s.getAspect().getName(), s.getItems().size()));
		assertEquals(result.counts(), counts);
	}

	@Test
	void theRealProblemListInSharedCorpus() throws IOException {
		Path corpus = Path.of(System.getProperty("duizhao.corpus", "../../../shared/corpus"));
		Assumptions.assumeTrue(Files.isDirectory(corpus), "no shared corpus on this machine");
		try (var files = Files.list(corpus)) {
			for (Path list : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
				Result result = parse(Files.readString(list, StandardCharsets.UTF_8));
				assertEquals(Map.of("理论学习", 10, "政治素质", 10, "能力本领", 10, "担当作为", 10, "工作作风", 10, "廉洁自律", 10),
						result.counts(), list.toString());
				assertEquals(1, result.skipped().size(), "only the lead-in is not an item");
				XtextResource resource = fixture.parse(LibraryWriter.write(result, "清单", list.getFileName().toString(), null),
						"清单.dzlib", Map.of());
				assertEquals(List.of(), fixture.validate(resource), "the imported library has no findings");
			}
		}
	}
}
