package org.duizhao.dsl.depth;

import org.duizhao.dsl.validation.IssueCodes;

/**
 * The checks of substance (审核提示): what 组织部门 and 督导组 send reports back for. Each judges one kind of
 * statement; {@link #NO_SUBJECTIVE_CAUSE} and {@link #COPIED} judge the report as a whole.
 */
public enum DepthCheck {
	VAGUE(IssueCodes.DEPTH_VAGUE, Statement.Kind.PROBLEM),
	OBJECTIVE_CAUSE(IssueCodes.DEPTH_OBJECTIVE_CAUSE, Statement.Kind.CAUSE),
	DISGUISED_PRAISE(IssueCodes.DEPTH_DISGUISED_PRAISE, Statement.Kind.PROBLEM),
	ACHIEVEMENT(IssueCodes.DEPTH_ACHIEVEMENT, Statement.Kind.PROBLEM),
	INDIRECT_VOICE(IssueCodes.DEPTH_INDIRECT_VOICE, Statement.Kind.PROBLEM),
	CRITICISM_AS_HOPE(IssueCodes.DEPTH_CRITICISM_AS_HOPE, Statement.Kind.CRITICISM),
	NO_SUBJECTIVE_CAUSE(IssueCodes.DEPTH_NO_SUBJECTIVE_CAUSE, null),
	COPIED(IssueCodes.DEPTH_COPIED, null);

	private final String code;
	private final Statement.Kind judges;

	DepthCheck(String code, Statement.Kind judges) {
		this.code = code;
		this.judges = judges;
	}

	public String code() {
		return code;
	}

	/** The kind of statement the check judges; null for the checks of a whole report. */
	public Statement.Kind judges() {
		return judges;
	}

	/** The label of the corpus: the code without its prefix (vague, objective.cause …). */
	public String label() {
		return code.substring("duizhao.depth.".length());
	}
}
