package org.duizhao.dsl.ide.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.duizhao.dsl.ide.IdeMessages;
import org.duizhao.dsl.nodes.PartSummaries;
import org.duizhao.dsl.nodes.Reports;
import org.duizhao.dsl.nodes.StringLiteral;
import org.duizhao.dsl.profiles.ProfileResolver;
import org.duizhao.dsl.syntax.ReportSyntax.Keyword;
import org.duizhao.dsl.validation.CheckCatalogue;
import org.duizhao.dsl.validation.IssueCodes;
import org.duizhao.dsl.validation.Messages;
import org.duizhao.model.Aspect;
import org.duizhao.model.Cause;
import org.duizhao.model.Problem;
import org.duizhao.model.Profile;
import org.duizhao.model.Report;
import org.duizhao.model.ReportPackage;
import org.duizhao.model.Section;
import org.duizhao.model.Statement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/**
 * 提交前检查: what an inspection team looks at before the meeting, as a table of the profile's aspects against
 * problems, causes and measures, the findings grouped by kind, and a verdict.
 */
public class SubmissionCheck {

	/** One aspect of the profile: how many items of each kind the report has for it. */
	public record AspectRow(String aspect, int problems, int causes, int measures, int offset) {
		public boolean present() {
			return offset >= 0;
		}

		public boolean complete() {
			return Reports.isComplete(problems, causes, measures);
		}
	}

	/** A part besides the aspects (上年度整改, 征求意见, 相互批评) summed up in a line. */
	public record PartRow(String part, String summary, int offset) {

		/** What the view shows: 征求意见：意见 27 条，认领 25，说明 2. */
		public String text() {
			return part + "：" + summary;
		}
	}

	/** A finding, with the group it is shown under (占位符, 台账, 完整性, 文字). */
	public record Finding(String group, Severity severity, String message, int line, int offset, int length) {
	}

	/** The whole check. A report can be handed in when nothing is left to fix. */
	/**
	 * What a reviewer would say of the substance: the depth findings per check, and how much of the report's text is
	 * problems and causes (reviewers compare it with praise of achievements).
	 */
	public record Review(Map<String, Integer> perCheck, int problemsAndCausesPercent) {

		public int total() {
			return perCheck.values().stream().mapToInt(Integer::intValue).sum();
		}

