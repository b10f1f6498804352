package org.duizhao.dsl.tests;

import static org.duizhao.dsl.tests.Fixture.codes;
import static org.duizhao.dsl.tests.Fixture.marked;
import static org.duizhao.dsl.tests.Fixture.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.duizhao.dsl.export.Block;
import org.duizhao.dsl.export.PlainText;
import org.duizhao.dsl.export.ReportLayout;
import org.duizhao.dsl.ide.analysis.Analysis;
import org.duizhao.dsl.ide.analysis.OutlineBuilder;
import org.duizhao.dsl.ide.analysis.OutlineNode;
import org.duizhao.dsl.ide.quickfix.QuickfixEngine;
import org.duizhao.dsl.ide.templates.ItemTemplates;
import org.duizhao.dsl.nodes.Part;
import org.duizhao.dsl.nodes.PartSummaries;
import org.duizhao.dsl.validation.IssueCodes;
import org.duizhao.model.Library;
import org.duizhao.model.Profile;
import org.duizhao.model.Report;
import org.duizhao.model.Scope;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** 上年度整改, 征求意见, 相互批评 and 落款: each check triggered and quiet, each fix applied, outline and export. */
@ExtendWith(InjectionExtension.class)
@InjectWith(DuizhaoIdeInjectorProvider.class)
class PartsTest {

	/** Last year's report: three measures, one with its ledger state. */
	static final String LAST_YEAR = """
			报告 "2024年度民主生活会班子对照检查材料"
			依据 双方面
			方面 学习 {
				问题 P1 "理论学习中心组学习流于形式。" "全年集中学习12次，研讨发言照本宣科的多。"
				原因 C1 "思想上重视不够。" 针对 P1
				措施 M1 "建立学习督查制度。" 针对 P1 责任人 "王强" 时限 "2025-06-30" 状态 已完成
				措施 M2 "开展青年干部读书班。" 针对 P1 责任人 "王强" 时限 "2025-12-31" 状态 推进中
			}
			方面 作风 {
				问题 P2 "联系点走访不够。" "全年到联系点只去了2次。"
				原因 C2 "宗旨意识有所淡化。" 针对 P2
				措施 M3 "改进调研方式。" 针对 P2 责任人 "李华" 时限 "2025-09-30" 状态 未开始
			}
			""";

	static final String PREVIOUS = """
			上年度整改 "2024.dzr" {
				整改 M1 已完成 "督查制度已印发，每季度通报一次。"
				整改 M2 持续推进 "读书班已办两期。"
				整改 M3 未完成 "蹲点调研只开展了一次。" 原因 "汛期抢险占用了计划时间。"
			}
			""";

	static final String OPINIONS = """
			征求意见 共 2 条 {
				意见 Y1 "学习联系实际不够。" 认领 P1
				意见 Y2 "希望多到基层。" 说明 "已纳入明年调研计划。"
			}
			""";

	@Inject
	private Fixture fixture;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private QuickfixEngine engine;

	@Inject
	private OutlineBuilder outline;

	@TempDir
	Path folder;

	/** The sample report with {@code parts} after its preface, loaded from a file beside last year's. */
	private XtextResource report(String parts) throws IOException {
		return load(withParts(parts));
	}

	private static String withParts(String parts) {
		return Samples.VALID.replace("方面 学习 {", parts + "\n方面 学习 {");
	}

	private XtextResource load(String text) throws IOException {
		Files.writeString(folder.resolve("2024.dzr"), LAST_YEAR);
		XtextResourceSet set = resourceSets.get();
		XtextResource profiles = (XtextResource) set.createResource(URI.createFileURI(folder.resolve(Samples.PROFILE_FILE).toString()));
		profiles.load(new ByteArrayInputStream(Samples.PROFILE.getBytes(StandardCharsets.UTF_8)), Map.of());
		Path file = folder.resolve("2025.dzr");
		Files.writeString(file, text);
		XtextResource resource = (XtextResource) set.createResource(URI.createFileURI(file.toString()));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
		return resource;
	}

	private List<Issue> issues(XtextResource resource, String code) {
		return withCode(fixture.validate(resource), code);
	}

	private String fix(String text, String code, String label) throws IOException {
		XtextResource resource = load(text);
		List<Issue> found = issues(resource, code);
		assertFalse(found.isEmpty(), "expected " + code);
		List<QuickfixEngine.Fix> fixes = engine.fixes(resource, found.get(0));
		QuickfixEngine.Fix fix = fixes.stream().filter(f -> f.label().equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError(label + " not among " + fixes.stream().map(QuickfixEngine.Fix::label).toList()));
		return fix.applyTo(text);
	}

	@Test
	void completePartsAreClean() throws IOException {
		assertEquals(List.of(), fixture.validate(report(PREVIOUS + "\n" + OPINIONS)));
	}

	// ---- 上年度整改 ----

	@Test
	void aMeasureOfLastYearLeftOutIsNamedAndTheFixInsertsItWithItsLedgerState() throws IOException {
		String text = withParts(PREVIOUS.replace("\t整改 M2 持续推进 \"读书班已办两期。\"\n", "")
				.replace("\t整改 M3 未完成 \"蹲点调研只开展了一次。\" 原因 \"汛期抢险占用了计划时间。\"\n", ""));
		List<Issue> found = issues(load(text), IssueCodes.PREVIOUS_MEASURE_WITHOUT_STATUS);
		assertEquals(1, found.size());
		assertEquals("上年度材料中的措施 M2、M3 还没有写落实情况（已完成、持续推进或未完成）", found.get(0).getMessage());
		assertEquals("\"2024.dzr\"", marked(text, found.get(0)));
		String fixed = fix(text, IssueCodes.PREVIOUS_MEASURE_WITHOUT_STATUS, "从上年度材料补上措施 M2、M3 的落实情况");
		assertEquals(text.replace("\t整改 M1 已完成 \"督查制度已印发，每季度通报一次。\"\n", """
					整改 M1 已完成 "督查制度已印发，每季度通报一次。"
					// M2 开展青年干部读书班。
					整改 M2 持续推进 "[待填]"
					// M3 改进调研方式。
					整改 M3 未完成 "[待填]" 原因 "[待填]"
				"""), fixed);
		assertFalse(codes(fixture.validate(load(fixed))).contains(IssueCodes.PREVIOUS_MEASURE_WITHOUT_STATUS));
	}

