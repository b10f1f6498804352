package org.duizhao.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.duizhao.dsl.ide.analysis.Analysis;
import org.duizhao.dsl.ide.analysis.DocumentAnalyzer;
import org.duizhao.dsl.ide.analysis.OutlineBuilder;
import org.duizhao.dsl.ide.analysis.OutlineNode;
import org.duizhao.dsl.ide.analysis.SubmissionCheck;
import org.duizhao.dsl.ide.contentassist.Completion;
import org.duizhao.dsl.ide.contentassist.Completions;
import org.duizhao.dsl.ide.highlighting.HighlightStyles;
import org.duizhao.dsl.ide.highlighting.Highlighter;
import org.duizhao.dsl.ide.highlighting.StyledRange;
import org.duizhao.dsl.ide.navigation.Definitions;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The services the editor draws from, headless: analysis, outline, submission check, colouring, content assist. */
@ExtendWith(InjectionExtension.class)
@InjectWith(DuizhaoIdeInjectorProvider.class)
class EditorServicesTest {

	private static final Path COMPLETE = ExamplesTest.examples().resolve("2023-班子对照检查材料.dzr");

	@Inject
	private DocumentAnalyzer analyzer;

	@Inject
	private OutlineBuilder outline;

	@Inject
	private SubmissionCheck submissionCheck;

	@Inject
	private Highlighter highlighter;

	@Inject
	private Completions completions;

	@Inject
	private Definitions definitions;

	private Analysis analyze(String text) {
		return analyzer.analyze(URI.createFileURI(COMPLETE.toAbsolutePath().toString()), text, List.of(COMPLETE.getParent()));
	}

	private static String complete() throws IOException {
		return Files.readString(COMPLETE, StandardCharsets.UTF_8);
	}

	@Test
	void rowsOfTheSameNameHaveKeysOfTheirOwn() throws IOException {
		// a pasted P1 not renamed yet, and a second section of one aspect: a view tells rows apart by key
		String text = complete().replace("问题 P2 ", "问题 P1 ").replaceFirst("(方面 政治素质 \\{)", "方面 理论学习 {\n\t问题 P9 \"再写一条。\"\n}\n\n$1");
		List<OutlineNode> aspects = outline.build(analyze(text)).get(0).children().stream().filter(row -> row.kind() == OutlineNode.Kind.ASPECT).toList();
		List<String> keys = new ArrayList<>();
		aspects.forEach(aspect -> {
			keys.add(aspect.key());
			aspect.children().forEach(row -> keys.add(row.key()));
		});
		assertEquals(keys.size(), Set.copyOf(keys).size(), keys.toString());
		assertEquals(aspects.get(0).key() + "#2", aspects.get(1).key());
		assertTrue(aspects.get(1).children().get(0).key().startsWith(aspects.get(1).key() + "/"), keys.toString());
	}

	@Test
	void outlineOfTheCompleteExample() throws IOException {
		List<OutlineNode> roots = outline.build(analyze(complete()));
		assertEquals(1, roots.size());
		OutlineNode report = roots.get(0);
		assertEquals("2023年主题教育专题民主生活会班子对照检查材料", report.label());
		assertEquals(List.of("前言 按照县委关于开好主题教育专题民主生活会的通知要求…", "理论学习（问题 3，原因 2，措施 3）", "政治素质（问题 2，原因 1，措施 2）",
				"能力本领（问题 2，原因 2，措施 2）", "担当作为（问题 2，原因 1，措施 2）", "工作作风（问题 2，原因 2，措施 2）", "廉洁自律（问题 2，原因 1，措施 2）",
				"结语 局党组将以这次专题民主生活会为契机，逐项抓好整改…"), report.children().stream().map(OutlineNode::label).toList());
		assertTrue(report.children().stream().allMatch(OutlineNode::complete));
		// a row of words goes to the words themselves
		OutlineNode preface = report.children().get(0);
		assertEquals(OutlineNode.Kind.TEXT, preface.kind());
		assertTrue(complete().substring(preface.offset(), preface.offset() + preface.length()).startsWith("\"按照县委"), preface.toString());
		assertTrue(complete().substring(preface.offset(), preface.offset() + preface.length()).endsWith("\""), preface.toString());
		OutlineNode first = report.children().get(1).children().get(0);
		assertEquals(OutlineNode.Kind.PROBLEM, first.kind());
		assertEquals("P1 学习的系统性还不够强。", first.label());
		assertTrue(complete().substring(first.offset()).startsWith("问题 P1"));
	}

