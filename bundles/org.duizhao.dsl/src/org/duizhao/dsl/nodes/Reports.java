package org.duizhao.dsl.nodes;

import java.util.ArrayList;
import java.util.List;

import org.duizhao.model.Cause;
import org.duizhao.model.Item;
import org.duizhao.model.Measure;
import org.duizhao.model.Problem;
import org.duizhao.model.Report;
import org.duizhao.model.Section;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** Read-only walks over a report that several checks and fixes share. */
public final class Reports {

	private Reports() {
	}

	public static Report reportOf(EObject object) {
		return EcoreUtil2.getContainerOfType(object, Report.class);
	}

	public static List<Problem> problems(Report report) {
		List<Problem> result = new ArrayList<>();
		report.getSections().forEach(s -> result.addAll(s.getProblems()));
		return result;
	}

	public static List<Cause> causes(Report report) {
		List<Cause> result = new ArrayList<>();
		report.getSections().forEach(s -> result.addAll(s.getCauses()));
		return result;
	}

	public static List<Measure> measures(Report report) {
		List<Measure> result = new ArrayList<>();
		report.getSections().forEach(s -> result.addAll(s.getMeasures()));
		return result;
	}

	/** Problems, causes and measures in document order of their sections. */
	public static List<Item> items(Report report) {
		List<Item> result = new ArrayList<>();
		for (Section section : report.getSections()) {
			result.addAll(itemsInDocumentOrder(section));
		}
		return result;
	}

	public static List<Item> itemsInDocumentOrder(Section section) {
		List<Item> result = new ArrayList<>();
		result.addAll(section.getProblems());
		result.addAll(section.getCauses());
		result.addAll(section.getMeasures());
		result.sort((a, b) -> Integer.compare(offset(a), offset(b)));
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
