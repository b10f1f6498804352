package org.duizhao.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.duizhao.dsl.validation.IssueCodes;
import org.duizhao.model.Cause;
import org.duizhao.model.ItemKind;
import org.duizhao.model.Library;
import org.duizhao.model.LibraryItem;
import org.duizhao.model.Measure;
import org.duizhao.model.Report;
import org.duizhao.model.Scope;
import org.duizhao.model.Section;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(DuizhaoIdeInjectorProvider.class)
class ParserTest {

	@Inject
	private Fixture fixture;

	private static Report report(XtextResource resource) {
		assertTrue(resource.getErrors().isEmpty(), () -> resource.getErrors().toString());
		return (Report) resource.getContents().get(0);
	}

	@Test
	void parsesAReportWithCrossReferences() {
		Report report = report(fixture.parse(Samples.VALID, "r.dzr", Samples.withProfile()));
		assertEquals("测试班子对照检查材料", report.getTitle());
		assertEquals("青川县交通运输局党组", report.getOrganization());
		assertEquals(Scope.GROUP, report.getScope());
		assertEquals("双方面", report.getProfile().getName());
		Section study = report.getSections().get(0);
		assertEquals("学习", study.getAspect().getName());
		Cause cause = study.getCauses().get(0);
		assertSame(study.getProblems().get(0), cause.getExplains().get(0));
		Measure measure = report.getSections().get(1).getMeasures().get(0);
		assertEquals("李华", measure.getResponsible());
		assertEquals("2024年9月底前", measure.getDeadline());
		assertEquals(2, measure.getAnswers().size());
	}

	@Test
	void englishAliasesGiveTheSameModel() {
		String english = Samples.VALID.replace("报告", "report").replace("单位", "organization").replace("类型 班子", "scope group")
				.replace("依据", "follows").replace("前言", "preface").replace("方面 学习", "aspect 学习").replace("方面 作风", "aspect 作风").replace("问题 P", "problem P")
				.replace("原因 C", "cause C").replace("措施 M", "measure M").replace("针对", "for").replace("责任人", "owner")
				.replace("时限", "deadline");
		Report chinese = report(fixture.parse(Samples.VALID, "r.dzr", Samples.withProfile()));
		Report aliased = report(fixture.parse(english, "r.dzr", Samples.withProfile()));
		assertEquals(dump(chinese), dump(aliased));
	}