	@Test
	void halfTypedReportStillHasAnOutline() {
		List<OutlineNode> roots = outline.build(analyze("报告 \"草稿\"\n方面 理论学习 {\n\t问题 P1 \"学习不够。\"\n\t原因 C1 "));
		OutlineNode aspect = roots.get(0).children().get(0);
		assertEquals("理论学习（问题 1，原因 1，措施 0）", aspect.label());
		assertFalse(aspect.complete());
	}

	@Test
	void submissionCheckOfCompleteAndIncompleteReports() throws IOException {
		SubmissionCheck.Result clean = submissionCheck.check(analyze(complete()));
		assertEquals(6, clean.rows().size());
		assertTrue(clean.rows().stream().allMatch(SubmissionCheck.AspectRow::complete));
		assertEquals("可以提交", clean.verdict());

		String withoutCauses = complete().replaceAll("(?s)\t原因 C4 .*?针对 P6\n", "").replaceAll("(?s)\t原因 C5 .*?针对 P7\n", "");
		SubmissionCheck.Result open = submissionCheck.check(analyze(withoutCauses));
		SubmissionCheck.AspectRow ability = open.rows().get(2);
		assertEquals("能力本领", ability.aspect());
		assertEquals(0, ability.causes());
		assertFalse(ability.complete());
		assertFalse(open.canSubmit());
		assertEquals("还有 5 个问题", open.verdict(), open.findings().toString()); // the two links to the removed causes, and what their removal leaves incomplete
		assertTrue(open.findings().stream().anyMatch(f -> f.group().equals("完整性")));
	}

	@Test
	void missingAspectsAppearAsEmptyRows() {
		SubmissionCheck.Result result = submissionCheck.check(analyze("报告 \"草稿\"\n方面 理论学习 { }\n"));
		assertEquals(6, result.rows().size());
		assertTrue(result.rows().get(0).present());
		assertFalse(result.rows().get(1).present());
	}

	@Test
	void lexicalColouringFromTheLexer() {
		String text = "报告 \"标题\" // 注释\n方面 理论学习 {";
		List<StyledRange> ranges = highlighter.lexical(text);
		// every character has its style, white space too; a line comment takes its line end
		assertEquals(List.of(new StyledRange(0, 2, HighlightStyles.KEYWORD_ID), new StyledRange(2, 1, HighlightStyles.DEFAULT_ID),
				new StyledRange(3, 4, HighlightStyles.STRING_ID), new StyledRange(7, 1, HighlightStyles.DEFAULT_ID),
				new StyledRange(8, 6, HighlightStyles.COMMENT_ID), new StyledRange(14, 2, HighlightStyles.KEYWORD_ID),
				new StyledRange(16, 1, HighlightStyles.DEFAULT_ID), new StyledRange(17, 4, HighlightStyles.ID),
				new StyledRange(21, 1, HighlightStyles.DEFAULT_ID), new StyledRange(22, 1, HighlightStyles.PUNCTUATION_ID)), ranges);
	}

