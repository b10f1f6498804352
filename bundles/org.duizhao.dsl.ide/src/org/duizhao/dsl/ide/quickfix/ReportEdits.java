package org.duizhao.dsl.ide.quickfix;

import java.util.List;

import org.duizhao.dsl.nodes.Reports;
import org.duizhao.dsl.syntax.ReportSyntax;
import org.duizhao.model.Aspect;
import org.duizhao.model.Item;
import org.duizhao.model.Profile;
import org.duizhao.model.Report;
import org.duizhao.model.ReportPackage.Literals;
import org.duizhao.model.Section;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Where and how the quick fixes insert text. Fixes edit the text the user wrote instead of re-serialising the model,
 * so comments, line breaks and the order the writer chose all survive.
 */
final class ReportEdits {

	/** Text to insert at a document offset. */
	record Insertion(int offset, String text) {
	}

	private ReportEdits() {
	}

	/** A line for a new item, placed before the closing brace of the section, indented like its siblings. */
	static Insertion itemIntoSection(Section section, String item, String document) {
		return lineIntoBlock(section, Reports.itemsInDocumentOrder(section), item, document);
	}

	/**
	 * Lines for a block in braces (a section, 上年度整改, 征求意见), placed before its closing brace, indented like
	 * its first child; the lines of {@code text} each get the indent.
	 */
	static Insertion lineIntoBlock(EObject block, List<? extends EObject> children, String text, String document) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(block);
		ILeafNode brace = closingBrace(node);
		String sectionIndent = indentOfLine(document, node.getOffset());
		String itemIndent = children.isEmpty() ? sectionIndent + "\t"
				: indentOfLine(document, NodeModelUtils.findActualNodeFor(children.get(0)).getOffset());
		String item = text.replace("\n", "\n" + itemIndent);
		if (brace == null) {
			return new Insertion(node.getEndOffset(), "\n" + itemIndent + item);
		}
		int lineStart = lineStart(document, brace.getOffset());
		if (document.substring(lineStart, brace.getOffset()).isBlank()) {
			return new Insertion(lineStart, itemIndent + item + "\n");
		}
		return new Insertion(brace.getOffset(), "\n" + itemIndent + item + "\n" + sectionIndent);
	}

	/**
	 * A new section, placed where the profile's order puts it: after the last section of an earlier aspect, before
	 * the first section of a later one, or after the report's header and the parts before the aspects when there is no
	 * section yet.
	 */
	static Insertion sectionIntoReport(Report report, Aspect aspect, String section) {
		Profile profile = (Profile) aspect.eContainer();
		int rank = profile.getAspects().indexOf(aspect);
		Section before = null;
		Section after = null;
		for (Section existing : report.getSections()) {
			int existingRank = Reports.isResolved(existing.getAspect()) ? profile.getAspects().indexOf(existing.getAspect()) : -1;
			if (existingRank >= 0 && existingRank < rank) {
				before = existing;
			} else if (existingRank > rank && after == null) {
				after = existing;
			}
		}
		if (before != null) {
			return new Insertion(NodeModelUtils.findActualNodeFor(before).getEndOffset(), "\n\n" + section);
		}
		if (after != null) {
			return new Insertion(NodeModelUtils.findActualNodeFor(after).getOffset(), section + "\n\n");
		}
		if (!report.getSections().isEmpty()) {
			Section last = report.getSections().get(report.getSections().size() - 1);
			return new Insertion(NodeModelUtils.findActualNodeFor(last).getEndOffset(), "\n\n" + section);
		}
		// the first section: after the parts the grammar puts before the aspects (上年度整改, 征求意见, 导语)
		return partIntoReport(report, Literals.REPORT__SECTIONS, section);
	}

	/** Where the grammar puts the parts of a report after its header, in order. */
	private static final List<EStructuralFeature> PARTS = List.of(Literals.REPORT__PREVIOUS, Literals.REPORT__OPINIONS,
			Literals.REPORT__LEADS, Literals.REPORT__SECTIONS, Literals.REPORT__CASES, Literals.REPORT__CRITICISM,
			Literals.REPORT__STATEMENTS, Literals.REPORT__CLOSING, Literals.REPORT__ATTACHMENTS, Literals.REPORT__SIGNATURE);

	/** A part of the report ({@code feature} one of the parts), after what comes before it in the grammar. */
	static Insertion partIntoReport(Report report, EStructuralFeature feature, String part) {
		int end = endOfHeader(report);
		for (EStructuralFeature before : PARTS.subList(0, PARTS.indexOf(feature))) {
			end = Math.max(end, endOf(report, before));
		}
		return new Insertion(end, "\n\n" + part);
	}

	/** Replaces the text of a feature's node (a number, a name). */
	static Insertion[] replace(EObject owner, EStructuralFeature feature, String text) {
		INode node = NodeModelUtils.findNodesForFeature(owner, feature).get(0);
		return new Insertion[] { new Insertion(node.getOffset(), text), new Insertion(node.getEndOffset(), "") };
	}

	/** Adds a name to a 针对 list, or starts the list after the item's texts. */
	static Insertion referenceInto(Item owner, EStructuralFeature references, String name) {
		List<INode> existing = NodeModelUtils.findNodesForFeature(owner, references);
		if (!existing.isEmpty()) {
			return new Insertion(existing.get(existing.size() - 1).getEndOffset(), ", " + name);
		}
		int end = Math.max(endOf(owner, Literals.ITEM__HEADLINE), endOf(owner, Literals.ITEM__BODY));
		if (end < 0) {
			end = endOf(owner, Literals.ITEM__NAME);
		}
		return new Insertion(end, " " + ReportSyntax.links(List.of(name)));
	}

	/** Text after an item's headline and body, before its links and fields. */
	static Insertion afterTexts(Item item, String text) {
		return new Insertion(Math.max(endOf(item, Literals.ITEM__HEADLINE), endOf(item, Literals.ITEM__BODY)), text);
	}

	/** Text appended at the end of an item (a ledger field of a measure). */
	static Insertion atEndOf(EObject object, String text) {
		return new Insertion(NodeModelUtils.findActualNodeFor(object).getEndOffset(), text);
	}

	static String indentOfLine(String document, int offset) {
		int start = lineStart(document, offset);
		int end = start;
		while (end < document.length() && (document.charAt(end) == ' ' || document.charAt(end) == '\t')) {
			end++;
		}
		return document.substring(start, end);
	}

	private static int lineStart(String document, int offset) {
		int start = Math.min(offset, document.length());
		while (start > 0 && document.charAt(start - 1) != '\n') {
			start--;
		}
		return start;
	}

	private static ILeafNode closingBrace(ICompositeNode node) {
		ILeafNode result = null;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && "}".equals(leaf.getText())) {
				result = leaf;
			}
		}
		return result;
	}

	private static int endOf(EObject object, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
		return nodes.isEmpty() ? -1 : nodes.get(nodes.size() - 1).getEndOffset();
	}

	private static int endOfHeader(Report report) {
		int end = NodeModelUtils.findActualNodeFor(report).getOffset();
		for (EStructuralFeature feature : report.eClass().getEAllStructuralFeatures()) {
			if (!PARTS.contains(feature)) {
				end = Math.max(end, endOf(report, feature));
			}
		}
		return end;
	}
}
