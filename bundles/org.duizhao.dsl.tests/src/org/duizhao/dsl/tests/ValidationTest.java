package org.duizhao.dsl.tests;

import static org.duizhao.dsl.tests.Fixture.codes;
import static org.duizhao.dsl.tests.Fixture.marked;
import static org.duizhao.dsl.tests.Fixture.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.duizhao.dsl.nodes.Reports;
import org.duizhao.dsl.validation.IssueCodes;
import org.duizhao.model.Report;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Every rule, once triggered and once quiet. */
@ExtendWith(InjectionExtension.class)
@InjectWith(DuizhaoIdeInjectorProvider.class)
class ValidationTest {

	@Test
	void aReportWithoutProfileFollowsTheNewestOfTheMeetingItsTitleNames() {
		String report = "报告 \"2025年度民主生活会班子对照检查材料\"\n方面 政治忠诚 {\n\t问题 P1 \"学习不够深入。\"\n}\n";
		List<Issue> issues = fixture.validate(report);
		assertTrue(issues.stream().noneMatch(i -> IssueCodes.UNRESOLVED_REFERENCE.equals(i.getCode())), issues.toString());
		assertTrue(issues.stream().anyMatch(i -> i.getMessage().contains("民主生活会2025")), issues.toString());
		List<Issue> older = fixture.validate(report.replace("2025年度民主生活会", "2023年主题教育专题民主生活会"));
		assertTrue(older.stream().anyMatch(i -> i.getMessage().contains("主题教育2023")), "主题教育 is named first: " + older);
		// a title of a year that has a profile of its own follows that one, not the newest
		List<Issue> ofItsYear = fixture.validate(report.replace("2025年度民主生活会", "2024年度民主生活会"));
		assertTrue(ofItsYear.stream().anyMatch(i -> i.getMessage().contains("民主生活会2024")), ofItsYear.toString());
	}

	@Test
	void aTitleOfALaterYearThanTheNewestProfileIsSaid() {
		String report = "报告 \"2026年度民主生活会班子对照检查材料\"\n方面 政治忠诚 {\n\t问题 P1 \"学习不够深入。\"\n}\n";
		List<Issue> later = withCode(fixture.validate(report), IssueCodes.PROFILE_OF_EARLIER_YEAR);
		assertEquals(List.of("标题是2026年的会议，内置方案中这种会议最新的是“民主生活会2025”，现按它检查；当年的方面以通知为准"),
				later.stream().map(Issue::getMessage).toList());
		assertEquals(List.of(), withCode(fixture.validate(report.replace("2026", "2025")), IssueCodes.PROFILE_OF_EARLIER_YEAR));
		// a profile named is the writer's choice
		assertEquals(List.of(), withCode(fixture.validate(report.replace("\n方面", "\n依据 民主生活会2025\n方面")), IssueCodes.PROFILE_OF_EARLIER_YEAR));
		String organisation = "报告 \"2024年度组织生活会个人对照检查材料\"\n";
		assertEquals(1, withCode(fixture.validate(organisation), IssueCodes.PROFILE_OF_EARLIER_YEAR).size());
		// the month a meeting is held in, and a title naming no meeting, say nothing of the profile's year
		for (String title : List.of("2026年1月民主生活会对照检查材料", "李某2026年度个人对照检查材料")) {
			assertEquals(List.of(), withCode(fixture.validate("报告 \"" + title + "\"\n"), IssueCodes.PROFILE_OF_EARLIER_YEAR), title);
		}
	}

	@Inject
	private Fixture fixture;

	private List<Issue> validate(String report) {
		return fixture.validate(fixture.parse(report, "report.dzr", Samples.withProfile()));
	}

	private List<Issue> issues(String report, String code) {
		return withCode(validate(report), code);
	}

	@Test
	void validReportHasNoIssues() {
		assertEquals(List.of(), validate(Samples.VALID));
	}

	// ---- rule 1: every section has problems, causes and measures ----