	/** Classes, attribute values and the names of referenced objects, depth first. */
	private static String dump(EObject object) {
		StringBuilder sb = new StringBuilder(object.eClass().getName()).append('{');
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			Object value = object.eGet(feature);
			sb.append(feature.getName()).append('=');
			if (feature instanceof EReference reference && reference.isContainment()) {
				for (Object child : (feature.isMany() ? (List<?>) value : Collections.singletonList(value))) {
					sb.append(child == null ? "null" : dump((EObject) child));
				}
			} else if (feature instanceof EReference) {
				for (Object target : (feature.isMany() ? (List<?>) value : Collections.singletonList(value))) {
					sb.append(target == null ? "null" : EcoreUtil.getID((EObject) target) != null ? EcoreUtil.getID((EObject) target)
							: String.valueOf(((EObject) target).eGet(((EObject) target).eClass().getEStructuralFeature("name")))).append(',');
				}
			} else {
				sb.append(value);
			}
			sb.append(';');
		}
		return sb.append('}').toString();
	}

	@Test
	void textsSpanLinesAndHoldChineseQuotesCommentsAreIgnored() {
		String text = Samples.VALID.replace("\"今年6次集中学习都停留在读原文，联系实际不够。\"",
				"// 这是注释\n\t\t\"学习停留在读“原文”，\n\t\t联系实际不够。\" /* 块注释 */");
		Report report = report(fixture.parse(text, "r.dzr", Samples.withProfile()));
		assertEquals("学习停留在读“原文”，\n\t\t联系实际不够。", report.getSections().get(0).getProblems().get(0).getBody());
	}

	@Test
	void chineseIdsAndTheBuiltinProfileWithoutAnyLibrary() {
		String text = """
				报告 "个人对照检查材料"
				类型 个人
				依据 主题教育2023
				方面 理论学习 {
					问题 学习1 "学习不够系统。"
					原因 原因1 "自觉性不够。" 针对 学习1
				}
				""";
		Report report = report(fixture.parse(text));
		assertEquals(Scope.PERSONAL, report.getScope());
		assertEquals("主题教育2023", report.getProfile().getName());
		assertEquals(6, report.getProfile().getAspects().size());
		assertEquals("学习1", ((Cause) report.getSections().get(0).getCauses().get(0)).getExplains().get(0).getName());
	}

	@Test
	void profileResolvesAcrossFilesThroughTheIndex() {
		XtextResource resource = fixture.parse(Samples.VALID, "r.dzr", Map.of("其他/方案.dzlib", Samples.PROFILE));
		assertFalse(report(resource).getProfile().eIsProxy());
		assertTrue(report(resource).getProfile().eResource().getURI().toString().endsWith("方案.dzlib"));
	}

	/**
	 * Typing outside the quotes (a word, a number, a full stop, a second text) between items is one syntax error on
	 * those characters: the items after it still parse, so the outline and the completeness checks keep them.
	 */
	@Test
	void aStrayWordBetweenItemsLosesNothingButItself() {
		for (String stray : new String[] { "XX", "学习", "12", "。", "\"多余\" \"两段\"" }) {
			String text = Samples.VALID.replace("\"今年6次集中学习都停留在读原文，联系实际不够。\"",
					"\"今年6次集中学习都停留在读原文，联系实际不够。\" " + stray);
			XtextResource resource = fixture.parse(text, "r.dzr", Samples.withProfile());
			Section section = report(resource).getSections().get(0);
			assertEquals(List.of(1, 1, 1), List.of(section.getProblems().size(), section.getCauses().size(), section.getMeasures().size()),
					"after " + stray);
			assertEquals(List.of("P1", "C1", "M1"), List.of(section.getProblems().get(0).getName(), section.getCauses().get(0).getName(),
					section.getMeasures().get(0).getName()));
			List<Issue> errors = fixture.validate(resource).stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
			assertEquals(1, errors.size(), stray + ": " + errors);
			assertEquals(IssueCodes.SYNTAX_ERROR, errors.get(0).getCode());
			assertEquals(stray, text.substring(errors.get(0).getOffset(), errors.get(0).getOffset() + errors.get(0).getLength()));
			assertEquals("多余的“" + stray + "”：正文要写在引号里，每一项以关键字开头（问题、原因、措施）", errors.get(0).getMessage());
		}
	}

	@Test
	void halfTypedReportStillGivesAModel() {
		String text = """
				报告 "未写完的材料"
				方面 理论学习 {
					问题 P1 "学习不够深入。"
					原因 C1 "重视不够。" 针对
				""";
		XtextResource resource = fixture.parse(text);
		assertFalse(resource.getErrors().isEmpty());
		Report report = (Report) resource.getContents().get(0);
		assertEquals(1, report.getSections().size());
		assertEquals("P1", report.getSections().get(0).getProblems().get(0).getName());
		assertNotNull(report.getSections().get(0).getCauses().get(0));
		assertFalse(fixture.validate(resource).isEmpty());
	}

	@Test
	void parsesALibrary() {
		String text = """
				问题库 "常用问题清单"
				来源 "内部整理"
				版本 "2023-10"
				方面 理论学习 {
					问题 L1 "学习不够深入。" "对*领域新知识学得不够。" 标签 "学习", "深度"
					原因 "理论武装抓得不紧。"
					措施 "健全学习制度。" "每月集中学习。"
				}
				""";
		XtextResource resource = fixture.parse(text, "list.dzlib", Map.of());
		assertTrue(resource.getErrors().isEmpty(), () -> resource.getErrors().toString());
		Library library = (Library) resource.getContents().get(0);
		LibraryItem item = library.getSections().get(0).getItems().get(0);
		assertEquals(ItemKind.PROBLEM, item.getKind());
		assertEquals("理论学习", item.getAspect().getName());
		assertEquals(List.of("学习", "深度"), item.getTags());
		assertEquals(ItemKind.MEASURE, library.getSections().get(0).getItems().get(2).getKind());
	}
}
