package org.duizhao.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import org.duizhao.model.Criticism;
import org.duizhao.model.Report;
import org.duizhao.model.Scope;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
		return fixture.parseFile(examples().resolve(name));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2024-班子对照检查材料.dzr", "2025-班子对照检查材料.dzr", "2025-个人对照检查材料.dzr" })
	void reportsWithEveryPartHaveNoFindings(String name) throws IOException {
		XtextResource resource = load(name);
		assertEquals(List.of(), fixture.validate(resource));
		Report report = (Report) resource.getContents().get(0);
		assertNotNull(report.getPrevious(), "上年度整改");
		assertFalse(report.getOpinions().getOpinions().isEmpty(), "征求意见");
		assertNotNull(report.getSignature(), "落款");
		if (report.getScope() == Scope.PERSONAL) {
			assertTrue(report.getCriticism().getCriticisms().stream().anyMatch(Criticism::isReceived), "相互批评");
			assertTrue(report.getCriticism().getCriticisms().stream().anyMatch(c -> !c.isReceived()), "相互批评");
		}
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
		// every rule but 责任人, which a personal report (as this one must be, for its criticisms) does not ask for
		List<Issue> issues = fixture.validate(load("待修改的对照检查材料.dzr"));
		Set<String> expected = new TreeSet<>(List.of(IssueCodes.SECTION_WITHOUT_PROBLEMS, IssueCodes.SECTION_WITHOUT_CAUSES,
				IssueCodes.SECTION_WITHOUT_MEASURES, IssueCodes.MISSING_ASPECT, IssueCodes.DUPLICATE_ASPECT, IssueCodes.DUPLICATE_LEAD,
				IssueCodes.UNKNOWN_ASPECT, IssueCodes.PROBLEM_WITHOUT_CAUSE, IssueCodes.PROBLEM_WITHOUT_MEASURE,
				IssueCodes.PLACEHOLDER, IssueCodes.DUPLICATE_ITEM, IssueCodes.SIMILAR_ITEM,
				IssueCodes.HALF_WIDTH_PUNCTUATION, IssueCodes.UNPAIRED_MARK, IssueCodes.SPACE_BETWEEN_HAN,
				IssueCodes.MISSING_DEADLINE, IssueCodes.INVALID_DEADLINE,
				IssueCodes.DUPLICATE_ID, IssueCodes.UNRESOLVED_REFERENCE, IssueCodes.MISSING_PART,
				IssueCodes.PREVIOUS_MEASURE_WITHOUT_STATUS, IssueCodes.PREVIOUS_MEASURE_UNKNOWN,
				IssueCodes.PREVIOUS_NOT_DONE_WITHOUT_REASON, IssueCodes.PREVIOUS_PROBLEM_REPEATED, IssueCodes.OPINION_NOT_TAKEN_UP,
				IssueCodes.OPINION_COUNT, IssueCodes.CRITICISM_WITHOUT_RESPONSE, IssueCodes.DEPTH_VAGUE,
				IssueCodes.DEPTH_OBJECTIVE_CAUSE, IssueCodes.DEPTH_NO_SUBJECTIVE_CAUSE, IssueCodes.DEPTH_DISGUISED_PRAISE,
				IssueCodes.DEPTH_ACHIEVEMENT, IssueCodes.DEPTH_INDIRECT_VOICE, IssueCodes.DEPTH_CRITICISM_AS_HOPE,
				IssueCodes.DEPTH_COPIED));
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
