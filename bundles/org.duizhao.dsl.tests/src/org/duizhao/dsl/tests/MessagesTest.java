package org.duizhao.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.duizhao.dsl.validation.Messages;
import org.junit.jupiter.api.Test;

/** Messages read as people write: line numbers and counts without thousands separators. */
class MessagesTest {

	@Test
	void lineNumbersHaveNoGroupingSeparator() {
		assertEquals("“理论学习”方面重复出现（第一次在第15876行）", Messages.bind(Messages.DuplicateAspect, "理论学习", 15876));
		assertEquals("P1 与 P2（第1024行）内容相同", Messages.bind(Messages.DuplicateItem, "P1", "P2", 1024L));
	}
}
