package org.duizhao.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.duizhao.dsl.ide.analysis.Analysis;
import org.duizhao.dsl.ide.analysis.DocumentAnalyzer;
import org.duizhao.dsl.ide.quickfix.LibraryInsertion;
import org.duizhao.dsl.profiles.BuiltinProfiles;
import org.duizhao.model.ItemKind;
import org.duizhao.model.LibraryItem;
import org.duizhao.model.LibrarySection;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Inserting a library item from the library view: into the right section, or a new one in profile order. */
@ExtendWith(InjectionExtension.class)
@InjectWith(DuizhaoIdeInjectorProvider.class)
class LibraryInsertionTest {

	private static final String REPORT = """
			报告 "草稿"
			方面 理论学习 {
				问题 P1 "学习不够系统。"
			}

			方面 工作作风 {
				问题 P2 "调研不够深入。"
			}
			""";

	@Inject
	private DocumentAnalyzer analyzer;

	@Inject
	private LibraryInsertion insertion;

	@Inject
	private BuiltinProfiles builtins;

	private LibraryItem first(String aspect, ItemKind kind) {
		for (LibrarySection section : builtins.defaultLibrary().getSections()) {
			if (section.getAspect().getName().equals(aspect)) {
				return section.getItems().stream().filter(i -> i.getKind() == kind).findFirst().orElseThrow();
			}
		}
		throw new AssertionError(aspect);
	}

	private Analysis analyze(String text) {
		return analyzer.analyze(URI.createURI("memory:/r.dzr"), text, List.of());
	}

	@Test
	void intoTheSectionOfTheItemsAspect() {
		LibraryItem cause = first("工作作风", ItemKind.CAUSE);
		LibraryInsertion.Edit edit = insertion.insert(analyze(REPORT), cause, "默认问题库", 0);
		String result = edit.applyTo(REPORT);
		assertTrue(result.contains("\t问题 P2 \"调研不够深入。\"\n\t原因 C1 \"" + cause.getHeadline() + "\""), result);
		assertTrue(result.contains("针对 P2 来自 \"默认问题库\"\n}"), result);
		assertEquals("原因 C1", result.substring(edit.caret(), edit.caret() + 5));
	}

	@Test
	void aNewSectionInProfileOrderWhenTheReportHasNone() {
		LibraryItem measure = first("担当作为", ItemKind.MEASURE);
		String result = insertion.insert(analyze(REPORT), measure, "默认问题库", 0).applyTo(REPORT);
		int study = result.indexOf("方面 理论学习");
		int initiative = result.indexOf("方面 担当作为 {\n\t措施 M1 \"" + measure.getHeadline() + "\"");
		int style = result.indexOf("方面 工作作风");
		assertTrue(study < initiative && initiative < style, result);
		assertEquals(List.of(), analyze(result).read(model -> List.copyOf(model.resource().getErrors())));
	}
}
