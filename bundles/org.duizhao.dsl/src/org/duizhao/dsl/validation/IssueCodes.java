package org.duizhao.dsl.validation;

/**
 * Every diagnostic the language reports, by a code that quick fixes, the CLI's JSON output and tests refer to.
 * The user reads the Chinese message; tools read the code.
 */
public final class IssueCodes {

	private static final String PREFIX = "duizhao.";

	// Completeness: 问题准、原因清、措施明
	public static final String SECTION_WITHOUT_PROBLEMS = PREFIX + "section.without.problems";
	public static final String SECTION_WITHOUT_CAUSES = PREFIX + "section.without.causes";
	public static final String SECTION_WITHOUT_MEASURES = PREFIX + "section.without.measures";
	public static final String MISSING_ASPECT = PREFIX + "missing.aspect";
	public static final String DUPLICATE_ASPECT = PREFIX + "duplicate.aspect";
	public static final String DUPLICATE_LEAD = PREFIX + "duplicate.lead";
	public static final String UNKNOWN_ASPECT = PREFIX + "unknown.aspect";
	public static final String PROBLEM_WITHOUT_CAUSE = PREFIX + "problem.without.cause";
	public static final String PROBLEM_WITHOUT_MEASURE = PREFIX + "problem.without.measure";
	public static final String MISSING_CASE_ANALYSIS = PREFIX + "missing.case.analysis";
	public static final String MISSING_PART = PREFIX + "missing.part";
	/** No profile named, and the newest built-in one of the title's meeting is of an earlier year than the title's. */
	public static final String PROFILE_OF_EARLIER_YEAR = PREFIX + "profile.earlier.year";

	// 上年度整改: last year's measures, each with where it stands
	public static final String PREVIOUS_REPORT_UNREADABLE = PREFIX + "previous.report.unreadable";
	public static final String PREVIOUS_MEASURE_WITHOUT_STATUS = PREFIX + "previous.measure.without.status";
	public static final String PREVIOUS_MEASURE_UNKNOWN = PREFIX + "previous.measure.unknown";
	public static final String PREVIOUS_NOT_DONE_WITHOUT_REASON = PREFIX + "previous.not.done.without.reason";
	public static final String PREVIOUS_PROBLEM_REPEATED = PREFIX + "previous.problem.repeated";

	// 征求意见 and 相互批评
	public static final String OPINION_NOT_TAKEN_UP = PREFIX + "opinion.not.taken.up";
	public static final String OPINION_COUNT = PREFIX + "opinion.count";
	public static final String CRITICISM_WITHOUT_RESPONSE = PREFIX + "criticism.without.response";

	// Substance (审核提示): what inspection teams send reports back for
	public static final String DEPTH_VAGUE = PREFIX + "depth.vague";
	public static final String DEPTH_OBJECTIVE_CAUSE = PREFIX + "depth.objective.cause";
	public static final String DEPTH_NO_SUBJECTIVE_CAUSE = PREFIX + "depth.no.subjective.cause";
	public static final String DEPTH_DISGUISED_PRAISE = PREFIX + "depth.disguised.praise";
	public static final String DEPTH_ACHIEVEMENT = PREFIX + "depth.achievement";
	public static final String DEPTH_INDIRECT_VOICE = PREFIX + "depth.indirect.voice";
	public static final String DEPTH_CRITICISM_AS_HOPE = PREFIX + "depth.criticism.as.hope";
	public static final String DEPTH_COPIED = PREFIX + "depth.copied";

	// Texts
	public static final String PLACEHOLDER = PREFIX + "placeholder";
	public static final String DUPLICATE_ITEM = PREFIX + "duplicate.item";
	public static final String SIMILAR_ITEM = PREFIX + "similar.item";
	public static final String LIBRARY_VERBATIM = PREFIX + "library.verbatim";

	// Chinese typography
	public static final String HALF_WIDTH_PUNCTUATION = PREFIX + "half.width.punctuation";
	public static final String UNPAIRED_MARK = PREFIX + "unpaired.mark";
	public static final String SPACE_BETWEEN_HAN = PREFIX + "space.between.han";
	public static final String FULL_WIDTH_DIGIT = PREFIX + "full.width.digit";
	public static final String NAME_SEPARATOR = PREFIX + "name.separator";

	// Rectification ledger (整改台账)
	public static final String MISSING_RESPONSIBLE = PREFIX + "missing.responsible";
	public static final String MISSING_DEADLINE = PREFIX + "missing.deadline";
	public static final String INVALID_DEADLINE = PREFIX + "invalid.deadline";

	// Syntax
	public static final String SYNTAX_ERROR = PREFIX + "syntax";

	// Ids and references
	public static final String DUPLICATE_ID = PREFIX + "duplicate.id";
	public static final String UNKNOWN_PROFILE = PREFIX + "unknown.profile";
	public static final String UNRESOLVED_REFERENCE = PREFIX + "unresolved.reference";

	/** Issue data key order for {@link #HALF_WIDTH_PUNCTUATION}, {@link #FULL_WIDTH_DIGIT}, {@link #NAME_SEPARATOR}: the replacement. */
	public static final int DATA_REPLACEMENT = 0;

	private IssueCodes() {
	}
}
