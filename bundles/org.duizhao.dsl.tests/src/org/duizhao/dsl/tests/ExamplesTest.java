package org.duizhao.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.duizhao.dsl.validation.IssueCodes;
import org.duizhao.model.Report;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The shipped examples: the complete report is clean, the faulty one triggers exactly every rule. */
@ExtendWith(InjectionExtension.class)
@InjectWith(DuizhaoIdeInjectorProvider.class)
class ExamplesTest {

	@Inject
	private Fixture fixture;

	static Path examples() {
		return Path.of(System.getProperty("duizhao.examples", "../../examples"));
	}

	private XtextResource load(String name) throws IOException {
		String text = Files.readString(examples().resolve(name), StandardCharsets.UTF_8);
		return fixture.parse(text, name, Map.of());
	}

	@Test
	void completeReportHasNoFindings() throws IOException {
		XtextResource resource = load("2023-班子对照检查材料.dzr");
		assertEquals(List.of(), fixture.validate(resource));
		Report report = (Report) resource.getContents().get(0);
		assertEquals(6, report.getSections().size());
		assertTrue(report.getSections().stream().allMatch(s -> s.getProblems().size() >= 2));
	}

	@Test
	void faultyReportTriggersEveryRule() throws IOException {
		List<Issue> issues = fixture.validate(load("待修改的对照检查材料.dzr"));
		Set<String> expected = new TreeSet<>(List.of(IssueCodes.SECTION_WITHOUT_PROBLEMS, IssueCodes.SECTION_WITHOUT_CAUSES,
				IssueCodes.SECTION_WITHOUT_MEASURES, IssueCodes.MISSING_ASPECT, IssueCodes.DUPLICATE_ASPECT,
				IssueCodes.UNKNOWN_ASPECT, IssueCodes.PROBLEM_WITHOUT_CAUSE, IssueCodes.PROBLEM_WITHOUT_MEASURE,
				IssueCodes.PLACEHOLDER, IssueCodes.DUPLICATE_ITEM, IssueCodes.SIMILAR_ITEM,
				IssueCodes.HALF_WIDTH_PUNCTUATION, IssueCodes.UNPAIRED_MARK, IssueCodes.SPACE_BETWEEN_HAN,
				IssueCodes.MISSING_RESPONSIBLE, IssueCodes.MISSING_DEADLINE, IssueCodes.INVALID_DEADLINE,
				IssueCodes.DUPLICATE_ID, IssueCodes.UNRESOLVED_REFERENCE));
		assertEquals(expected, Fixture.codes(issues), () -> issues.stream().map(i -> i.getLineNumber() + ": " + i.getMessage()).toList().toString());
	}

	@Test
	void customProfileExampleRequiresACaseAnalysis() throws IOException {
		Path folder = examples().resolve("自定义方案");
		String report = Files.readString(folder.resolve("组织生活会个人对照检查.dzr"), StandardCharsets.UTF_8);
		String profiles = Files.readString(folder.resolve("方案.dzlib"), StandardCharsets.UTF_8);
		List<Issue> issues = fixture.validate(fixture.parse(report, "r.dzr", Map.of("方案.dzlib", profiles)));
		assertEquals(Set.of(IssueCodes.MISSING_CASE_ANALYSIS), Fixture.codes(issues), issues::toString);
	}
}
