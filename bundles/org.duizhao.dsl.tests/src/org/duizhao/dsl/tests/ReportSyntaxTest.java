package org.duizhao.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.duizhao.dsl.nodes.Ids;
import org.duizhao.dsl.services.DuizhaoGrammarAccess;
import org.duizhao.dsl.syntax.ReportSyntax;
import org.duizhao.dsl.syntax.ReportSyntax.Keyword;
import org.duizhao.dsl.validation.IssueCodes;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The one writer of report syntax writes the grammar's keywords, and what it writes parses. */
@ExtendWith(InjectionExtension.class)
@InjectWith(DuizhaoIdeInjectorProvider.class)
class ReportSyntaxTest {

	@Inject
	private DuizhaoGrammarAccess grammar;

	@Inject
	private Fixture fixture;

	@Test
	void everyKeywordOfTheWriterIsAKeywordOfTheGrammar() {
		Set<String> keywords = GrammarUtil.getAllKeywords(grammar.getGrammar());
		for (Keyword keyword : Keyword.values()) {
			assertTrue(keywords.contains(keyword.word()), keyword + " “" + keyword.word() + "” is not in Duizhao.xtext");
		}
	}

	@Test
	void whatItWritesParsesWithoutErrors() {
		String text = String.join("\n", ReportSyntax.text(Keyword.REPORT, "材料“引号”\"和\"反斜杠\\"), ReportSyntax.text(Keyword.ORGANIZATION, "王强"),
				ReportSyntax.name(Keyword.SCOPE, Keyword.PERSONAL.word()), ReportSyntax.name(Keyword.FOLLOWS, "主题教育2023"),
				ReportSyntax.comment("一条\n注释"),
				"上年度整改 \"\" {", ReportSyntax.followup("上年1", Optional.of("未完成"), "培训“没办”。", Optional.of("因经费")),
				ReportSyntax.followup("上年2", Optional.empty(), "台账已建。", Optional.empty()), "}",
				ReportSyntax.section("理论学习", List.of(ReportSyntax.item(Keyword.PROBLEM, "P1", "学习不够深入。", "正文。"),
						ReportSyntax.item(Keyword.CAUSE, "C1", "重视不够。", null) + " " + ReportSyntax.links(List.of("P1")),
						ReportSyntax.item(Keyword.MEASURE, "M1", "制定计划。", null) + " " + ReportSyntax.links(List.of("C1")) + "\n"
								+ ReportSyntax.text(Keyword.OWNER, "书记") + " " + ReportSyntax.text(Keyword.DEADLINE, "2025年6月底前"))),
				"相互批评 {", ReportSyntax.criticism(true, "党组书记、局长陈某", "讲话长。", Optional.of("我接受。")),
				ReportSyntax.criticism(false, "李某", "督促不够。", Optional.empty()), "}",
				ReportSyntax.signature("王强", Optional.of("2026年1月20日")));
		// The one aspect written leaves the profile's others missing; what matters here is that it parses and links.
		assertEquals(Set.of(IssueCodes.MISSING_ASPECT), fixture.validate(text).stream()
				.filter(i -> i.getSeverity() == Severity.ERROR).map(i -> i.getCode()).collect(Collectors.toSet()),
				text);
	}

	@Test
	void idsAreWhatTheLexerTakes() {
		for (String id : List.of("P1", "C12", "学习1", "政治忠诚", "_x")) {
			assertTrue(Ids.isId(id), id);
		}
		for (String notId : List.of("问题", "对", "1P", "P 1", "P-1", "", "\"P1\"")) {
			assertTrue(!Ids.isId(notId), notId);
		}
	}
}
