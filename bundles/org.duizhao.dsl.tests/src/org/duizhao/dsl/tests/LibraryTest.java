package org.duizhao.dsl.tests;

import static org.duizhao.dsl.tests.Fixture.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.duizhao.dsl.ide.analysis.Analysis;
import org.duizhao.dsl.ide.analysis.DocumentAnalyzer;
import org.duizhao.dsl.ide.contentassist.Completion;
import org.duizhao.dsl.ide.contentassist.Completions;
import org.duizhao.dsl.ide.contentassist.PinyinInitials;
import org.duizhao.dsl.ide.quickfix.QuickfixEngine;
import org.duizhao.dsl.profiles.BuiltinProfiles;
import org.duizhao.dsl.validation.IssueCodes;
import org.duizhao.model.ItemKind;
import org.duizhao.model.Library;
import org.duizhao.model.LibrarySection;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Libraries: the shipped default, word-for-word use, fixes and proposals drawn from them. */
@ExtendWith(InjectionExtension.class)
@InjectWith(DuizhaoIdeInjectorProvider.class)
class LibraryTest {

	private static final String LIBRARY = """
			问题库 "测试库"
			依据 双方面
			方面 学习 {
				原因 "理论武装抓得不紧。" "把学习当成软任务。"
				原因 "学习制度落实不严。" "考勤和研讨要求执行不到位。"
				问题 "学习不够深入。" "对*领域新知识学得不够。"
			}
			""";

	private static final String CAUSE_C1 = "\t原因 C1 \"思想上重视不够。\" \"没有把学习摆在首位。\" 针对 P1\n";

	@Inject
	private Fixture fixture;

	@Inject
	private QuickfixEngine engine;

	@Inject
	private BuiltinProfiles builtins;

	@Inject
	private Completions completions;

	@Inject
	private DocumentAnalyzer analyzer;

	private XtextResource parse(String report) {
		return fixture.parse(report, "report.dzr", Map.of(Samples.PROFILE_FILE, Samples.PROFILE, "lib.dzlib", LIBRARY));
	}

	private List<QuickfixEngine.Fix> fixes(XtextResource resource, String code) {
		Issue issue = withCode(fixture.validate(resource), code).get(0);
		return engine.fixes(resource, issue);
	}

	@Test
	void defaultLibraryCoversEveryAspectOfTheDefaultProfile() {
		Library library = builtins.defaultLibrary();
		assertEquals(List.of("理论学习", "政治素质", "能力本领", "担当作为", "工作作风", "廉洁自律"),
				library.getSections().stream().map(s -> s.getAspect().getName()).toList());
		for (LibrarySection section : library.getSections()) {
			assertTrue(section.getItems().stream().filter(i -> i.getKind() == ItemKind.PROBLEM).count() >= 6);
			assertTrue(section.getItems().stream().filter(i -> i.getKind() == ItemKind.CAUSE).count() >= 3);
			assertTrue(section.getItems().stream().filter(i -> i.getKind() == ItemKind.MEASURE).count() >= 3);
		}
	}

	@Test
	void itemTakenWordForWordFromALibraryIsAWarning() {
		String verbatim = Samples.VALID.replace("\"思想上重视不够。\" \"没有把学习摆在首位。\"", "\"理论武装抓得不紧。\" \"把学习当成软任务。\"");
		List<Issue> found = withCode(fixture.validate(parse(verbatim)), IssueCodes.LIBRARY_VERBATIM);
		assertEquals(1, found.size());
		assertEquals("C1 照搬了问题库“测试库”中的“理论武装抓得不紧。”，请结合本单位实际写具体（万能问题）", found.get(0).getMessage());
		String specific = verbatim.replace("把学习当成软任务。", "把学习当成软任务，今年中心组学习有两次因业务冲突取消。");
		assertTrue(withCode(fixture.validate(parse(specific)), IssueCodes.LIBRARY_VERBATIM).isEmpty());
		assertTrue(withCode(fixture.validate(parse(Samples.VALID)), IssueCodes.LIBRARY_VERBATIM).isEmpty());
	}

