package org.duizhao.dsl.depth;

/** One statement to judge: a problem (its headline, body and example), a cause, or a criticism given. */
public record Statement(Kind kind, boolean personal, String text) {

	public enum Kind {
		PROBLEM, CAUSE, CRITICISM
	}
}
