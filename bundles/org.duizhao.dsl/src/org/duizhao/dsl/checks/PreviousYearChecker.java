package org.duizhao.dsl.checks;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.duizhao.dsl.nodes.Reports;
import org.duizhao.dsl.previous.LastYearReport;
import org.duizhao.dsl.previous.LastYearReports;
import org.duizhao.dsl.previous.LastYearReports.Found;
import org.duizhao.dsl.previous.LastYearReports.Loaded;
import org.duizhao.dsl.previous.LastYearReports.Unreadable;
import org.duizhao.dsl.text.NearDuplicates;
import org.duizhao.dsl.text.Placeholders;
import org.duizhao.dsl.validation.IssueCodes;
import org.duizhao.dsl.validation.Messages;
import org.duizhao.model.Followup;
import org.duizhao.model.FollowupState;
import org.duizhao.model.PreviousRectification;
import org.duizhao.model.Problem;
import org.duizhao.model.Report;
import org.duizhao.model.ReportPackage.Literals;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;

/**
 * 上年度整改: every measure promised in last year's report has a state this year, an unfinished one says why, and
 * no problem of this year is last year's again (年年有、年年改、年年在).
 */
public class PreviousYearChecker extends AbstractChecker {

	@Inject
	private LastYearReports lastYearReports;

	/** Its own instance: the sketches it keeps are of last year's problems, not of this report's items. */
	private final NearDuplicates nearDuplicates = new NearDuplicates();

	@Check
	public void everyMeasureFollowedUp(PreviousRectification previous) {
		LastYearReport last = lastYear(previous);
		if (last == null) {
			return;
		}
		Set<String> followed = new HashSet<>();
		for (Followup followup : previous.getFollowups()) {
			if (followup.getMeasure() == null) {
				continue;
			}
			followed.add(followup.getMeasure());
			if (last.measure(followup.getMeasure()).isEmpty()) {
				error(Messages.bind(Messages.PreviousMeasureUnknown, followup.getMeasure(), ids(last.measures())), followup,
						Literals.FOLLOWUP__MEASURE, IssueCodes.PREVIOUS_MEASURE_UNKNOWN);
			}
		}
		List<String> missing = last.measures().stream().map(LastYearReport.Entry::id).filter(id -> !followed.contains(id)).toList();
		if (!missing.isEmpty()) {
			// the data lists the ids for the fix that inserts them
			warning(Messages.bind(Messages.PreviousMeasuresWithoutStatus, String.join("、", missing)), previous,
					Literals.PREVIOUS_RECTIFICATION__REPORT, IssueCodes.PREVIOUS_MEASURE_WITHOUT_STATUS,
					missing.toArray(String[]::new));
		}
	}

	@Check
	public void followupHasStateAndReason(Followup followup) {
		if (!followup.isSetState()) {
			warning(Messages.bind(Messages.PreviousFollowupWithoutStatus, followup.getMeasure()), followup,
					Literals.FOLLOWUP__MEASURE, IssueCodes.PREVIOUS_MEASURE_WITHOUT_STATUS);
		} else if (followup.getState() == FollowupState.NOT_DONE
				&& (followup.getReason() == null || followup.getReason().isBlank())) {
			error(Messages.bind(Messages.PreviousNotDoneWithoutReason, followup.getMeasure()), followup,
					Literals.FOLLOWUP__STATE, IssueCodes.PREVIOUS_NOT_DONE_WITHOUT_REASON);
		}
	}

	@Check
	public void problemsNotRepeated(Report report) {
		if (report.getPrevious() == null) {
			return;
		}
		LastYearReport last = loaded(report.getPrevious());
		if (last == null) {
			return;
		}
		List<Problem> problems = Reports.problems(report);
		List<String> texts = problems.stream().map(p -> text(p.getHeadline(), p.getBody())).toList();
		List<String> lastTexts = last.problems().stream().map(LastYearReport.Entry::text).toList();
		for (NearDuplicates.Match match : nearDuplicates.findIn(lastTexts, texts)) {
			Problem problem = problems.get(match.index());
			LastYearReport.Entry earlier = last.problems().get(match.earlier());
			warning(Messages.bind(Messages.PreviousProblemRepeated, problem.getName(), earlier.id(), earlier.line(),
					(int) Math.round(match.similarity() * 100)), problem, Literals.ITEM__NAME,
					IssueCodes.PREVIOUS_PROBLEM_REPEATED, earlier.id());
		}
	}

	/** Last year's report, or null after saying why it cannot be read. */
	private LastYearReport lastYear(PreviousRectification previous) {
		Loaded loaded = load(previous);
		if (loaded instanceof Unreadable unreadable) {
			error(Messages.bind(Messages.PreviousUnreadable, previous.getReport(), unreadable.reason()), previous,
					Literals.PREVIOUS_RECTIFICATION__REPORT, IssueCodes.PREVIOUS_REPORT_UNREADABLE);
			return null;
		}
		return loaded instanceof Found found ? found.report() : null;
	}

	/** Last year's report, or null (said once, by the check of the part). */
	private LastYearReport loaded(PreviousRectification previous) {
		return load(previous) instanceof Found found ? found.report() : null;
	}

	private Loaded load(PreviousRectification previous) {
		// a file name still to fill in is the placeholder check's to report
		if (previous.getReport() == null || previous.getReport().isBlank() || !Placeholders.find(previous.getReport()).isEmpty()) {
			return null;
		}
		return lastYearReports.load(Reports.reportOf(previous), previous.getReport());
	}

	private static String ids(List<LastYearReport.Entry> entries) {
		return entries.stream().map(LastYearReport.Entry::id).collect(Collectors.joining("、"));
	}

	private static String text(String headline, String body) {
		return (headline == null ? "" : headline) + (body == null ? "" : body);
	}
}