	@Test
	void oneQuickFixPerLibraryItemUnusedFirstThenEmpty() {
		String text = Samples.VALID.replace(CAUSE_C1, "");
		List<String> labels = fixes(parse(text), IssueCodes.SECTION_WITHOUT_CAUSES).stream().map(QuickfixEngine.Fix::label).toList();
		assertEquals(List.of("插入“理论武装抓得不紧。”（测试库）", "插入“学习制度落实不严。”（测试库）", "插入一个待填写的原因"), labels);

		String used = text.replace("\"调查研究不够扎实。\"", "\"理论武装抓得不紧。\"");
		List<String> ranked = fixes(parse(used), IssueCodes.SECTION_WITHOUT_CAUSES).stream().map(QuickfixEngine.Fix::label).toList();
		assertEquals("插入“学习制度落实不严。”（测试库）", ranked.get(0));
		assertEquals("插入“理论武装抓得不紧。”（测试库，本材料已用过）", ranked.get(1));
	}

	@Test
	void libraryFixInsertsTheItemLinkedWithItsOriginAndFlagsItAsVerbatim() {
		String text = Samples.VALID.replace(CAUSE_C1, "");
		XtextResource resource = parse(text);
		QuickfixEngine.Fix fix = fixes(resource, IssueCodes.SECTION_WITHOUT_CAUSES).get(0);
		String fixed = fix.applyTo(text);
		assertEquals(text.replace("时限 \"2024-06-30\"\n}",
				"时限 \"2024-06-30\"\n\t原因 C3 \"理论武装抓得不紧。\" \"把学习当成软任务。\" 针对 P1 来自 \"测试库\"\n}"), fixed);
		List<Issue> after = fixture.validate(parse(fixed));
		assertTrue(withCode(after, IssueCodes.SECTION_WITHOUT_CAUSES).isEmpty());
		assertEquals(1, withCode(after, IssueCodes.LIBRARY_VERBATIM).size(), "the writer is reminded to make it specific");
	}

	@Test
	void libraryProblemKeepsItsPlaceholderWhichIsThenFlagged() {
		String text = Samples.VALID.replace("\t问题 P2 \"调查研究不够扎实。\" \"全年到基层只有4次，听汇报多。\"\n", "")
				.replace("针对 P2\n", "\n").replace("针对 P2, C2", "针对 C2");
		String noProblemsInStudy = text.replace("\t问题 P1 \"理论学习不够深入。\" \"今年6次集中学习都停留在读原文，联系实际不够。\"\n", "")
				.replace("针对 P1\n", "\n").replace("针对 P1 责任人", "责任人");
		XtextResource resource = parse(noProblemsInStudy);
		QuickfixEngine.Fix fix = fixes(resource, IssueCodes.SECTION_WITHOUT_PROBLEMS).stream()
				.filter(f -> f.label().startsWith("插入“学习不够深入。”")).findFirst().orElseThrow();
		String fixed = fix.applyTo(noProblemsInStudy);
		assertTrue(fixed.contains("\t问题 P1 \"学习不够深入。\" \"对*领域新知识学得不够。\" 来自 \"测试库\"\n"), fixed);
		List<Issue> placeholders = withCode(fixture.validate(parse(fixed)), IssueCodes.PLACEHOLDER);
		assertEquals(1, placeholders.size());
		assertEquals("*", Fixture.marked(fixed, placeholders.get(0)));

		QuickfixEngine.Fix select = engine.fixes(parse(fixed), placeholders.get(0)).get(0);
		assertEquals("选中占位符，直接输入替换", select.label());
		assertEquals(fixed, select.applyTo(fixed), "selecting changes no text");
		assertEquals(List.of("*"), select.edits().stream().map(e -> e.getNewText()).toList());
		assertEquals(placeholders.get(0).getColumn() - 1, select.edits().get(0).getRange().getStart().getCharacter());
	}