	/**
	 * The semantic colouring of every example, whole, as "offset length style" lines kept in
	 * {@code semantic-expected/} beside this class (written once from the per-object computation it replaced, read
	 * by a person; {@code DUIZHAO_WRITE_EXPECTED} writes them again).
	 */
	@Test
	void semanticColouringOfEveryExampleIsKnownWhole() throws IOException {
		Path expected = Path.of("src/org/duizhao/dsl/tests/semantic-expected");
		try (var files = Files.list(ExamplesTest.examples())) {
			for (Path example : files.filter(f -> f.toString().endsWith(".dzr")).sorted().toList()) {
				String text = Files.readString(example, StandardCharsets.UTF_8);
				Analysis analysis = analyzer.analyze(URI.createFileURI(example.toAbsolutePath().toString()), text, List.of(example.getParent()));
				String ranges = analysis.read(model -> highlighter.semantic(model.resource())).stream()
						.sorted(Comparator.comparingInt(StyledRange::offset).thenComparing(StyledRange::style)).map(r -> r.offset() + " " + r.length() + " " + r.style() + " " + text.substring(r.offset(), r.offset() + r.length()))
						.collect(Collectors.joining("\n", "", "\n"));
				Path known = expected.resolve(example.getFileName().toString().replace(".dzr", ".txt"));
				if (System.getenv("DUIZHAO_WRITE_EXPECTED") != null) {
					Files.createDirectories(expected);
					Files.writeString(known, ranges, StandardCharsets.UTF_8);
				}
				assertEquals(Files.readString(known, StandardCharsets.UTF_8), ranges, example.getFileName().toString());
			}
		}
	}

	@Test
	void semanticColouringMarksReferencesAndPlaceholders() throws IOException {
		String text = complete().replace("局党组书记", "XX同志");
		List<StyledRange> ranges = analyze(text).read(model -> highlighter.semantic(model.resource()));
		assertTrue(ranges.contains(new StyledRange(text.indexOf("XX同志"), 2, HighlightStyles.PLACEHOLDER)), ranges.toString());
		int reference = text.indexOf("针对 P1, P2") + 3;
		assertTrue(ranges.contains(new StyledRange(reference, 2, HighlightStyles.REFERENCE)));
	}

	/** Content assist at {@code offset} of a report held in memory. */
	private List<Completion> proposals(String text, int offset) {
		return analyzer.analyze(URI.createURI("memory:/r.dzr"), text, List.of()).read(model -> completions.complete(model.resource(), text, offset));
	}

	private static List<String> labels(List<Completion> proposals) {
		return proposals.stream().map(Completion::label).toList();
	}

	private static Completion proposal(List<Completion> proposals, String label) {
		return proposals.stream().filter(c -> c.label().equals(label)).findFirst().orElseThrow(() -> new AssertionError(label + " not in " + proposals));
	}

	@Test
	void contentAssistOffersProblemIdsAfter针对() {
		String text = Samples.VALID.replace("原因 C1 \"思想上重视不够。\" \"没有把学习摆在首位。\" 针对 P1", "原因 C1 \"思想上重视不够。\" 针对 ");
		int offset = text.indexOf("针对 \n") + 3;
		List<String> labels = labels(proposals(text, offset));
		assertTrue(labels.containsAll(List.of("P1", "P2")), labels.toString());
		assertFalse(labels.contains("C2"), "a cause explains problems only: " + labels);
	}

	@Test
	void afterThePrefaceThePartsAreOfferedWithTheirTemplates() {
		String text = "报告 \"材料\"\n单位 \"青川县交通运输局党组\"\n前言 \"前言。\"\n征";
		assertEquals("征求意见 {\n\t意见 Y1 \"[待填]\"\n}", proposal(proposals(text, text.length()), "征求意见 …（模板）").text());
	}

	@Test
	void afterTheCriticismsAStatementIsOfferedWithItsTemplateAndInAnOpinionNot() {
		String text = "报告 \"材料\"\n类型 个人\n\n相互批评 {\n}\n\n说";
		assertEquals("说明 \"个人有关事项\" {\n\t\"[待填]\"\n}", proposal(proposals(text, text.length()), "说明 …（模板）").text());
		String opinion = "报告 \"材料\"\n\n征求意见 {\n\t意见 Y1 \"希望多下基层。\" 说";
		List<String> labels = labels(proposals(opinion, opinion.length()));
		assertTrue(labels.contains("说明"), labels.toString());
		assertFalse(labels.contains("说明 …（模板）"), labels.toString());
	}