	@Test
	void sectionWithoutCausesIsAnErrorOnTheAspectName() {
		String text = Samples.VALID.replace("\t原因 C1 \"思想上重视不够。\" \"没有把学习摆在首位。\" 针对 P1\n", "");
		List<Issue> found = issues(text, IssueCodes.SECTION_WITHOUT_CAUSES);
		assertEquals(1, found.size());
		assertEquals(Severity.ERROR, found.get(0).getSeverity());
		assertEquals("学习", marked(text, found.get(0)));
		assertEquals("“理论学习”方面没有分析原因", found.get(0).getMessage());
	}

	@Test
	void sectionWithoutProblemsOrMeasuresIsAnError() {
		String text = Samples.VALID.replace("""
					问题 P2 "调查研究不够扎实。" "全年到基层只有4次，听汇报多。"
				""", "").replace("\t措施 M2 \"改进调研方式。\" \"每季度到基层蹲点一周。\" 针对 P2, C2 责任人 \"李华\" 时限 \"2024年9月底前\"\n", "");
		assertEquals(1, issues(text, IssueCodes.SECTION_WITHOUT_PROBLEMS).size());
		assertEquals(1, issues(text, IssueCodes.SECTION_WITHOUT_MEASURES).size());
		assertTrue(issues(Samples.VALID, IssueCodes.SECTION_WITHOUT_PROBLEMS).isEmpty());
	}

	// ---- rule 2: the profile's aspects, each once, none unknown ----

	@Test
	void missingAspectIsNamedOnTheTitle() {
		String text = Samples.VALID.substring(0, Samples.VALID.indexOf("方面 作风"));
		List<Issue> found = issues(text, IssueCodes.MISSING_ASPECT);
		assertEquals(1, found.size());
		assertEquals("\"测试班子对照检查材料\"", marked(text, found.get(0)));
		assertEquals("缺少方案“双方面”要求的方面：“工作作风”", found.get(0).getMessage());
		assertEquals(List.of("作风"), List.of(found.get(0).getData()));
	}

	@Test
	void aspectTwiceIsAnError() {
		String text = Samples.VALID + """

				方面 学习 {
					问题 P3 "学风不够扎实。" "满足于一知半解。"
					原因 C3 "自我要求放松。" "标准不高。" 针对 P3
					措施 M3 "端正学风。" "坚持学用结合。" 针对 P3 责任人 "王强" 时限 "2024-12-31"
				}
				""";
		List<Issue> found = issues(text, IssueCodes.DUPLICATE_ASPECT);
		assertEquals(1, found.size());
		assertTrue(found.get(0).getMessage().contains("第7行"), found.get(0).getMessage());
	}

	@Test
	void unknownAspectIsALinkingErrorThatListsTheKnownOnes() {
		String text = Samples.VALID.replace("方面 作风 {", "方面 纪律 {");
		List<Issue> found = issues(text, IssueCodes.UNKNOWN_ASPECT);
		assertEquals(1, found.size());
		assertEquals("方案“双方面”中没有“纪律”这个方面；可用的方面：学习、作风", found.get(0).getMessage());
	}

	// ---- rule 3: every problem explained and answered ----

	@Test
	void problemWithoutCauseOrMeasureIsAWarning() {
		String text = Samples.VALID.replace("针对 P1 责任人", "责任人").replace("\" 针对 P1\n", "\"\n");
		List<Issue> withoutCause = issues(text, IssueCodes.PROBLEM_WITHOUT_CAUSE);
		List<Issue> withoutMeasure = issues(text, IssueCodes.PROBLEM_WITHOUT_MEASURE);
		assertEquals(1, withoutCause.size());
		assertEquals(1, withoutMeasure.size());
		assertEquals(Severity.WARNING, withoutCause.get(0).getSeverity());
		assertEquals("P1", marked(text, withoutCause.get(0)));
	}

	@Test
	void measureOnTheCauseAnswersTheProblem() {
		String text = Samples.VALID.replace("针对 P2, C2 责任人", "针对 C2 责任人");
		assertTrue(issues(text, IssueCodes.PROBLEM_WITHOUT_MEASURE).isEmpty());
	}

	// ---- rule 4: placeholders ----