	@Test
	void librariesInAnExtraFolderAreVisible(@org.junit.jupiter.api.io.TempDir Path userFolder) throws IOException {
		Files.writeString(userFolder.resolve("我的.dzlib"), LIBRARY.replace("测试库", "我的库"));
		String text = """
				报告 "草稿"
				依据 双方面
				方面 学习 {
					问题 P1 "学习不够深入。"
				}
				方面 作风 {
					问题 P2 "调研不够。"
					原因 C2 "宗旨意识淡化。" 针对 P2
					措施 M2 "改进调研。" 针对 P2 责任人 "王强" 时限 "2024-06-30"
				}
				""";
		Path reportFolder = userFolder.resolveSibling(userFolder.getFileName() + "-report");
		Files.createDirectories(reportFolder);
		Files.writeString(reportFolder.resolve(Samples.PROFILE_FILE), Samples.PROFILE);
		Analysis analysis = analyzer.analyze(
				URI.createFileURI(reportFolder.resolve("r.dzr").toString()), text,
				List.of(reportFolder, userFolder));
		Issue issue = withCode(analysis.issues(), IssueCodes.SECTION_WITHOUT_CAUSES).get(0);
		List<String> labels = analysis.read(model -> engine.fixes(model.resource(), issue)).stream().map(QuickfixEngine.Fix::label).toList();
		assertTrue(labels.contains("插入“理论武装抓得不紧。”（我的库）"), labels.toString());
	}

	@Test
	void reportNamingItsLibrariesSeesOnlyThose() {
		String text = Samples.VALID.replace(CAUSE_C1, "").replace("依据 双方面\n", "依据 双方面\n使用 \"别的库\"\n");
		List<String> labels = fixes(parse(text), IssueCodes.SECTION_WITHOUT_CAUSES).stream().map(QuickfixEngine.Fix::label).toList();
		assertEquals(List.of("插入一个待填写的原因"), labels);
	}

	@Test
	void defaultLibraryServesTheDefaultProfile() {
		String text = """
				报告 "草稿"
				方面 理论学习 {
					问题 P1 "学习不够系统。"
				}
				""";
		XtextResource resource = fixture.parse(text);
		List<String> labels = fixes(resource, IssueCodes.SECTION_WITHOUT_CAUSES).stream().map(QuickfixEngine.Fix::label).toList();
		assertEquals(4, labels.size(), labels.toString());
		assertTrue(labels.get(0).endsWith("（默认问题库）"), labels.toString());
	}

	@Test
	void contentAssistOffersLibraryItemsFilteredByWhatIsTyped() {
		String text = Samples.VALID.replace(CAUSE_C1, "\t制度\n");
		int offset = text.indexOf("\t制度\n") + 3;
		XtextResource resource = parse(text);
		List<Completion> proposals = completions.complete(resource, text, offset);
		List<String> labels = proposals.stream().map(Completion::label).toList();
		assertTrue(labels.contains("原因：学习制度落实不严。"), labels.toString());
		assertFalse(labels.contains("原因：理论武装抓得不紧。"), "filtered by the typed 制度: " + labels);
		Completion chosen = proposals.stream().filter(c -> c.label().equals("原因：学习制度落实不严。")).findFirst().orElseThrow();
		String applied = chosen.applyTo(text);
		assertTrue(applied.contains("\t原因 C3 \"学习制度落实不严。\" \"考勤和研讨要求执行不到位。\" 来自 \"测试库\"\n"), applied);
		assertEquals(List.of(), parse(applied).getErrors());
	}

	@Test
	void contentAssistFindsLibraryItemsByPinyinInitials() {
		assertEquals("llwzzdbj", PinyinInitials.of("理论武装抓得不紧。"));
		String text = Samples.VALID.replace(CAUSE_C1, "	llwz\n");
		int offset = text.indexOf("	llwz\n") + 5;
		List<Completion> proposals = completions.complete(parse(text), text, offset);
		assertEquals("原因：理论武装抓得不紧。", proposals.get(0).label(), proposals.stream().map(Completion::label).toList().toString());
		assertEquals(4, proposals.get(0).length(), "the typed initials are replaced");
	}
}