		/** 审核提示 7：泛泛而谈 3，原因找客观 2；问题和原因占全文 62%. */
		public String text() {
			String counts = perCheck.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("，"));
			return Messages.bind(total() == 0 ? Messages.ReviewSummaryNone : Messages.ReviewSummary, total(), counts, problemsAndCausesPercent);
		}
	}

	public record Result(List<AspectRow> rows, List<PartRow> parts, Review review, List<Finding> findings) {

		public long open() {
			return findings.stream().filter(f -> f.severity() != Severity.INFO).count();
		}

		public boolean canSubmit() {
			return open() == 0;
		}

		public String verdict() {
			return canSubmit() ? IdeMessages.CheckVerdictReady : IdeMessages.bind(IdeMessages.CheckVerdictOpen, open());
		}
	}

	private static final String DEPTH = "duizhao.depth.";
	private static final Set<String> PLACEHOLDERS = Set.of(IssueCodes.PLACEHOLDER);
	private static final Set<String> LEDGER = Set.of(IssueCodes.MISSING_RESPONSIBLE, IssueCodes.MISSING_DEADLINE,
			IssueCodes.INVALID_DEADLINE);
	private static final Set<String> COMPLETENESS = Set.of(IssueCodes.SECTION_WITHOUT_PROBLEMS,
			IssueCodes.SECTION_WITHOUT_CAUSES, IssueCodes.SECTION_WITHOUT_MEASURES, IssueCodes.MISSING_ASPECT,
			IssueCodes.DUPLICATE_ASPECT, IssueCodes.DUPLICATE_LEAD, IssueCodes.UNKNOWN_ASPECT, IssueCodes.PROBLEM_WITHOUT_CAUSE,
			IssueCodes.PROBLEM_WITHOUT_MEASURE, IssueCodes.MISSING_CASE_ANALYSIS, IssueCodes.MISSING_PART);
	private static final Set<String> PARTS = Set.of(IssueCodes.PREVIOUS_REPORT_UNREADABLE,
			IssueCodes.PREVIOUS_MEASURE_WITHOUT_STATUS, IssueCodes.PREVIOUS_MEASURE_UNKNOWN,
			IssueCodes.PREVIOUS_NOT_DONE_WITHOUT_REASON, IssueCodes.PREVIOUS_PROBLEM_REPEATED, IssueCodes.OPINION_NOT_TAKEN_UP,
			IssueCodes.OPINION_COUNT, IssueCodes.CRITICISM_WITHOUT_RESPONSE);

	@Inject
	private ProfileResolver profileResolver;

	public Result check(Analysis analysis) {
		return analysis.read(this::result);
	}

	private Result result(Analysis.Model analysis) {
		List<AspectRow> rows = analysis.document() instanceof Report report ? rows(report) : List.of();
		List<PartRow> parts = analysis.document() instanceof Report report ? parts(report) : List.of();
		List<Finding> findings = new ArrayList<>();
		for (Issue issue : analysis.issues()) {
			findings.add(new Finding(group(issue.getCode()), issue.getSeverity(), issue.getMessage(),
					issue.getLineNumber() == null ? 0 : issue.getLineNumber(), orZero(issue.getOffset()), orZero(issue.getLength())));
		}
		Review review = analysis.document() instanceof Report report ? review(report, analysis.issues()) : new Review(Map.of(), 0);
		return new Result(rows, parts, review, findings);
	}

	private static Review review(Report report, List<Issue> issues) {
		Map<String, Integer> perCheck = new LinkedHashMap<>();
		for (Issue issue : issues) {
			if (issue.getCode() != null && issue.getCode().startsWith(DEPTH)) {
				String title = CheckCatalogue.check(issue.getCode()).map(CheckCatalogue.Check::title).orElse(issue.getCode())
						.replaceAll("（.*）$", "");
				perCheck.merge(title, 1, Integer::sum);
			}
		}
		long[] lengths = new long[2];
		countText(report, false, lengths);
		long all = lengths[0];
		long problemsAndCauses = lengths[1];
		return new Review(perCheck, all == 0 ? 0 : (int) Math.round(100.0 * problemsAndCauses / all));
	}

	/**
	 * Adds the characters of an object's texts and those of everything in it to {@code lengths[0]}, and to
	 * {@code lengths[1]} those that belong to a problem or a cause. One walk for both.
	 */
	private static void countText(EObject object, boolean inProblemOrCause, long[] lengths) {
		boolean counted = inProblemOrCause || object instanceof Problem || object instanceof Cause;
		for (StringLiteral literal : StringLiteral.of(object)) {
			if (literal.feature() != ReportPackage.Literals.ITEM__NAME) {
				long length = StringLiteral.joined(literal.content()).length();
				lengths[0] += length;
				lengths[1] += counted ? length : 0;
			}
		}
		for (EObject child : object.eContents()) {
			countText(child, counted, lengths);
		}
	}

	private static List<PartRow> parts(Report report) {
		List<PartRow> parts = new ArrayList<>();
		if (report.getPrevious() != null) {
			parts.add(new PartRow(Keyword.PREVIOUS.word(), PartSummaries.previous(report.getPrevious()), offsetOf(report.getPrevious())));
		}
		if (report.getOpinions() != null) {
			parts.add(new PartRow(Keyword.OPINIONS.word(), PartSummaries.opinions(report.getOpinions()), offsetOf(report.getOpinions())));
		}
		if (report.getCriticism() != null) {
			parts.add(new PartRow(Keyword.CRITICISM.word(), PartSummaries.criticism(report.getCriticism()), offsetOf(report.getCriticism())));
		}
		for (Statement statement : report.getStatements()) {
			parts.add(new PartRow(StringLiteral.joined(statement.getHeading()), PartSummaries.statement(statement), offsetOf(statement)));
		}
		return parts;
	}

	private static int offsetOf(EObject object) {
		var node = NodeModelUtils.findActualNodeFor(object);
		return node == null ? -1 : node.getOffset();
	}

	private List<AspectRow> rows(Report report) {
		Map<String, int[]> counts = new LinkedHashMap<>();
		Map<String, Integer> offsets = new LinkedHashMap<>();
		if (!profileResolver.isUnresolved(report)) {
			Profile profile = profileResolver.effectiveProfile(report);
			for (Aspect aspect : profile.getAspects()) {
				counts.put(Reports.label(aspect), new int[3]);
				offsets.put(Reports.label(aspect), -1);
			}
		}
		for (Section section : report.getSections()) {
			String name = Reports.aspectLabel(section);
			int[] c = counts.computeIfAbsent(name, n -> new int[3]);
			c[0] += section.getProblems().size();
			c[1] += section.getCauses().size();
			c[2] += section.getMeasures().size();
			if (offsets.getOrDefault(name, -1) < 0) {
				offsets.put(name, NodeModelUtils.findActualNodeFor(section).getOffset());
			}
		}
		List<AspectRow> rows = new ArrayList<>();
		counts.forEach((name, c) -> rows.add(new AspectRow(name, c[0], c[1], c[2], offsets.getOrDefault(name, -1))));
		return rows;
	}

	static String group(String code) {
		if (PLACEHOLDERS.contains(code)) {
			return IdeMessages.CheckGroupPlaceholder;
		}
		if (LEDGER.contains(code)) {
			return IdeMessages.CheckGroupLedger;
		}
		if (COMPLETENESS.contains(code)) {
			return IdeMessages.CheckGroupCompleteness;
		}
		if (PARTS.contains(code)) {
			return IdeMessages.CheckGroupParts;
		}
		if (code != null && code.startsWith(DEPTH)) {
			return IdeMessages.CheckGroupReview;
		}
		return IdeMessages.CheckGroupText;
	}

	private static int orZero(Integer value) {
		return value == null ? 0 : value;
	}
}