	@Test
	void aFollowupWithoutStateIsAWarningAndEachStateIsOnOffer() throws IOException {
		String text = withParts(PREVIOUS.replace("整改 M2 持续推进", "整改 M2"));
		List<Issue> found = issues(load(text), IssueCodes.PREVIOUS_MEASURE_WITHOUT_STATUS);
		assertEquals(1, found.size());
		assertEquals(Severity.WARNING, found.get(0).getSeverity());
		assertEquals("M2", marked(text, found.get(0)));
		assertEquals(withParts(PREVIOUS), fix(text, IssueCodes.PREVIOUS_MEASURE_WITHOUT_STATUS, "落实情况写“持续推进”"));
	}

	@Test
	void aFollowupOfAMeasureLastYearDidNotHaveIsAnError() throws IOException {
		String text = withParts(PREVIOUS.replace("整改 M3", "整改 M9"));
		List<Issue> found = issues(load(text), IssueCodes.PREVIOUS_MEASURE_UNKNOWN);
		assertEquals(1, found.size());
		assertEquals(Severity.ERROR, found.get(0).getSeverity());
		assertEquals("上年度材料中没有编号为“M9”的措施；有：M1、M2、M3", found.get(0).getMessage());
		assertTrue(issues(report(PREVIOUS), IssueCodes.PREVIOUS_MEASURE_UNKNOWN).isEmpty());
	}

	@Test
	void notDoneNeedsAReasonAndTheFixAddsOne() throws IOException {
		String text = withParts(PREVIOUS.replace(" 原因 \"汛期抢险占用了计划时间。\"", ""));
		List<Issue> found = issues(load(text), IssueCodes.PREVIOUS_NOT_DONE_WITHOUT_REASON);
		assertEquals(1, found.size());
		assertEquals("未完成", marked(text, found.get(0)));
		assertEquals(withParts(PREVIOUS.replace("汛期抢险占用了计划时间。", "[待填]")),
				fix(text, IssueCodes.PREVIOUS_NOT_DONE_WITHOUT_REASON, "补上未完成的原因"));
		assertTrue(issues(report(PREVIOUS), IssueCodes.PREVIOUS_NOT_DONE_WITHOUT_REASON).isEmpty());
	}

	@Test
	void aProblemOfLastYearAgainIsAWarningNamingIt() throws IOException {
		String text = withParts(PREVIOUS).replace("问题 P2 \"调查研究不够扎实。\" \"全年到基层只有4次，听汇报多。\"",
				"问题 P2 \"理论学习中心组学习流于形式。\" \"全年集中学习10次，研讨发言照本宣科的多。\"");
		List<Issue> found = issues(load(text), IssueCodes.PREVIOUS_PROBLEM_REPEATED);
		assertEquals(1, found.size(), found.toString());
		assertTrue(found.get(0).getMessage().startsWith("问题 P2 与上年度材料的问题 P1（第4行）几乎相同"), found.get(0).getMessage());
		assertTrue(issues(report(PREVIOUS), IssueCodes.PREVIOUS_PROBLEM_REPEATED).isEmpty());
	}

	@Test
	void lastYearsReportMayBeAnImportableTextFile() throws IOException {
		Files.writeString(folder.resolve("2024.txt"), """
				2024年度民主生活会班子对照检查材料
				一、存在的问题
				（一）理论学习方面
				一是调查研究的深度和广度都不够。
				二、整改措施
				1.建立学习督查制度。
				""");
		String text = withParts("上年度整改 \"2024.txt\" {\n}\n");
		List<Issue> found = issues(load(text), IssueCodes.PREVIOUS_MEASURE_WITHOUT_STATUS);
		assertEquals(1, found.size(), fixture.validate(load(text)).toString());
		assertEquals("上年度材料中的措施 M1 还没有写落实情况（已完成、持续推进或未完成）", found.get(0).getMessage());
	}

	@Test
	void aMissingFileIsAnErrorOnItsName() throws IOException {
		String text = withParts("上年度整改 \"没有这个文件.dzr\" {\n}\n");
		List<Issue> found = issues(load(text), IssueCodes.PREVIOUS_REPORT_UNREADABLE);
		assertEquals(1, found.size());
		assertEquals("\"没有这个文件.dzr\"", marked(text, found.get(0)));
	}

	// ---- 征求意见 ----

	@Test
	void anOpinionNeitherClaimedNorAnsweredIsAWarningWithFixes() throws IOException {
		String text = withParts(OPINIONS.replace(" 说明 \"已纳入明年调研计划。\"", ""));
		List<Issue> found = issues(load(text), IssueCodes.OPINION_NOT_TAKEN_UP);
		assertEquals(1, found.size());
		assertEquals("Y2", marked(text, found.get(0)));
		assertEquals(withParts(OPINIONS.replace(" 说明 \"已纳入明年调研计划。\"", " 认领 P2")),
				fix(text, IssueCodes.OPINION_NOT_TAKEN_UP, "由问题 P2 认领意见 Y2"));
		assertEquals(withParts(OPINIONS.replace("已纳入明年调研计划。", "[待填]")),
				fix(text, IssueCodes.OPINION_NOT_TAKEN_UP, "对这条意见写说明"));
		assertTrue(issues(report(OPINIONS), IssueCodes.OPINION_NOT_TAKEN_UP).isEmpty());
	}

