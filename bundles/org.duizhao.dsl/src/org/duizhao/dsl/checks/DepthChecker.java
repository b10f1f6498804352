package org.duizhao.dsl.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.duizhao.dsl.depth.DepthCheck;
import org.duizhao.dsl.depth.DepthReader;
import org.duizhao.dsl.depth.DepthSwitch;
import org.duizhao.dsl.depth.DepthWords;
import org.duizhao.dsl.depth.Statement;
import org.duizhao.dsl.library.Libraries;
import org.duizhao.dsl.nodes.Reports;
import org.duizhao.dsl.nodes.StringLiteral;
import org.duizhao.dsl.profiles.ProfileResolver;
import org.duizhao.dsl.text.Placeholders;
import org.duizhao.dsl.validation.IssueCodes;
import org.duizhao.dsl.validation.Messages;
import org.duizhao.model.Cause;
import org.duizhao.model.Criticism;
import org.duizhao.model.Problem;
import org.duizhao.model.Report;
import org.duizhao.model.ReportPackage.Literals;
import org.duizhao.model.ReviewSeverity;
import org.duizhao.model.Scope;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;

/**
 * Checks of substance (审核提示): what inspection teams send reports back for although they are complete. Advice by
 * default (提示); a profile can make it a warning (审核级别 警告); the user can turn it off.
 */
public class DepthChecker extends AbstractChecker {

	@Inject
	private DepthSwitch depthSwitch;

	@Inject
	private Libraries libraries;

	@Inject
	private ProfileResolver profileResolver;

	/** What a reviewer reads as the statement: not its id, not 来自, not who criticised, not the response. */
	private static final Set<EAttribute> STATEMENT_TEXTS = Set.of(Literals.ITEM__HEADLINE,
			Literals.ITEM__BODY, Literals.PROBLEM__EXAMPLE, Literals.CRITICISM__TEXT);

	/**
	 * Judgements of the statements seen lately, by kind, voice and text: after an edit only the statement edited is
	 * judged again. Emptied when it grows large, so that it holds about one large report's statements.
	 */
	private final Map<Statement, List<DepthReader.Hit>> judged = new ConcurrentHashMap<>();
	private static final int REMEMBERED = 50_000;

	/** A statement's text and where each of its literals starts in it. */
	private record Passage(String text, List<StringLiteral> literals, List<Integer> starts) {
	}

	@Check
	public void problem(Problem problem) {
		judge(problem, Statement.Kind.PROBLEM);
	}

	@Check
	public void cause(Cause cause) {
		judge(cause, Statement.Kind.CAUSE);
	}

	@Check
	public void criticism(Criticism criticism) {
		if (!criticism.isReceived()) {
			judge(criticism, Statement.Kind.CRITICISM);
		}
	}

	@Check
	public void someCauseIsSubjective(Report report) {
		// a cause still to write ([待填]) says nothing yet
		List<Cause> causes = Reports.causes(report).stream().filter(c -> Placeholders.find(passage(c).text()).isEmpty()).toList();
		if (!depthSwitch.isOn(report.eResource()) || causes.isEmpty()) {
			return;
		}
		DepthReader reader = reader(report);
		boolean subjective = causes.stream().anyMatch(c -> reader.namesSubjectiveRoot(passage(c).text()));
		// (stops at the first subjective cause: in a real report that is one of the first few)
		if (!subjective) {
			report(report, Messages.DepthNoSubjectiveCause, report, Literals.DOCUMENT__TITLE, IssueCodes.DEPTH_NO_SUBJECTIVE_CAUSE);
		}
	}