	@Test
	void after依据TheNewestProfilesComeFirstWithTheirTitles() {
		String text = "报告 \"材料\"\n依据 \n";
		List<Completion> proposals = proposals(text, text.indexOf("依据 ") + 3);
		List<String> labels = labels(proposals).stream().filter(l -> l.matches(".*\\d{4}")).toList();
		assertEquals(List.of("民主生活会2025", "民主生活会2024"), labels.subList(0, 2), labels.toString());
		assertTrue(labels.indexOf("民主生活会2024") < labels.indexOf("主题教育2023"), labels.toString());
		assertTrue(proposals.stream().anyMatch(c -> "方案：2025年度民主生活会".equals(c.detail())), proposals.toString());
	}

	@Test
	void after针对TheProblemsOfTheSameAspectComeFirstThenTheOthersInDocumentOrder() throws IOException {
		String text = complete().replace("\t\t针对 P6\n", "\t\t针对 \n");
		int offset = text.indexOf("针对 \n") + 3;
		Analysis analysis = analyze(text);
		List<String> labels = analysis.read(model -> completions.complete(model.resource(), text, offset)).stream().map(Completion::label)
				.filter(label -> label.matches("P\\d+")).toList();
		List<String> inDocumentOrder = new ArrayList<>();
		Matcher problem = Pattern.compile("问题 (P\\d+)").matcher(text);
		while (problem.find()) {
			inDocumentOrder.add(problem.group(1));
		}
		List<String> expected = new ArrayList<>(List.of("P6", "P7"));
		inDocumentOrder.stream().filter(id -> !expected.contains(id)).forEach(expected::add);
		assertTrue(inDocumentOrder.size() >= 10, "the example has ten problems or more: " + inDocumentOrder);
		assertEquals(expected, labels);
	}

	@Test
	void definitionsLeadFrom依据ToTheProfileInItsLibraryFileAndFrom针对ToTheItem() throws IOException {
		Path report = ExamplesTest.examples().resolve("自定义方案/组织生活会个人对照检查.dzr");
		String text = Files.readString(report, StandardCharsets.UTF_8);
		Analysis analysis = analyzer.analyze(URI.createFileURI(report.toAbsolutePath().toString()), text, List.of(report.getParent()));
		Definitions.Target profile = analysis.read(a -> definitions.at(a.resource(), text.indexOf("依据 组织生活会2024") + 4));
		assertTrue(profile.uri().toFileString().endsWith("方案.dzlib"), profile.uri().toString());
		String library = Files.readString(report.resolveSibling("方案.dzlib"), StandardCharsets.UTF_8);
		assertEquals("组织生活会2024", library.substring(profile.offset(), profile.offset() + profile.length()));
		assertEquals(text.indexOf("依据 组织生活会2024") + 3, profile.sourceOffset());

		String complete = complete();
		Analysis example = analyze(complete);
		Definitions.Target item = example.read(a -> definitions.at(a.resource(), complete.indexOf("针对 P1") + 3));
		assertTrue(item.in(example.read(model -> model.resource().getURI())));
		assertEquals(complete.indexOf("问题 P1 ") + 3, item.offset());
		assertEquals(null, example.read(a -> definitions.at(a.resource(), complete.indexOf("前言"))), "no reference, no target");
	}

	@Test
	void contentAssistOffersChineseKeywordsAndItemTemplates() {
		String text = "报告 \"草稿\"\n方面 理论学习 {\n\t问题 P1 \"学习不够。\"\n\t\n}\n";
		List<Completion> proposals = proposals(text, text.indexOf("\t\n}") + 1);
		List<String> labels = labels(proposals);
		assertTrue(labels.containsAll(List.of("问题", "原因", "措施", "原因 …（模板）")), labels.toString());
		assertFalse(labels.contains("cause"), "English aliases only when typing Latin letters: " + labels);
		Completion template = proposal(proposals, "措施 …（模板）");
		assertEquals("措施 M1 \"[待填]\" \"[待填]\" 责任人 \"[待填]\" 时限 \"[待填]\"", template.text());
		String inserted = template.applyTo(text);
		assertTrue(inserted.contains("\t措施 M1 \"[待填]\""));
		assertFalse(analyzer.analyze(URI.createURI("memory:/r.dzr"), inserted, List.of()).read(model -> model.resource().getParseResult().hasSyntaxErrors()),
				"the template parses");
	}
}