	@Test
	void theCountMustMatchTheOpinionsListedAndTheFixCorrectsIt() throws IOException {
		String text = withParts(OPINIONS.replace("共 2 条", "共 27 条"));
		List<Issue> found = issues(load(text), IssueCodes.OPINION_COUNT);
		assertEquals(1, found.size());
		assertEquals("写的是“共 27 条”，列出的意见是 2 条", found.get(0).getMessage());
		assertEquals(withParts(OPINIONS), fix(text, IssueCodes.OPINION_COUNT, "把总数改为列出的 2 条"));
		// a count alone, nothing listed, is a summary
		assertTrue(issues(report("征求意见 共 27 条 {\n}\n"), IssueCodes.OPINION_COUNT).isEmpty());
		// and so is a list the words say gives the main ones, or groups them
		for (String words : List.of("会前共征求意见建议27条，主要有：", "共收到意见建议27条，归纳为2个方面：", "共征求意见建议27条，主要意见如下：")) {
			String some = OPINIONS.replace("共 2 条 {", "共 27 条 \"" + words + "\" {");
			assertTrue(issues(report(some), IssueCodes.OPINION_COUNT).isEmpty(), words);
		}
		assertEquals(1, issues(report(OPINIONS.replace("共 2 条 {", "共 27 条 \"会前共征求意见建议27条：\" {")), IssueCodes.OPINION_COUNT).size());
		// how they were gathered is not which are listed
		assertEquals(1, issues(report(OPINIONS.replace("共 2 条 {", "共 27 条 \"主要是通过座谈会征求意见建议27条：\" {")), IssueCodes.OPINION_COUNT).size());
	}

	// ---- 相互批评 and the parts a profile requires ----

	@Test
	void aCriticismReceivedWithoutResponseIsAWarning() throws IOException {
		String given = "相互批评 {\n\t对 \"张明\" \"上月三次例会迟到。\"\n\t来自 \"李红\" \"调研时听汇报多，下村少。\"\n}\n";
		String text = Samples.VALID + "\n" + given;
		List<Issue> found = issues(load(text), IssueCodes.CRITICISM_WITHOUT_RESPONSE);
		assertEquals(1, found.size());
		assertEquals("\"李红\"", marked(text, found.get(0)));
		String fixed = fix(text, IssueCodes.CRITICISM_WITHOUT_RESPONSE, "补上回应：打算怎样改");
		assertEquals(text.replace("下村少。\"", "下村少。\" 回应 \"[待填]\""), fixed);
	}

	@Test
	void aPartTheProfileRequiresIsAddedWhereNoticesPutIt() throws IOException {
		String profile = Samples.PROFILE.replace("必填 责任人 时限", "必填 责任人 时限 征求意见 相互批评 落款");
		String text = Samples.VALID;
		XtextResource resource = loadWithProfile(text, profile);
		List<Issue> found = withCode(fixture.validate(resource), IssueCodes.MISSING_PART);
		// a group report owes no mutual criticism
		assertEquals(List.of("方案“双方面”要求写“征求意见”部分", "方案“双方面”要求写“落款”部分"), found.stream().map(Issue::getMessage).toList());
		List<QuickfixEngine.Fix> fixes = engine.fixes(resource, found.get(0));
		String fixed = fixes.get(0).applyTo(text);
		assertEquals(text.replace("前言 \"按照要求，班子认真查摆问题。\"\n", "前言 \"按照要求，班子认真查摆问题。\"\n\n征求意见 {\n\t意见 Y1 \"[待填]\"\n}\n"), fixed);
		String signed = engine.fixes(resource, found.get(1)).get(0).applyTo(text);
		assertTrue(signed.endsWith("}\n\n落款 \"青川县交通运输局党组\"\n"), signed);
		XtextResource personal = loadWithProfile(text.replace("类型 班子", "类型 个人"), profile);
		assertTrue(withCode(fixture.validate(personal), IssueCodes.MISSING_PART).stream()
				.anyMatch(i -> i.getMessage().contains("相互批评")));
	}

	/** The opinions gathered, told with their count in the preface as many reports tell them, are the part told. */
	@Test
	void opinionsCountedInThePrefaceAreThePartTold() throws IOException {
		String profile = Samples.PROFILE.replace("必填 责任人 时限", "必填 责任人 时限 征求意见");
		String told = Samples.VALID.replace("前言 \"按照要求，班子认真查摆问题。\"",
				"前言 \"按照要求，会前通过座谈会和问卷征求意见建议27条，逐条对号认领，班子认真查摆问题。\"");
		assertEquals(List.of(), withCode(fixture.validate(loadWithProfile(told, profile)), IssueCodes.MISSING_PART));
		// mentioned without a count, they are not told
		String mentioned = Samples.VALID.replace("前言 \"按照要求，班子认真查摆问题。\"", "前言 \"按照要求，班子广泛征求意见，认真查摆问题。\"");
		assertEquals(List.of("方案“双方面”要求写“征求意见”部分"),
				withCode(fixture.validate(loadWithProfile(mentioned, profile)), IssueCodes.MISSING_PART).stream().map(Issue::getMessage).toList());
	}

