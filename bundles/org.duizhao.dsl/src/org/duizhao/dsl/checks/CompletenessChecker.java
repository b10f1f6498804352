package org.duizhao.dsl.checks;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.duizhao.dsl.nodes.Part;
import org.duizhao.dsl.nodes.Reports;
import org.duizhao.dsl.nodes.StringLiteral;
import org.duizhao.dsl.profiles.BuiltinProfiles;
import org.duizhao.dsl.profiles.ProfileResolver;
import org.duizhao.dsl.validation.IssueCodes;
import org.duizhao.dsl.validation.Messages;
import org.duizhao.model.Aspect;
import org.duizhao.model.Cause;
import org.duizhao.model.ItemKind;
import org.duizhao.model.Measure;
import org.duizhao.model.PartLead;
import org.duizhao.model.Problem;
import org.duizhao.model.Profile;
import org.duizhao.model.Report;
import org.duizhao.model.ReportPackage.Literals;
import org.duizhao.model.Section;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;

/**
 * 问题准、原因清、措施明: every aspect the profile requires is treated once, and each has problems, causes and
 * measures, and every problem is explained by a cause and answered by a measure.
 */
public class CompletenessChecker extends AbstractChecker {

	/** The year a meeting is of (2026年度民主生活会), not the month it is held in (2026年1月). */
	private static final Pattern YEAR_IN_NAME = Pattern.compile("(20\\d{2})");

	@Inject
	private ProfileResolver profileResolver;

	@Inject
	private BuiltinProfiles builtinProfiles;

	@Check
	public void sectionHasProblemsCausesAndMeasures(Section section) {
		String aspect = Reports.aspectLabel(section);
		if (section.getProblems().isEmpty()) {
			error(Messages.bind(Messages.SectionWithoutProblems, aspect), section, Literals.SECTION__ASPECT,
					IssueCodes.SECTION_WITHOUT_PROBLEMS);
		}
		if (section.getCauses().isEmpty()) {
			error(Messages.bind(Messages.SectionWithoutCauses, aspect), section, Literals.SECTION__ASPECT,
					IssueCodes.SECTION_WITHOUT_CAUSES);
		}
		if (section.getMeasures().isEmpty()) {
			error(Messages.bind(Messages.SectionWithoutMeasures, aspect), section, Literals.SECTION__ASPECT,
					IssueCodes.SECTION_WITHOUT_MEASURES);
		}
	}

	@Check
	public void reportCoversProfile(Report report) {
		if (profileResolver.isUnresolved(report)) {
			return;
		}
		Profile profile = profileResolver.effectiveProfile(report);
		Map<Aspect, Section> treated = new LinkedHashMap<>();
		for (Section section : report.getSections()) {
			Aspect aspect = section.getAspect();
			if (!Reports.isResolved(aspect)) {
				continue;
			}
			Section first = treated.putIfAbsent(aspect, section);
			if (first != null) {
				error(Messages.bind(Messages.DuplicateAspect, aspect.getName(), StringLiteral.lineOf(first)), section,
						Literals.SECTION__ASPECT, IssueCodes.DUPLICATE_ASPECT);
			}
		}
		List<Aspect> missing = profile.getAspects().stream().filter(a -> !treated.containsKey(a)).toList();
		if (!missing.isEmpty()) {
			// each in quotes: labels such as 带头强化政治忠诚、提高政治能力 have 、 inside them
			String names = missing.stream().map(a -> Messages.bind(Messages.Quoted, Reports.label(a))).collect(Collectors.joining(Messages.ListSeparator));
			// The quick fix adds a skeleton for each aspect named in the data.
			error(Messages.bind(Messages.MissingAspects, profile.getName(), names), report, Literals.DOCUMENT__TITLE,
					IssueCodes.MISSING_ASPECT, missing.stream().map(Aspect::getName).toArray(String[]::new));
		}
		for (Part part : Part.requiredBy(profile, report.getScope())) {
			if (part.presentIn(report)) {
				continue;
			}
			if (part == Part.CASE) {
				error(Messages.bind(Messages.MissingCaseAnalysis, profile.getName()), report, Literals.DOCUMENT__TITLE,
						IssueCodes.MISSING_CASE_ANALYSIS);
			} else {
				// A warning: a unit formed this year has no last year to report on, and a draft still circulates
				// for comments before the opinions are in. The data names the part for the fix that adds it.
				warning(Messages.bind(Messages.MissingPart, profile.getName(), part.word()), report, Literals.DOCUMENT__TITLE,
						IssueCodes.MISSING_PART, part.name());
			}
		}
	}

	/** Each part opens once: a second 导语 of the same part would be a second opening paragraph under its heading. */
	@Check
	public void partLeadOnce(Report report) {
		Map<ItemKind, PartLead> first = new EnumMap<>(ItemKind.class);
		for (PartLead lead : report.getLeads()) {
			PartLead before = first.putIfAbsent(lead.getPart(), lead);
			if (before != null) {
				warning(Messages.bind(Messages.DuplicateLead, lead.getPart().getLiteral(), StringLiteral.lineOf(before)), lead,
						Literals.PART_LEAD__PART, IssueCodes.DUPLICATE_LEAD);
			}
		}
	}

	/**
	 * A report that names no profile follows the built-in one of its title's meeting and year, else the newest of that
	 * meeting ({@link BuiltinProfiles#namedBy}); when the title is of a later year (2026年度民主生活会 before this
	 * year's profile ships), the aspects may have changed with the notice.
	 */
	@Check
	public void profileIsOfTheTitlesYear(Report report) {
		if (report.getProfile() != null || report.getTitle() == null || !builtinProfiles.namesAMeeting(report.getTitle())) {
			return;
		}
		String profile = profileResolver.effectiveProfile(report).getName();
		Optional<Integer> titleYear = BuiltinProfiles.meetingYear(report.getTitle());
		Matcher profileYear = YEAR_IN_NAME.matcher(profile);
		if (titleYear.isPresent() && profileYear.find() && titleYear.get() > Integer.parseInt(profileYear.group(1))) {
			warning(Messages.bind(Messages.ProfileOfEarlierYear, String.valueOf(titleYear.get()), profile), report, Literals.DOCUMENT__TITLE,
					IssueCodes.PROFILE_OF_EARLIER_YEAR);
		}
	}

	/** Every problem is explained by a cause and answered by a measure ({@link Reports#answered}). */
	@Check
	public void everyProblemHasCauseAndMeasure(Report report) {
		Set<Problem> explained = new HashSet<>();
		for (Cause cause : Reports.causes(report)) {
			explained.addAll(cause.getExplains());
		}
		Set<Problem> answered = new HashSet<>();
		for (Measure measure : Reports.measures(report)) {
			answered.addAll(Reports.answered(measure));
		}
		for (Problem problem : Reports.problems(report)) {
			if (!explained.contains(problem)) {
				warning(Messages.bind(Messages.ProblemWithoutCause, problem.getName()), problem, Literals.ITEM__NAME,
						IssueCodes.PROBLEM_WITHOUT_CAUSE);
			}
			if (!answered.contains(problem)) {
				warning(Messages.bind(Messages.ProblemWithoutMeasure, problem.getName()), problem, Literals.ITEM__NAME,
						IssueCodes.PROBLEM_WITHOUT_MEASURE);
			}
		}
	}
}
