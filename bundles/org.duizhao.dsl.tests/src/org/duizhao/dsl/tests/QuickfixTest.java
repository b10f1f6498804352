package org.duizhao.dsl.tests;

import static org.duizhao.dsl.tests.Fixture.codes;
import static org.duizhao.dsl.tests.Fixture.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.duizhao.dsl.ide.quickfix.QuickfixEngine;
import org.duizhao.dsl.validation.IssueCodes;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Each quick fix applied to a report; the whole resulting text is compared, then validated again. */
@ExtendWith(InjectionExtension.class)
@InjectWith(DuizhaoIdeInjectorProvider.class)
class QuickfixTest {

	private static final String CAUSE_C1 = "\t原因 C1 \"思想上重视不够。\" \"没有把学习摆在首位。\" 针对 P1\n";

	@Inject
	private Fixture fixture;

	@Inject
	private QuickfixEngine engine;

	private List<QuickfixEngine.Fix> fixes(String text, String code) {
		XtextResource resource = fixture.parse(text, "report.dzr", Samples.withProfile());
		List<Issue> issues = withCode(fixture.validate(resource), code);
		assertFalse(issues.isEmpty(), "expected an issue " + code);
		return engine.fixes(resource, issues.get(0));
	}

	private String apply(String text, String code, String label) {
		List<QuickfixEngine.Fix> fixes = fixes(text, code);
		QuickfixEngine.Fix fix = fixes.stream().filter(f -> f.label().equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError(label + " not among " + fixes.stream().map(QuickfixEngine.Fix::label).toList()));
		String result = fix.applyTo(text);
		assertFalse(codes(fixture.validate(fixture.parse(result, "report.dzr", Samples.withProfile()))).contains(code),
				"the fix removes the issue:\n" + result);
		return result;
	}

	@Test
	void insertCauseIntoSectionWithoutOne() {
		String text = Samples.VALID.replace(CAUSE_C1, "");
		String fixed = apply(text, IssueCodes.SECTION_WITHOUT_CAUSES, "插入一个待填写的原因");
		String expected = Samples.VALID.replace(CAUSE_C1, "").replace(
				"责任人 \"王强\" 时限 \"2024-06-30\"\n}",
				"责任人 \"王强\" 时限 \"2024-06-30\"\n\t原因 C3 \"[待填]\" 针对 P1\n}");
		assertEquals(expected, fixed);
		// what is left to write is now flagged as a placeholder, at the new cause
		assertEquals(1, withCode(fixture.validate(fixture.parse(fixed, "report.dzr", Samples.withProfile())),
				IssueCodes.PLACEHOLDER).size());
	}

	@Test
	void insertProblemAndMeasureIntoEmptySection() {
		String text = Samples.VALID.substring(0, Samples.VALID.indexOf("方面 作风")) + "方面 作风 {\n}\n";
		String withProblem = apply(text, IssueCodes.SECTION_WITHOUT_PROBLEMS, "插入一个待填写的问题");
		assertEquals(text.replace("方面 作风 {\n}", "方面 作风 {\n\t问题 P2 \"[待填]\"\n}"), withProblem);
		String withMeasure = apply(withProblem, IssueCodes.SECTION_WITHOUT_MEASURES, "插入一个待填写的措施");
		assertEquals(withProblem.replace("\t问题 P2 \"[待填]\"\n}",
				"\t问题 P2 \"[待填]\"\n\t措施 M2 \"[待填]\" 针对 P2 责任人 \"[待填]\" 时限 \"[待填]\"\n}"), withMeasure);
	}

	@Test
	void insertIntoSectionWrittenOnOneLine() {
		String text = Samples.VALID.substring(0, Samples.VALID.indexOf("方面 作风")) + "方面 作风 { }\n";
		String fixed = apply(text, IssueCodes.SECTION_WITHOUT_PROBLEMS, "插入一个待填写的问题");
		assertEquals(text.replace("方面 作风 { }", "方面 作风 { \n\t问题 P2 \"[待填]\"\n}"), fixed);
	}

	@Test
	void addSkeletonOfMissingAspectInProfileOrder() {
		int start = Samples.VALID.indexOf("方面 学习");
		int end = Samples.VALID.indexOf("方面 作风");
		String text = Samples.VALID.substring(0, start) + Samples.VALID.substring(end);
		String fixed = apply(text, IssueCodes.MISSING_ASPECT, "添加“学习”方面的框架");
		String skeleton = """
				方面 学习 {
					问题 P3 "[待填]"
					原因 C3 "[待填]" 针对 P3
					措施 M3 "[待填]" 针对 P3 责任人 "[待填]" 时限 "[待填]"
				}

				""";
		assertEquals(Samples.VALID.substring(0, start) + skeleton + Samples.VALID.substring(end), fixed);
	}