	@Test
	void aPartAddedToAReportWithAStatementGoesBeforeTheStatement() throws IOException {
		String profile = Samples.PROFILE.replace("必填 责任人 时限", "必填 责任人 时限 相互批评");
		String text = Samples.VALID.replace("类型 班子", "类型 个人") + "\n" + STATEMENT;
		XtextResource resource = loadWithProfile(text, profile);
		List<Issue> found = withCode(fixture.validate(resource), IssueCodes.MISSING_PART);
		assertEquals(1, found.size(), found.toString());
		String fixed = engine.fixes(resource, found.get(0)).get(0).applyTo(text);
		assertTrue(fixed.indexOf("相互批评 {") < fixed.indexOf("说明 \"个人有关事项\""), fixed);
		assertEquals(List.of(), fixture.validate(loadWithProfile(fixed, profile)).stream()
				.filter(i -> IssueCodes.SYNTAX_ERROR.equals(i.getCode()) || Diagnostic.SYNTAX_DIAGNOSTIC.equals(i.getCode())).toList());
	}

	@Test
	void partsAddedToAReportWithLeadsAndAttachmentsGoWhereTheGrammarPutsThem() throws IOException {
		String profile = Samples.PROFILE.replace("必填 责任人 时限", "必填 责任人 时限 征求意见 相互批评");
		String text = withLeads().replace("类型 班子", "类型 个人") + "\n附件 \"征求意见建议清单\"\n";
		XtextResource resource = loadWithProfile(text, profile);
		List<Issue> found = withCode(fixture.validate(resource), IssueCodes.MISSING_PART);
		assertEquals(2, found.size(), found.toString());
		String opinions = engine.fixes(resource, found.get(0)).get(0).applyTo(text);
		// before the leads, which open the parts after it
		assertEquals(text.replace("导语 问题", "征求意见 {\n\t意见 Y1 \"[待填]\"\n}\n\n导语 问题"), opinions);
		String criticism = engine.fixes(resource, found.get(1)).get(0).applyTo(text);
		assertTrue(criticism.indexOf("相互批评 {") < criticism.indexOf("附件 "), criticism);
		for (String fixed : List.of(opinions, criticism)) {
			assertEquals(List.of(), fixture.validate(loadWithProfile(fixed, profile)).stream()
					.filter(i -> IssueCodes.SYNTAX_ERROR.equals(i.getCode()) || Diagnostic.SYNTAX_DIAGNOSTIC.equals(i.getCode())).toList(), fixed);
		}
	}

	private XtextResource loadWithProfile(String text, String profile) throws IOException {
		XtextResourceSet set = resourceSets.get();
		XtextResource profiles = (XtextResource) set.createResource(URI.createFileURI(folder.resolve(Samples.PROFILE_FILE).toString()));
		profiles.load(new ByteArrayInputStream(profile.getBytes(StandardCharsets.UTF_8)), Map.of());
		XtextResource resource = (XtextResource) set.createResource(URI.createFileURI(folder.resolve("r.dzr").toString()));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
		return resource;
	}

	@Test
	void theNewReportSkeletonHasTheRequiredParts() {
		XtextResource profiles = fixture.parse(Samples.PROFILE.replace("必填 责任人 时限", "必填 责任人 时限 上年度整改 征求意见 相互批评"));
		Profile profile = ((Library) profiles.getContents().get(0)).getProfiles().get(0);
		String skeleton = ItemTemplates.report(profile, Scope.PERSONAL, "青川县交通运输局", "个人对照检查材料", LocalDate.of(2026, 1, 5));
		assertTrue(skeleton.indexOf("上年度整改 \"[待填：上年度材料的文件名]\" {") < skeleton.indexOf("方面 学习"), skeleton);
		assertTrue(skeleton.indexOf("征求意见 {") < skeleton.indexOf("方面 学习"), skeleton);
		assertTrue(skeleton.indexOf("相互批评 {") > skeleton.indexOf("方面 作风"), skeleton);
		assertEquals(List.of(Part.PREVIOUS, Part.OPINIONS, Part.CRITICISM), Part.requiredBy(profile, Scope.PERSONAL));
	}

	// ---- outline and export ----

	@Test
	void theOutlineSumsUpEachPart() throws IOException {
		XtextResource resource = report(PREVIOUS + "\n" + OPINIONS.replace("\n}", "\n\t结语 \"以上意见均已逐条认领。\"\n}"));
		List<OutlineNode> rows = outline.build(new Analysis(resource.getParseResult().getRootNode().getText(), resource, List.of()))
				.get(0).children();
		// the 前言 above them, a row of the report's own words
		assertEquals(List.of(OutlineNode.Kind.TEXT, OutlineNode.Kind.PART, OutlineNode.Kind.PART), rows.subList(0, 3).stream().map(OutlineNode::kind).toList());
		List<OutlineNode> parts = rows.stream().filter(row -> row.kind() == OutlineNode.Kind.PART).toList();
		assertEquals("上年度整改（措施 3 项，已完成 1，持续推进 1，未完成 1）", parts.get(0).label());
		assertEquals("征求意见：意见 2 条，认领 1，说明 1", parts.get(1).label());
		assertEquals(OutlineNode.Kind.ENTRY, parts.get(1).children().get(0).kind());
		// the part's words after the opinions, a row after them
		assertEquals(List.of("Y1 学习联系实际不够。", "Y2 希望多到基层。", "结语 以上意见均已逐条认领。"),
				parts.get(1).children().stream().map(OutlineNode::label).toList());
		assertEquals(OutlineNode.Kind.TEXT, parts.get(1).children().get(2).kind());
	}

