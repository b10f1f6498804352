package org.duizhao.dsl.nodes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.duizhao.dsl.text.Placeholders;
import org.duizhao.model.Aspect;
import org.duizhao.model.Cause;
import org.duizhao.model.Item;
import org.duizhao.model.Measure;
import org.duizhao.model.Opinion;
import org.duizhao.model.Problem;
import org.duizhao.model.Report;
import org.duizhao.model.ReportPackage;
import org.duizhao.model.Scope;
import org.duizhao.model.Section;
import org.duizhao.model.Signature;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** Read-only walks over a report that several checks and fixes share. */
public final class Reports {

	/** The writer of a personal report when it is not signed yet. */
	private static final String WRITER = "本人";

	private Reports() {
	}

	public static Report reportOf(EObject object) {
		return EcoreUtil2.getContainerOfType(object, Report.class);
	}

	public static List<Problem> problems(Report report) {
		return collect(report, Section::getProblems);
	}

	public static List<Cause> causes(Report report) {
		return collect(report, Section::getCauses);
	}

	public static List<Measure> measures(Report report) {
		return collect(report, Section::getMeasures);
	}

	private static <T> List<T> collect(Report report, Function<Section, List<T>> items) {
		List<T> result = new ArrayList<>();
		report.getSections().forEach(s -> result.addAll(items.apply(s)));
		return result;
	}

	/** An aspect is treated completely when it has problems, causes and measures (问题准、原因清、措施明). */
	public static boolean isComplete(int problems, int causes, int measures) {
		return problems > 0 && causes > 0 && measures > 0;
	}

	public static boolean isComplete(Section section) {
		return isComplete(section.getProblems().size(), section.getCauses().size(), section.getMeasures().size());
	}

	/**
	 * The problems a measure answers: those it names, and those the causes it names explain (ledgers often link a
	 * measure to the root cause rather than to each symptom).
	 */
	public static Set<Problem> answered(Measure measure) {
		Set<Problem> problems = new LinkedHashSet<>();
		for (Item target : measure.getAnswers()) {
			if (target instanceof Problem problem) {
				problems.add(problem);
			} else if (target instanceof Cause cause) {
				problems.addAll(cause.getExplains());
			}
		}
		return problems;
	}

	/**
	 * Who answers for a measure in the ledger: the one it names, or in a personal report, where every measure is the
	 * writer's own, the writer (the signature's name, else 本人). Null when a group report's measure names no one.
	 */
	public static String responsible(Measure measure) {
		if (measure.getResponsible() != null && !measure.getResponsible().isBlank()) {
			return measure.getResponsible();
		}
		Report report = reportOf(measure);
		if (report == null || report.getScope() != Scope.PERSONAL) {
			return null;
		}
		Signature signature = report.getSignature();
		String signer = signature == null ? "" : StringLiteral.joined(signature.getSigner());
		// a signature still to fill in ([待填]) names no one yet
		return signer.isEmpty() || !Placeholders.find(signer).isEmpty() ? WRITER : signer;
	}

	/** An opinion is taken up when a problem claims it (认领) or it is answered (说明). */
	public static boolean isTakenUp(Opinion opinion) {
		return !opinion.getClaimedBy().isEmpty() || opinion.getAnswer() != null && !opinion.getAnswer().isBlank();
	}

	/** What a user calls an aspect: its label, else its name. */
	public static String label(Aspect aspect) {
		return aspect.getLabel() != null && !aspect.getLabel().isBlank() ? aspect.getLabel() : aspect.getName();
	}

	/** The aspect a section treats, by label; as written when it does not resolve (so messages still name it). */
	public static String aspectLabel(Section section) {
		if (isResolved(section.getAspect())) {
			return label(section.getAspect());
		}
		return NodeModelUtils.findNodesForFeature(section, ReportPackage.Literals.SECTION__ASPECT).stream()
				.map(NodeModelUtils::getTokenText).findFirst().orElse("?");
	}

	/** Problems, causes and measures in document order of their sections. */
	public static List<Item> items(Report report) {
		return PerParse.get(ITEMS, report, () -> {
			List<Item> result = new ArrayList<>();
			for (Section section : report.getSections()) {
				result.addAll(itemsInDocumentOrder(section));
			}
			return List.copyOf(result);
		});
	}

	private static final String ITEMS = "items";

	public static List<Item> itemsInDocumentOrder(Section section) {
		return PerParse.get(ITEMS, section, () -> List.copyOf(sortedByOffset(section)));
	}

	private static List<Item> sortedByOffset(Section section) {
		List<Item> result = new ArrayList<>();
		result.addAll(section.getProblems());
		result.addAll(section.getCauses());
		result.addAll(section.getMeasures());
		// each item's offset once, not twice per comparison: finding an object's node walks up its containers
		Map<Item, Integer> offsets = new IdentityHashMap<>();
		result.forEach(item -> offsets.put(item, offset(item)));
		result.sort(Comparator.comparingInt(offsets::get));
		return result;
	}

	private static int offset(EObject object) {
		var node = NodeModelUtils.findActualNodeFor(object);
		return node == null ? 0 : node.getOffset();
	}

	/** Whether a cross reference points at something real; an unresolved one is reported by the linker. */
	public static boolean isResolved(EObject target) {
		return target != null && !target.eIsProxy();
	}
}
