package org.duizhao.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.duizhao.dsl.validation.CheckCatalogue;
import org.duizhao.dsl.validation.CheckCatalogue.Check;
import org.duizhao.dsl.validation.IssueCodes;
import org.junit.jupiter.api.Test;

/** Every check is explained for the guide: a check added without its explanation fails here. */
class CheckCatalogueTest {

	@Test
	void everyIssueCodeHasATitleAMeaningAndAFix() {
		List<Check> checks = CheckCatalogue.checks();
		assertTrue(checks.size() >= 20, "all codes: " + checks.size());
		for (Check check : checks) {
			assertTrue(!check.title().isEmpty() && !check.meaning().isEmpty() && !check.fix().isEmpty(), "explained: " + check.code());
		}
		assertEquals("还有没填写的占位符",
				checks.stream().filter(c -> c.code().equals(IssueCodes.PLACEHOLDER)).findFirst().orElseThrow().title());
	}
}