	@Test
	void theExportPutsLastYearFirstThenOpinionsThenTheProblems() throws IOException {
		String text = Samples.VALID.replace("类型 班子", "类型 个人").replace("方面 学习 {", PREVIOUS + "\n" + OPINIONS + "\n方面 学习 {")
				+ "\n相互批评 {\n\t来自 \"李红\" \"调研时听汇报多。\" 回应 \"每月下村两天。\"\n\t来自 \"同志们\" \"讲话时间偏长。\"\n}\n\n"
				+ "落款 \"张明\" \"2026年1月20日\"\n";
		Report report = (Report) load(text).getContents().get(0);
		List<String> lines = ReportLayout.of(report, ReportLayout.Layout.TRADITIONAL, ReportLayout.Numbering.LIST).stream()
				.map(Block::plain).toList();
		assertEquals("一、上年度民主生活会整改措施落实情况", lines.get(2));
		assertEquals("3.（未完成）蹲点调研只开展了一次。未完成的原因：汛期抢险占用了计划时间。", lines.get(5));
		// a measure still going on is not 未完成
		List<String> going = ReportLayout.of((Report) load(text.replace("整改 M2 持续推进 \"读书班已办两期。\"",
				"整改 M2 持续推进 \"读书班已办两期。\" 原因 \"第三期教材未到。\"")).getContents().get(0),
				ReportLayout.Layout.TRADITIONAL, ReportLayout.Numbering.LIST).stream().map(Block::plain).toList();
		assertEquals("2.（持续推进）读书班已办两期。原因：第三期教材未到。", going.get(4));
		List<String> saysItself = ReportLayout.of((Report) load(text.replace("整改 M2 持续推进 \"读书班已办两期。\"",
				"整改 M2 持续推进 \"读书班已办两期。\" 原因 \"主要原因是第三期教材未到\"")).getContents().get(0),
				ReportLayout.Layout.TRADITIONAL, ReportLayout.Numbering.LIST).stream().map(Block::plain).toList();
		assertEquals("2.（持续推进）读书班已办两期。主要原因是第三期教材未到。", saysItself.get(4));
		// words that say where the measure stands are not told it again in brackets; a reason without its stop gets one
		List<String> statedInWords = ReportLayout.of((Report) load(text.replace("整改 M2 持续推进 \"读书班已办两期。\"",
				"整改 M2 持续推进 \"读书班已办两期，持续推进。\" 原因 \"第三期教材未到\"")).getContents().get(0),
				ReportLayout.Layout.TRADITIONAL, ReportLayout.Numbering.LIST).stream().map(Block::plain).toList();
		assertEquals("2.读书班已办两期，持续推进。原因：第三期教材未到。", statedInWords.get(4));
		// a reason that starts with 因 does not say because twice
		List<String> because = ReportLayout.of((Report) load(text.replace("整改 M2 持续推进 \"读书班已办两期。\"",
				"整改 M2 持续推进 \"读书班已办两期。\" 原因 \"因第三期教材未到\"")).getContents().get(0),
				ReportLayout.Layout.TRADITIONAL, ReportLayout.Numbering.LIST).stream().map(Block::plain).toList();
		assertEquals("2.（持续推进）读书班已办两期。因第三期教材未到。", because.get(4));
		assertEquals("二、征求意见情况", lines.get(6));
		assertEquals("会前共征求意见建议2条，其中对照认领1条，作出说明1条。", lines.get(7));
		assertEquals("三、存在的问题", lines.get(10));
		int criticism = lines.indexOf("六、相互批评");
		assertTrue(criticism > 0, lines.toString());
		assertEquals("李红同志：调研时听汇报多。我的回应：每月下村两天。", lines.get(criticism + 2));
		// what no one in particular said is not 同志们同志
		assertEquals("同志们：讲话时间偏长。", lines.get(criticism + 3));
		assertEquals(List.of("张明", "2026年1月20日"), lines.subList(lines.size() - 2, lines.size()));
		// words that say who spoke, or name the colleague they are said to, are not labelled again
		List<String> sayWho = ReportLayout.of((Report) load(text.replace("来自 \"同志们\" \"讲话时间偏长。\"", "来自 \"同志们\" \"也有同志指出，我讲话时间偏长。\"")
				.replace("相互批评 {", "相互批评 {\n\t对 \"副局长钱立\" \"副局长钱立同志对年轻干部放手不够。\"")).getContents().get(0),
				ReportLayout.Layout.TRADITIONAL, ReportLayout.Numbering.LIST).stream().map(Block::plain).toList();
		assertTrue(sayWho.contains("也有同志指出，我讲话时间偏长。"), sayWho.toString());
		assertTrue(sayWho.contains("副局长钱立同志对年轻干部放手不够。"), sayWho.toString());
	}

	@Test
	void opinionsGivenOnlyAsATotalSayNothingOfHowTheyWereTakenUp() throws IOException {
		String text = Samples.VALID.replace("方面 学习 {", "征求意见 共 31 条 {\n}\n\n方面 学习 {");
		Report report = (Report) load(text).getContents().get(0);
		List<String> lines = ReportLayout.of(report, ReportLayout.Layout.TRADITIONAL, ReportLayout.Numbering.LIST).stream()
				.map(Block::plain).toList();
		int opinions = lines.indexOf("一、征求意见情况");
		assertEquals("会前共征求意见建议31条。", lines.get(opinions + 1), lines.toString());
	}

	@Test
	void theOpinionsPartsOwnWordsAreInTheDocument() throws IOException {
		String words = "会前通过座谈会、个别访谈等方式，共征求意见建议31条，均已对号认领。";
		String text = Samples.VALID.replace("方面 学习 {", "征求意见 共 31 条 \"" + words + "\" {\n}\n\n方面 学习 {");
		Report report = (Report) load(text).getContents().get(0);
		assertEquals(words, report.getOpinions().getDescription());
		List<String> lines = ReportLayout.of(report, ReportLayout.Layout.TRADITIONAL, ReportLayout.Numbering.LIST).stream()
				.map(Block::plain).toList();
		int opinions = lines.indexOf("一、征求意见情况");
		// the writer's words give the total: the generated sentence would say it twice
		assertEquals(List.of(words, "二、存在的问题"), lines.subList(opinions + 1, opinions + 3), lines.toString());
	}