	@Test
	void addAllMissingAspectsAfterTheHeader() {
		String text = Samples.VALID.substring(0, Samples.VALID.indexOf("\n\n方面 学习")) + "\n";
		List<String> labels = fixes(text, IssueCodes.MISSING_ASPECT).stream().map(QuickfixEngine.Fix::label).toList();
		assertEquals(List.of("添加“学习”方面的框架", "添加“作风”方面的框架", "添加所有缺少的方面（学习、作风）"), labels);
		String fixed = apply(text, IssueCodes.MISSING_ASPECT, "添加所有缺少的方面（学习、作风）");
		assertEquals(text.replace("查摆问题。\"\n", "查摆问题。\"\n\n" + """
				方面 学习 {
					问题 P1 "[待填]"
					原因 C1 "[待填]" 针对 P1
					措施 M1 "[待填]" 针对 P1 责任人 "[待填]" 时限 "[待填]"
				}

				方面 作风 {
					问题 P2 "[待填]"
					原因 C2 "[待填]" 针对 P2
					措施 M2 "[待填]" 针对 P2 责任人 "[待填]" 时限 "[待填]"
				}""" + "\n"), fixed);
	}

	@Test
	void replaceHalfWidthPunctuation() {
		String text = Samples.VALID.replace("读原文，联系", "读原文,联系");
		assertEquals(Samples.VALID, apply(text, IssueCodes.HALF_WIDTH_PUNCTUATION, "改为全角“，”"));
	}

	@Test
	void replaceAHalfWidthFullStop() {
		String text = Samples.VALID.replace("读原文，联系", "读原文.联系");
		assertEquals(Samples.VALID.replace("读原文，联系", "读原文。联系"), apply(text, IssueCodes.HALF_WIDTH_PUNCTUATION, "改为全角“。”"));
	}

	/** A dot in a transliterated name is replaced by the middle dot, not by a full stop. */
	@Test
	void replaceANamesDotByTheMiddleDot() {
		String text = Samples.VALID.replace("读原文，联系", "读原文，阿依古丽.买买提联系");
		assertEquals(Samples.VALID.replace("读原文，联系", "读原文，阿依古丽·买买提联系"),
				apply(text, IssueCodes.NAME_SEPARATOR, "改为间隔号“·”"));
	}

	@Test
	void replaceFullWidthDigits() {
		String text = Samples.VALID.replace("今年6次集中学习", "今年６次集中学习");
		assertEquals(Samples.VALID, apply(text, IssueCodes.FULL_WIDTH_DIGIT, "改为半角数字“6”"));
	}

	@Test
	void removeSpaceBetweenChinese() {
		String text = Samples.VALID.replace("听汇报多", "听汇报 \u3000多");
		assertEquals(Samples.VALID, apply(text, IssueCodes.SPACE_BETWEEN_HAN, "删除汉字之间的空格"));
	}

	@Test
	void addMissingLinkFromCause() {
		String text = Samples.VALID.replace("没有把学习摆在首位。\" 针对 P1", "没有把学习摆在首位。\"");
		List<String> labels = fixes(text, IssueCodes.PROBLEM_WITHOUT_CAUSE).stream().map(QuickfixEngine.Fix::label).toList();
		assertEquals(List.of("让原因 C1 也针对 P1", "插入一个针对 P1 的原因"), labels);
		assertEquals(Samples.VALID, apply(text, IssueCodes.PROBLEM_WITHOUT_CAUSE, "让原因 C1 也针对 P1"));
	}

	@Test
	void addMissingLinkFromMeasureToAnExistingList() {
		String text = Samples.VALID.replace("针对 P2, C2", "针对 C1").replace("\" 针对 P2\n", "\"\n");
		String fixed = apply(text, IssueCodes.PROBLEM_WITHOUT_MEASURE, "让措施 M2 也针对 P2");
		assertEquals(text.replace("针对 C1 责任人", "针对 C1, P2 责任人"), fixed);
	}

	@Test
	void addMissingLedgerFields() {
		String text = Samples.VALID.replace(" 责任人 \"王强\" 时限 \"2024-06-30\"", "");
		String fixed = apply(text, IssueCodes.MISSING_RESPONSIBLE, "补上责任人");
		assertEquals(text.replace("针对 P1\n}", "针对 P1 责任人 \"[待填]\"\n}"), fixed);
		assertTrue(fixed.contains("每月集中学习一次。\" 针对 P1 责任人 \"[待填]\""));
		String both = apply(fixed, IssueCodes.MISSING_DEADLINE, "补上完成时限");
		assertTrue(both.contains("针对 P1 责任人 \"[待填]\" 时限 \"[待填]\"\n}"), both);
	}
}