	@Test
	void placeholdersAreErrorsOnTheirExactRange() {
		String text = Samples.VALID.replace("学习都停留在读原文", "学习党的XX大精神都停留在读原文")
				.replace("到基层只有4次", "到*单位只有4次").replace("对群众冷暖关心不够。", "比如：……。")
				.replace("每月集中学习一次。", "（此处填写学习安排）").replace("王强", "某某").replace("李华", "[待填]")
				.replace("没有把学习摆在首位。", "没有把学习摆在××位置。");
		List<Issue> found = issues(text, IssueCodes.PLACEHOLDER);
		assertEquals(List.of("XX", "××", "（此处填写学习安排）", "某某", "*", "……", "[待填]"),
				found.stream().map(i -> marked(text, i)).toList());
		assertTrue(found.stream().allMatch(i -> i.getSeverity() == Severity.ERROR));
	}

	@Test
	void ordinaryTextIsNoPlaceholder() {
		String text = Samples.VALID.replace("学习都停留在读原文", "学习XXL型号说明书、读原文……等等");
		assertTrue(issues(text, IssueCodes.PLACEHOLDER).isEmpty());
	}

	@Test
	void placeholdersInLibrariesAreAllowed() {
		String library = """
				问题库 "问题清单"
				方面 理论学习 {
					问题 "学习不够深入。" "对*领域的新知识学得不够。"
				}
				""";
		assertTrue(withCode(fixture.validate(fixture.parse(library, "list.dzlib", Map.of())),
				IssueCodes.PLACEHOLDER).isEmpty());
	}

	// ---- rule 5: repeated items ----

	@Test
	void sameAndNearlySameItemsAreWarnings() {
		String text = Samples.VALID.replace("\"调查研究不够扎实。\" \"全年到基层只有4次，听汇报多。\"",
				"\"理论学习不够深入。\" \"今年6次集中学习都停留在读原文，联系实际不够。\"")
				.replace("\"改进调研方式。\" \"每季度到基层蹲点一周。\"", "\"健全学习制度！\" \"每月集中学习一次以上。\"");
		List<Issue> same = issues(text, IssueCodes.DUPLICATE_ITEM);
		List<Issue> similar = issues(text, IssueCodes.SIMILAR_ITEM);
		assertEquals(1, same.size());
		assertEquals("P2", marked(text, same.get(0)));
		assertTrue(same.get(0).getMessage().startsWith("P2 与 P1（第8行）"), same.get(0).getMessage());
		assertEquals(1, similar.size());
		assertEquals("M2", marked(text, similar.get(0)));
	}

	@Test
	void differentItemsAreNotRepeated() {
		List<Issue> found = validate(Samples.VALID);
		assertTrue(withCode(found, IssueCodes.DUPLICATE_ITEM).isEmpty());
		assertTrue(withCode(found, IssueCodes.SIMILAR_ITEM).isEmpty());
	}

	// ---- rule 6: typography ----

	@Test
	void halfWidthPunctuationNextToChineseIsMarkedWithItsReplacement() {
		String text = Samples.VALID.replace("今年6次集中学习都停留在读原文，联系实际不够。", "学习停留在读原文,联系实际(理论)不够!");
		List<Issue> found = issues(text, IssueCodes.HALF_WIDTH_PUNCTUATION);
		assertEquals(List.of(",", "(", ")", "!"), found.stream().map(i -> marked(text, i)).toList());
		assertEquals(List.of("，", "（", "）", "！"), found.stream().map(i -> i.getData()[0]).toList());
	}

	@Test
	void unpairedQuotesAndBracketsAndSpacesAreMarked() {
		String text = Samples.VALID.replace("学习都停留在读原文", "学习都停留在读“原文").replace("听汇报多", "听汇报 多")
				.replace("没有把学习摆在首位", "没有把学习摆在首位）");
		assertEquals(List.of("“", "）"),
				issues(text, IssueCodes.UNPAIRED_MARK).stream().map(i -> marked(text, i)).toList());
		assertEquals(List.of(" "), issues(text, IssueCodes.SPACE_BETWEEN_HAN).stream().map(i -> marked(text, i)).toList());
	}