	@Test
	void theTotalIsSaidOnceWhetherTheWritersWordsGiveItOrNot() throws IOException {
		String listed = "\t意见 Y1 \"学习不够。\" 认领 P1\n";
		for (String[] c : new String[][] { { "会前共征求到意见建议31条。", listed, "会前共征求到意见建议31条。|1.学习不够。（已对号认领）" },
				{ "会前召开了座谈会。", "", "会前召开了座谈会。|会前共征求意见建议31条。" },
				{ "会前召开了座谈会。", listed, "会前召开了座谈会。|会前共征求意见建议31条，其中对照认领1条。" } }) {
			String text = Samples.VALID.replace("方面 学习 {", "征求意见 共 31 条 \"" + c[0] + "\" {\n" + c[1] + "}\n\n方面 学习 {");
			List<String> lines = ReportLayout.of((Report) load(text).getContents().get(0), ReportLayout.Layout.TRADITIONAL,
					ReportLayout.Numbering.LIST).stream().map(Block::plain).toList();
			int opinions = lines.indexOf("一、征求意见情况");
			assertEquals(c[2], String.join("|", lines.subList(opinions + 1, opinions + 3)), lines.toString());
		}
	}

	// ---- 导语: the words that open a part or an aspect

	private static final String LEADS = """
			导语 问题 "对照两个方面深入查摆，班子主要存在以下问题："
			导语 原因 "深入剖析上述问题，根子在思想上。"
			导语 措施 "针对上述问题，班子将逐项整改："
			""";

	private String withLeads() {
		return withParts(LEADS).replace("方面 学习 {\n", "方面 学习 {\n\t导语 \"学习还不够系统深入。\"\n");
	}

	/** The outline has a row for each of the report's own words: 前言, the leads, 结语 and 附件, where they stand. */
	@Test
	void theOutlineShowsThePrefaceLeadsClosingAndAttachments() throws IOException {
		String text = withLeads() + "\n结语 \"以上对照检查，请同志们批评指正。\"\n\n附件 \"征求意见建议清单\", \"班子整改台账\"\n";
		XtextResource resource = load(text);
		List<OutlineNode> rows = outline.build(new Analysis(text, resource, List.of())).get(0).children();
		assertEquals(List.of("TEXT 前言 按照要求，班子认真查摆问题。", "TEXT 导语 问题 对照两个方面深入查摆，班子主要存在以下问题：", "TEXT 导语 原因 深入剖析上述问题，根子在思想上。",
				"TEXT 导语 措施 针对上述问题，班子将逐项整改：", "ASPECT 理论学习（问题 1，原因 1，措施 1）", "ASPECT 工作作风（问题 1，原因 1，措施 1）",
				"TEXT 结语 以上对照检查，请同志们批评指正。", "TEXT 附件 征求意见建议清单、班子整改台账"),
				rows.stream().map(row -> row.kind() + " " + row.label()).toList());
		OutlineNode lead = rows.get(1);
		assertTrue(text.substring(lead.offset()).startsWith("导语 问题 \"对照两个方面"), text.substring(lead.offset()));
		OutlineNode attachments = rows.get(7);
		assertEquals("\"征求意见建议清单\", \"班子整改台账\"", text.substring(attachments.offset(), attachments.offset() + attachments.length()));
	}

	@Test
	void leadsAreCleanAndOpenTheirPartsInTheDocument() throws IOException {
		XtextResource resource = load(withLeads());
		assertEquals(List.of(), fixture.validate(resource));
		Report report = (Report) resource.getContents().get(0);
		List<String> list = ReportLayout.of(report, ReportLayout.Layout.TRADITIONAL, ReportLayout.Numbering.LIST).stream().map(Block::plain)
				.toList();
		assertEquals(List.of("测试班子对照检查材料", "按照要求，班子认真查摆问题。", "一、存在的问题", "对照两个方面深入查摆，班子主要存在以下问题：",
				"（一）在理论学习方面", "学习还不够系统深入。", "1.理论学习不够深入。今年6次集中学习都停留在读原文，联系实际不够。", "（二）在工作作风方面",
				"1.调查研究不够扎实。全年到基层只有4次，听汇报多。", "二、问题的原因", "深入剖析上述问题，根子在思想上。", "（一）思想上重视不够。没有把学习摆在首位。",
				"（二）宗旨意识有所淡化。对群众冷暖关心不够。", "三、整改的措施", "针对上述问题，班子将逐项整改：",
				"（一）健全学习制度。每月集中学习一次。（责任人：王强；完成时限：2024-06-30）", "（二）改进调研方式。每季度到基层蹲点一周。（责任人：李华；完成时限：2024年9月底前）",
				"青川县交通运输局党组"), list);
		// problems numbered inline run on from the aspect's lead, as drafts write them (and the import reads them back)
		List<String> inline = ReportLayout.of(report, ReportLayout.Layout.TRADITIONAL, ReportLayout.Numbering.INLINE).stream()
				.map(Block::plain).toList();
		assertEquals("学习还不够系统深入。一是理论学习不够深入。今年6次集中学习都停留在读原文，联系实际不够。", inline.get(5), inline.toString());
		// by aspect the report's problems have no heading: their lead follows the preface; the causes' and the
		// measures' open those of the first aspect
		List<String> byAspect = ReportLayout.of(report, ReportLayout.Layout.BY_ASPECT, ReportLayout.Numbering.LIST).stream()
				.map(Block::plain).toList();
		assertEquals(List.of("对照两个方面深入查摆，班子主要存在以下问题：", "一、在理论学习方面", "（一）存在的问题", "学习还不够系统深入。",
				"1.理论学习不够深入。今年6次集中学习都停留在读原文，联系实际不够。", "（二）问题的原因", "深入剖析上述问题，根子在思想上。", "1.思想上重视不够。没有把学习摆在首位。",
				"（三）整改的措施", "针对上述问题，班子将逐项整改：", "1.健全学习制度。每月集中学习一次。（责任人：王强；完成时限：2024-06-30）", "二、在工作作风方面",
				"（一）存在的问题", "1.调查研究不够扎实。全年到基层只有4次，听汇报多。", "（二）问题的原因"), byAspect.subList(2, 17), byAspect.toString());
		// a lead with no stop at its end does not run into 一是
		List<String> noStop = ReportLayout.of((Report) load(withLeads().replace("学习还不够系统深入。", "学习还不够系统深入")).getContents().get(0),
				ReportLayout.Layout.TRADITIONAL, ReportLayout.Numbering.INLINE).stream().map(Block::plain).toList();
		assertTrue(noStop.get(5).startsWith("学习还不够系统深入。一是"), noStop.get(5));
	}

