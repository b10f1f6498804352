package org.duizhao.dsl.checks;

import org.duizhao.dsl.nodes.Reports;
import org.duizhao.dsl.profiles.ProfileResolver;
import org.duizhao.dsl.text.Deadlines;
import org.duizhao.dsl.text.Placeholders;
import org.duizhao.dsl.validation.IssueCodes;
import org.duizhao.dsl.validation.Messages;
import org.duizhao.model.Measure;
import org.duizhao.model.Profile;
import org.duizhao.model.Report;
import org.duizhao.model.ReportPackage.Literals;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;

/** The rectification ledger (整改台账): who is responsible for a measure and by when, as the profile requires. */
public class LedgerChecker extends AbstractChecker {

	@Inject
	private ProfileResolver profileResolver;

	@Check
	public void ledgerFields(Measure measure) {
		Report report = Reports.reportOf(measure);
		if (report == null || profileResolver.isUnresolved(report)) {
			return;
		}
		Profile profile = profileResolver.effectiveProfile(report);
		if (profile.isRequiresResponsible() && Reports.responsible(measure) == null) {
			report(profile.getLedgerSeverity(), Messages.bind(Messages.MissingResponsible, measure.getName()), measure,
					Literals.ITEM__NAME, IssueCodes.MISSING_RESPONSIBLE);
		}
		if (profile.isRequiresDeadline() && isBlank(measure.getDeadline())) {
			report(profile.getLedgerSeverity(), Messages.bind(Messages.MissingDeadline, measure.getName()), measure,
					Literals.ITEM__NAME, IssueCodes.MISSING_DEADLINE);
		}
	}

	@Check
	public void deadlineIsADate(Measure measure) {
		String deadline = measure.getDeadline();
		// An unfilled deadline is already a placeholder error; saying it again as a bad date is noise.
		if (isBlank(deadline) || !Placeholders.find(deadline).isEmpty()) {
			return;
		}
		if (!Deadlines.isValid(deadline)) {
			error(Messages.bind(Messages.InvalidDeadline, measure.getName(), deadline), measure,
					Literals.MEASURE__DEADLINE, IssueCodes.INVALID_DEADLINE);
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