	/** 区政府副区长 邵明远 as the subtitle is a byline laid out with its space; elsewhere, or not a byline, the space is marked. */
	@Test
	void aBylineUnderTheTitleKeepsItsSpace() {
		String byline = Samples.VALID.replaceFirst("(报告 \"[^\"]*\")", "$1\n副标题 \"区政府副区长 邵明远\"");
		assertTrue(issues(byline, IssueCodes.SPACE_BETWEEN_HAN).isEmpty(), byline);
		String notByline = Samples.VALID.replaceFirst("(报告 \"[^\"]*\")", "$1\n副标题 \"在全区 干部大会上的发言，有删节\"");
		assertEquals(List.of(" "), issues(notByline, IssueCodes.SPACE_BETWEEN_HAN).stream().map(i -> marked(notByline, i)).toList());
	}

	/** Full-width digits are marked, each run with its half-width form; half-width ones are quiet. */
	@Test
	void fullWidthDigitsAreMarkedWithTheirHalfWidthForm() {
		String text = Samples.VALID.replace("今年6次集中学习", "今年１２次集中学习");
		List<Issue> found = issues(text, IssueCodes.FULL_WIDTH_DIGIT);
		assertEquals(List.of("１２"), found.stream().map(i -> marked(text, i)).toList());
		assertEquals(List.of("12"), found.stream().map(i -> i.getData()[0]).toList());
		assertTrue(issues(Samples.VALID, IssueCodes.FULL_WIDTH_DIGIT).isEmpty());
	}

	/** 王　伟 as the signer is a two-character name set to the width of three; in a text, the space is marked. */
	@Test
	void aSpacedTwoCharacterNameSignsWithItsSpace() {
		String signed = Samples.VALID + "\n落款 \"王\u3000伟\" \"2024年1月8日\"\n";
		assertTrue(issues(signed, IssueCodes.SPACE_BETWEEN_HAN).isEmpty(), signed);
		String inText = signed.replace("听汇报多", "听汇\u3000报多");
		assertEquals(List.of("\u3000"), issues(inText, IssueCodes.SPACE_BETWEEN_HAN).stream().map(i -> marked(inText, i)).toList());
	}

	@Test
	void correctTypographyAndLineBreaksInsideTextsAreQuiet() {
		String text = Samples.VALID.replace("今年6次集中学习都停留在读原文，联系实际不够。", "学习停留在读“原文”，\n\t\t联系实际（理论）不够。see 2024, ok: fine");
		List<Issue> found = validate(text);
		assertTrue(withCode(found, IssueCodes.HALF_WIDTH_PUNCTUATION).isEmpty(), found.toString());
		assertTrue(withCode(found, IssueCodes.UNPAIRED_MARK).isEmpty());
		assertTrue(withCode(found, IssueCodes.SPACE_BETWEEN_HAN).isEmpty());
	}

	// ---- rule 7: ledger ----

	@Test
	void missingLedgerFieldsUseTheProfilesSeverity() {
		String text = Samples.VALID.replace(" 责任人 \"王强\" 时限 \"2024-06-30\"", "");
		List<Issue> responsible = issues(text, IssueCodes.MISSING_RESPONSIBLE);
		List<Issue> deadline = issues(text, IssueCodes.MISSING_DEADLINE);
		assertEquals(1, responsible.size());
		assertEquals(1, deadline.size());
		assertEquals(Severity.ERROR, responsible.get(0).getSeverity());
		assertEquals("M1", marked(text, responsible.get(0)));
	}

	@Test
	void ledgerFieldsAreWarningsUnderTheBuiltinProfile() {
		String text = Samples.VALID.replace("依据 双方面\n", "").replace(" 责任人 \"王强\"", "");
		List<Issue> found = withCode(fixture.validate(fixture.parse(text)), IssueCodes.MISSING_RESPONSIBLE);
		assertEquals(1, found.size());
		assertEquals(Severity.WARNING, found.get(0).getSeverity());
	}