	private void judge(EObject object, Statement.Kind kind) {
		Report report = Reports.reportOf(object);
		if (report == null || !depthSwitch.isOn(report.eResource())) {
			return;
		}
		Passage passage = passage(object);
		// not written yet: a statement being typed has no text to judge, a placeholder is what to fix first
		if (passage.text().isBlank() || !Placeholders.find(passage.text()).isEmpty()) {
			return;
		}
		Statement statement = new Statement(kind, report.getScope() == Scope.PERSONAL, passage.text());
		for (DepthReader.Hit hit : judge(report, statement)) {
			int index = literalAt(passage, hit.offset());
			StringLiteral literal = passage.literals().get(index);
			int start = hit.offset() - passage.starts().get(index);
			int length = Math.min(hit.length(), literal.content().length() - start);
			String found = literal.content().substring(start, start + length);
			String message = Messages.bind(message(hit.check()), found);
			int offset = literal.contentOffset() + start;
			if (severity(report) == ReviewSeverity.WARNING) {
				warningAt(message, object, offset, length, hit.check().code());
			} else {
				infoAt(message, object, offset, length, hit.check().code());
			}
		}
	}

	private void report(Report report, String message, EObject object, EStructuralFeature feature, String code) {
		if (severity(report) == ReviewSeverity.WARNING) {
			warning(message, object, feature, code);
		} else {
			info(message, object, feature, code);
		}
	}

	private ReviewSeverity severity(Report report) {
		return profileResolver.isUnresolved(report) ? ReviewSeverity.INFO : profileResolver.effectiveProfile(report).getReviewSeverity();
	}

	/** The words the libraries add, worked out once per report and validation rather than once per statement. */
	private record Added(Report report, long modificationCount, Map<String, List<String>> words) {
	}

	private volatile Added lastAdded;

	private Map<String, List<String>> added(Report report) {
		Added known = lastAdded;
		long stamp = report.eResource() == null || report.eResource().getResourceSet() == null ? -1
				: report.eResource().getResourceSet().getResources().size();
		if (known != null && known.report() == report && known.modificationCount() == stamp) {
			return known.words();
		}
		Added made = new Added(report, stamp, libraries.reviewWords(report));
		lastAdded = made;
		return made.words();
	}

	private List<DepthReader.Hit> judge(Report report, Statement statement) {
		Map<String, List<String>> added = added(report);
		if (!added.isEmpty()) {
			return reader(report).judge(statement); // an office's own words: not what the remembered judgements used
		}
		if (judged.size() > REMEMBERED) {
			judged.clear();
		}
		return judged.computeIfAbsent(statement, s -> reader(report).judge(s));
	}

	private DepthReader reader(Report report) {
		Map<String, List<String>> added = added(report);
		return new DepthReader(DepthWords.builtin().with(added));
	}

	private static String message(DepthCheck check) {
		return switch (check) {
		case VAGUE -> Messages.DepthVague;
		case OBJECTIVE_CAUSE -> Messages.DepthObjectiveCause;
		case DISGUISED_PRAISE -> Messages.DepthDisguisedPraise;
		case ACHIEVEMENT -> Messages.DepthAchievement;
		case INDIRECT_VOICE -> Messages.DepthIndirectVoice;
		case CRITICISM_AS_HOPE -> Messages.DepthCriticismAsHope;
		case NO_SUBJECTIVE_CAUSE -> Messages.DepthNoSubjectiveCause;
		case COPIED -> Messages.DepthCopied;
		};
	}

	/** The texts a reviewer reads as the statement: headline, body, example, criticism (not 来自, not 回应). */
	private static Passage passage(EObject object) {
		StringBuilder text = new StringBuilder();
		List<StringLiteral> literals = new ArrayList<>();
		List<Integer> starts = new ArrayList<>();
		for (StringLiteral literal : StringLiteral.of(object)) {
			if (!STATEMENT_TEXTS.contains(literal.feature())) {
				continue;
			}
			literals.add(literal);
			starts.add(text.length());
			text.append(literal.content());
		}
		return new Passage(text.toString(), literals, starts);
	}

	private static int literalAt(Passage passage, int offset) {
		int index = 0;
		for (int i = 0; i < passage.starts().size(); i++) {
			if (passage.starts().get(i) <= offset) {
				index = i;
			}
		}
		return index;
	}
}