	@Test
	void theFirstAspectAddedToAReportWithLeadsGoesAfterThem() throws IOException {
		String text = Samples.VALID.substring(0, Samples.VALID.indexOf("方面 学习 {")) + LEADS;
		XtextResource resource = load(text);
		List<QuickfixEngine.Fix> fixes = engine.fixes(resource, issues(resource, IssueCodes.MISSING_ASPECT).get(0));
		String fixed = fixes.get(0).applyTo(text);
		assertTrue(fixed.indexOf("方面 ") > fixed.indexOf("导语 措施"), fixed);
		assertEquals(List.of(), fixture.validate(load(fixed)).stream()
				.filter(i -> IssueCodes.SYNTAX_ERROR.equals(i.getCode()) || Diagnostic.SYNTAX_DIAGNOSTIC.equals(i.getCode())).toList(), fixed);
	}

	@Test
	void aSecondLeadOfAPartIsAWarningNamingTheFirst() throws IOException {
		String text = withLeads().replace("导语 措施", "导语 原因");
		List<Issue> found = issues(load(text), IssueCodes.DUPLICATE_LEAD);
		assertEquals(1, found.size(), found.toString());
		assertEquals(Severity.WARNING, found.get(0).getSeverity());
		assertEquals("“导语 原因”写了两次（第一次在第8行），导出的文稿中这一部分会有两段开头的话", found.get(0).getMessage());
		assertEquals(9, found.get(0).getLineNumber());
		// the fix joins the second to the first and removes its line
		assertEquals(text.replace("导语 原因 \"深入剖析上述问题，根子在思想上。\"\n导语 原因 \"针对上述问题，班子将逐项整改：\"\n",
				"导语 原因 \"深入剖析上述问题，根子在思想上。针对上述问题，班子将逐项整改：\"\n"), fix(text, IssueCodes.DUPLICATE_LEAD, "并入第一条导语（接在它的后面）"));
		// with Windows line ends, no carriage return is left behind
		String crlf = text.replace("\n", "\r\n");
		assertEquals(crlf.replace("导语 原因 \"深入剖析上述问题，根子在思想上。\"\r\n导语 原因 \"针对上述问题，班子将逐项整改：\"\r\n",
				"导语 原因 \"深入剖析上述问题，根子在思想上。针对上述问题，班子将逐项整改：\"\r\n"), fix(crlf, IssueCodes.DUPLICATE_LEAD, "并入第一条导语（接在它的后面）"));
		// a lead is text of the report like any other: its placeholders are found
		List<Issue> placeholders = issues(load(withLeads().replace("根子在思想上", "根子在XX上")), IssueCodes.PLACEHOLDER);
		assertEquals(List.of(8), placeholders.stream().map(Issue::getLineNumber).toList(), placeholders.toString());
	}

	@Test
	void aDeadlineTheMeasuresWordsStateIsNotSaidTwice() throws IOException {
		String text = Samples.VALID.replace("\"每季度到基层蹲点一周。\" 针对 P2, C2 责任人 \"李华\" 时限 \"2024年9月底前\"",
				"\"2024年9月底前建立蹲点制度。\" 针对 P2, C2 责任人 \"李华\" 时限 \"2024年9月底前\"");
		List<String> lines = ReportLayout.of((Report) load(text).getContents().get(0), ReportLayout.Layout.TRADITIONAL,
				ReportLayout.Numbering.LIST).stream().map(Block::plain).toList();
		assertTrue(lines.contains("（二）改进调研方式。2024年9月底前建立蹲点制度。（责任人：李华）"), lines.toString());
		// one the words do not state is said
		assertTrue(lines.contains("（一）健全学习制度。每月集中学习一次。（责任人：王强；完成时限：2024-06-30）"), lines.toString());
		// words without the year, which the report's date gives (an imported 于9月底前……): not said again either
		String yearless = text.replace("\"2024年9月底前建立蹲点制度。\"", "\"于9月底前建立蹲点制度。\"") + "\n落款 \"青川县交通运输局党组\" \"2024年1月8日\"\n";
		List<String> without = ReportLayout.of((Report) load(yearless).getContents().get(0), ReportLayout.Layout.TRADITIONAL,
				ReportLayout.Numbering.LIST).stream().map(Block::plain).toList();
		assertTrue(without.contains("（二）改进调研方式。于9月底前建立蹲点制度。（责任人：李华）"), without.toString());
	}

	// ---- 附件: the documents attached