	@Test
	void aPersonalReportsMeasuresAreTheWritersOwn() {
		// every measure of a personal report is the writer's: asking for a 责任人 on each one only cries wolf
		String personal = Samples.VALID.replace("类型 班子", "类型 个人").replace(" 责任人 \"王强\"", "");
		assertTrue(issues(personal, IssueCodes.MISSING_RESPONSIBLE).isEmpty());
		assertTrue(issues(personal, IssueCodes.MISSING_DEADLINE).isEmpty());
		String noDeadline = personal.replace(" 时限 \"2024-06-30\"", "");
		assertEquals(1, issues(noDeadline, IssueCodes.MISSING_DEADLINE).size());
		Report report = report(personal + "落款 \"张明\" \"2024年1月5日\"\n");
		assertEquals(List.of("张明", "李华"), Reports.measures(report).stream().map(Reports::responsible).toList());
		assertEquals("本人", Reports.responsible(Reports.measures(report(personal)).get(0)));
		assertEquals("本人", Reports.responsible(Reports.measures(report(personal + "落款 \"[待填]\" \"\"\n")).get(0)));
		assertEquals(null, Reports.responsible(Reports.measures(report(Samples.VALID.replace(" 责任人 \"王强\"", ""))).get(0)));
	}

	private Report report(String text) {
		return (Report) fixture.parse(text).getContents().get(0);
	}

	@Test
	void deadlineMustBeARealDate() {
		String text = Samples.VALID.replace("2024-06-30", "2024-02-30").replace("2024年9月底前", "下个月");
		List<Issue> found = issues(text, IssueCodes.INVALID_DEADLINE);
		assertEquals(List.of("\"2024-02-30\"", "\"下个月\""), found.stream().map(i -> marked(text, i)).toList());
		assertTrue(issues(Samples.VALID.replace("2024-06-30", "长期坚持"), IssueCodes.INVALID_DEADLINE).isEmpty());
	}

	// ---- rule 8: ids and references ----

	@Test
	void idsAreUniqueWithinAReport() {
		String text = Samples.VALID.replace("问题 P2", "问题 P1").replace("针对 P2\n", "针对 P1\n").replace("针对 P2, C2", "针对 P1, C2");
		List<Issue> found = issues(text, IssueCodes.DUPLICATE_ID);
		assertEquals(1, found.size());
		assertEquals("编号“P1”重复（第一次在第8行）", found.get(0).getMessage());
	}

	@Test
	void unresolvedReferencesSayWhatIsMissing() {
		String text = Samples.VALID.replace("针对 P2, C2", "针对 P9, C2").replace("依据 双方面", "依据 不存在");
		List<Issue> found = validate(text);
		List<Issue> unresolved = withCode(found, IssueCodes.UNRESOLVED_REFERENCE);
		assertEquals(1, unresolved.size());
		assertEquals("本报告中没有编号为“P9”的问题或原因", unresolved.get(0).getMessage());
		assertEquals(1, withCode(found, IssueCodes.UNKNOWN_PROFILE).size());
		assertFalse(codes(found).contains(IssueCodes.MISSING_ASPECT), "no cascade from an unknown profile");
		assertFalse(codes(found).contains(IssueCodes.UNKNOWN_ASPECT), "no cascade from an unknown profile");
	}

	// ---- the profile's case analysis ----

	@Test
	void caseAnalysisRequiredByProfile() {
		String profile = Samples.PROFILE.replace("必填 责任人 时限", "必填 责任人 时限 案例");
		String withoutCase = Samples.VALID;
		String withCase = Samples.VALID + "\n案例 \"某局违规发放津贴案\" \"班子对照案例查找了自身的差距。\"\n";
		assertEquals(1, withCode(fixture.validate(fixture.parse(withoutCase, "r.dzr", Map.of("p.dzlib", profile))),
				IssueCodes.MISSING_CASE_ANALYSIS).size());
		assertTrue(withCode(fixture.validate(fixture.parse(withCase, "r.dzr", Map.of("p.dzlib", profile))),
				IssueCodes.MISSING_CASE_ANALYSIS).isEmpty());
	}
}