	@Test
	void attachmentsComeBetweenTheTextAndTheSignatureAsGbT9704LaysThemOut() throws IOException {
		String text = Samples.VALID + "\n结语 \"以上对照检查，请批评指正。\"\n\n附件 \"征求意见建议清单。\", \"班子整改台账\"\n\n落款 \"青川县交通运输局党组\" \"2024年1月8日\"\n";
		XtextResource resource = load(text);
		assertEquals(List.of(), fixture.validate(resource));
		List<Block> blocks = ReportLayout.of((Report) resource.getContents().get(0), ReportLayout.Layout.TRADITIONAL,
				ReportLayout.Numbering.LIST);
		List<String> tail = blocks.subList(blocks.size() - 5, blocks.size()).stream().map(b -> b.kind() + " " + b.plain()).toList();
		// the name without its stop: 附件名称后不加标点符号
		assertEquals(List.of("BODY 以上对照检查，请批评指正。", "ATTACHMENT 附件：1.征求意见建议清单", "ATTACHMENT 2.班子整改台账",
				"SIGNATURE 青川县交通运输局党组", "SIGNATURE 2024年1月8日"), tail);
		// as text: after a blank line two characters in, the second name under the first
		assertTrue(PlainText.text(blocks).endsWith("以上对照检查，请批评指正。\n\n\u3000\u3000附件：1.征求意见建议清单\n"
				+ "\u3000\u3000\u3000\u3000\u30002.班子整改台账\n青川县交通运输局党组\n2024年1月8日\n"), PlainText.text(blocks));
		// one attachment has no number
		List<Block> one = ReportLayout.of((Report) load(text.replace(", \"班子整改台账\"", "")).getContents().get(0),
				ReportLayout.Layout.TRADITIONAL, ReportLayout.Numbering.LIST);
		assertEquals("附件：征求意见建议清单", one.get(one.size() - 3).plain());
	}

	// ---- 说明: parts under their own heading

	private static final String STATEMENT = """
			说明 "个人有关事项" {
				"本人严格执行领导干部报告个人有关事项制度，如实报告了婚姻、住房、投资等情况。"
				"配偶、子女均未在本人管辖范围内经商办企业。"
			}
			""";

	@Test
	void aStatementIsAPartUnderItsOwnHeadingInTheOutlineTheCheckViewAndTheDocument() throws IOException {
		String text = Samples.VALID.replace("类型 班子", "类型 个人") + "\n相互批评 {\n\t对 \"李红\" \"调研时听汇报多。\"\n}\n\n" + STATEMENT
				+ "\n结语 \"以上对照检查，请同志们批评指正。\"\n";
		XtextResource resource = load(text);
		assertEquals(List.of(), withCode(fixture.validate(resource), Diagnostic.SYNTAX_DIAGNOSTIC));
		Report report = (Report) resource.getContents().get(0);
		List<OutlineNode> parts = outline.build(new Analysis(text, resource, List.of())).get(0).children();
		assertEquals(List.of("说明 个人有关事项", "结语 以上对照检查，请同志们批评指正。"), parts.subList(parts.size() - 2, parts.size()).stream()
				.map(OutlineNode::label).toList());
		assertEquals("共 2 段", PartSummaries.statement(report.getStatements().get(0)));
		List<String> lines = ReportLayout.of(report, ReportLayout.Layout.TRADITIONAL, ReportLayout.Numbering.LIST).stream()
				.map(Block::plain).toList();
		int criticism = lines.indexOf("四、相互批评");
		assertEquals(List.of("五、个人有关事项", "本人严格执行领导干部报告个人有关事项制度，如实报告了婚姻、住房、投资等情况。",
				"配偶、子女均未在本人管辖范围内经商办企业。", "以上对照检查，请同志们批评指正。"), lines.subList(criticism + 3, lines.size() - 1), lines.toString());
	}

	@Test
	void aPlaceholderInAStatementIsFoundLikeAnywhereElse() throws IOException {
		List<Issue> found = issues(load(Samples.VALID + "\n" + STATEMENT.replace("如实报告了", "于XX月如实报告了")), IssueCodes.PLACEHOLDER);
		assertEquals(1, found.size(), found.toString());
		assertEquals(List.of(), issues(load(Samples.VALID + "\n" + STATEMENT), IssueCodes.PLACEHOLDER));
	}

	@Test
	void aStatementAfterTheClosingIsASyntaxError() throws IOException {
		String text = Samples.VALID + "\n结语 \"以上。\"\n\n" + STATEMENT;
		assertTrue(fixture.validate(load(text)).stream()
				.anyMatch(i -> IssueCodes.SYNTAX_ERROR.equals(i.getCode()) || Diagnostic.SYNTAX_DIAGNOSTIC.equals(i.getCode())));
	}

	@Test
	void lastYearsPartsOwnWordsComeBeforeItsFollowups() throws IOException {
		String words = "去年查摆的3个问题制定整改措施3条，已完成1条，持续推进1条，未完成1条。";
		Report report = (Report) report(PREVIOUS.replace("上年度整改 \"2024.dzr\" {", "上年度整改 \"2024.dzr\" \"" + words + "\" {"))
				.getContents().get(0);
		assertEquals(words, report.getPrevious().getDescription());
		List<String> lines = ReportLayout.of(report, ReportLayout.Layout.TRADITIONAL, ReportLayout.Numbering.LIST).stream()
				.map(Block::plain).toList();
		assertEquals(List.of("一、上年度民主生活会整改措施落实情况", words, "1.（已完成）督查制度已印发，每季度通报一次。"), lines.subList(2, 5), lines.toString());
	}

	/** A statement whose words say its state as the import reads them (已整改到位 is 已完成) is not marked again. */
	@Test
	void aStatementWhoseWordsSayItsStateIsNotMarkedAgain() throws IOException {
		Report report = (Report) report(PREVIOUS.replace("督查制度已印发，每季度通报一次。", "“下村调研少”问题已整改到位，全年走遍14个村。")).getContents().get(0);
		List<String> lines = ReportLayout.of(report, ReportLayout.Layout.TRADITIONAL, ReportLayout.Numbering.LIST).stream()
				.map(Block::plain).toList();
		assertTrue(lines.contains("1.“下村调研少”问题已整改到位，全年走遍14个村。"), lines.toString());
	}
}
