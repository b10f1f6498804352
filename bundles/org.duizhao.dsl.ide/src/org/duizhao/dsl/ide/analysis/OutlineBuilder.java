package org.duizhao.dsl.ide.analysis;

import static org.duizhao.dsl.nodes.StringLiteral.joined;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.duizhao.dsl.ide.IdeMessages;
import org.duizhao.dsl.ide.analysis.OutlineNode.Kind;
import org.duizhao.dsl.nodes.PartSummaries;
import org.duizhao.dsl.nodes.Reports;
import org.duizhao.dsl.nodes.StringLiteral;
import org.duizhao.dsl.syntax.ReportSyntax;
import org.duizhao.dsl.syntax.ReportSyntax.Keyword;
import org.duizhao.model.Aspect;
import org.duizhao.model.CaseAnalysis;
import org.duizhao.model.Cause;
import org.duizhao.model.Criticism;
import org.duizhao.model.Document;
import org.duizhao.model.Followup;
import org.duizhao.model.Item;
import org.duizhao.model.Library;
import org.duizhao.model.LibraryItem;
import org.duizhao.model.LibrarySection;
import org.duizhao.model.Measure;
import org.duizhao.model.MutualCriticism;
import org.duizhao.model.Opinion;
import org.duizhao.model.Opinions;
import org.duizhao.model.PartLead;
import org.duizhao.model.PreviousRectification;
import org.duizhao.model.Problem;
import org.duizhao.model.Profile;
import org.duizhao.model.Report;
import org.duizhao.model.ReportPackage.Literals;
import org.duizhao.model.Section;
import org.duizhao.model.Signature;
import org.duizhao.model.Statement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** The outline of a document, in document order, from whatever parsed (a half-typed file still has one). */
public class OutlineBuilder {

	/** How much of a 前言 or 结语 its row shows. */
	private static final int EXCERPT = 24;

	public List<OutlineNode> build(Analysis analysis) {
		return unique(analysis.read(this::outline));
	}

	/**
	 * Keys unique among siblings, so that a view can tell rows apart by key: a second P1 (pasted, not renamed yet)
	 * or a second section of one aspect gets {@code #2} (and its rows below it). The same list when all are unique.
	 */
	private static List<OutlineNode> unique(List<OutlineNode> rows) {
		Map<String, Integer> seen = new HashMap<>();
		List<OutlineNode> result = null;
		for (int i = 0; i < rows.size(); i++) {
			OutlineNode row = rows.get(i);
			int count = seen.merge(row.key(), 1, Integer::sum);
			OutlineNode keyed = count == 1 ? row : rekeyed(row, row.key(), row.key() + "#" + count);
			List<OutlineNode> children = unique(keyed.children());
			if (children != keyed.children()) {
				keyed = new OutlineNode(keyed.kind(), keyed.label(), keyed.offset(), keyed.length(), keyed.complete(), children, keyed.key());
			}
			if (keyed != row && result == null) {
				result = new ArrayList<>(rows.subList(0, i));
			}
			if (result != null) {
				result.add(keyed);
			}
		}
		return result == null ? rows : List.copyOf(result);
	}

	private static OutlineNode rekeyed(OutlineNode row, String from, String to) {
		return new OutlineNode(row.kind(), row.label(), row.offset(), row.length(), row.complete(),
				row.children().stream().map(child -> rekeyed(child, from, to)).toList(), to + row.key().substring(from.length()));
	}

	private List<OutlineNode> outline(Analysis.Model analysis) {
		Document document = analysis.document();
		if (document instanceof Report report) {
			return List.of(report(report));
		}
		if (document instanceof Library library) {
			return List.of(library(library));
		}
		return List.of();
	}

	private OutlineNode report(Report report) {
		List<OutlineNode> children = new ArrayList<>();
		if (report.getPreface() != null) {
			children.add(words(report, Literals.REPORT__PREFACE, Keyword.PREFACE.word() + " " + excerpt(joined(report.getPreface())), "R/PF"));
		}
		if (report.getPrevious() != null) {
			children.add(previous(report.getPrevious()));
		}
		if (report.getOpinions() != null) {
			children.add(opinions(report.getOpinions()));
		}
		for (PartLead lead : report.getLeads()) {
			children.add(node(lead, Kind.TEXT, Keyword.LEAD.word() + " " + lead.getPart().getLiteral() + " " + excerpt(joined(lead.getText())), true,
					List.of(), "R/L:" + lead.getPart().getLiteral()));
		}
		for (Section section : report.getSections()) {
			children.add(section(section));
		}
		int index = 0;
		for (CaseAnalysis caseAnalysis : report.getCases()) {
			children.add(node(caseAnalysis, Kind.CASE, Keyword.CASE.word() + " " + joined(caseAnalysis.getHeadline()), true, List.of(), "C" + index++));
		}
		if (report.getCriticism() != null) {
			children.add(criticism(report.getCriticism()));
		}
		index = 0;
		for (Statement statement : report.getStatements()) {
			children.add(node(statement, Kind.PART, Keyword.STATEMENT.word() + " " + joined(statement.getHeading()), true, List.of(),
					"R/ST" + index++));
		}
		if (report.getClosing() != null) {
			children.add(words(report, Literals.REPORT__CLOSING, Keyword.CLOSING.word() + " " + excerpt(joined(report.getClosing())), "R/CL"));
		}
		if (!report.getAttachments().isEmpty()) {
			String names = report.getAttachments().stream().map(StringLiteral::joined).collect(Collectors.joining(IdeMessages.OutlineListSeparator));
			children.add(words(report, Literals.REPORT__ATTACHMENTS, Keyword.ATTACHMENTS.word() + " " + names, "R/AT"));
		}
		Signature signature = report.getSignature();
		if (signature != null) {
			String label = Keyword.SIGNATURE.word() + " " + joined(signature.getSigner())
					+ (signature.getDate() == null ? "" : " " + joined(signature.getDate()));
			children.add(node(signature, Kind.PART, label, true, List.of(), "R/S"));
		}
		return node(report, Kind.REPORT, joined(report.getTitle()), true, children, "R");
	}

	private OutlineNode previous(PreviousRectification previous) {
		String key = "R/PR";
		List<OutlineNode> entries = new ArrayList<>();
		boolean complete = true;
		for (Followup followup : previous.getFollowups()) {
			String state = followup.isSetState() ? followup.getState().getLiteral() + " " : "";
			complete &= followup.isSetState();
			entries.add(node(followup, Kind.ENTRY, followup.getMeasure() + " " + state + joined(followup.getText()), true, List.of(),
					key + "/" + followup.getMeasure()));
		}
		return node(previous, Kind.PART, Keyword.PREVIOUS.word() + "（" + PartSummaries.previous(previous) + "）", complete, entries, key);
	}

	private OutlineNode opinions(Opinions opinions) {
		String key = "R/OP";
		List<OutlineNode> entries = new ArrayList<>();
		boolean complete = true;
		for (Opinion opinion : opinions.getOpinions()) {
			complete &= Reports.isTakenUp(opinion);
			entries.add(node(opinion, Kind.ENTRY, opinion.getName() + " " + joined(opinion.getText()), true, List.of(),
					key + "/" + opinion.getName()));
		}
		if (opinions.getClosing() != null) {
			entries.add(words(opinions, Literals.OPINIONS__CLOSING, Keyword.CLOSING.word() + " " + excerpt(joined(opinions.getClosing())), key + "/CL"));
		}
		return node(opinions, Kind.PART, Keyword.OPINIONS.word() + "：" + PartSummaries.opinions(opinions), complete, entries, key);
	}

	private OutlineNode criticism(MutualCriticism criticism) {
		String key = "R/MC";
		List<OutlineNode> entries = new ArrayList<>();
		int index = 0;
		for (Criticism c : criticism.getCriticisms()) {
			Keyword direction = c.isReceived() ? Keyword.FROM : Keyword.TO;
			entries.add(node(c, Kind.ENTRY, direction.word() + " " + joined(c.getPerson()) + "：" + joined(c.getText()), true, List.of(),
					key + "/" + index++));
		}
		return node(criticism, Kind.PART, Keyword.CRITICISM.word() + "（" + PartSummaries.criticism(criticism) + "）", true, entries, key);
	}

	private OutlineNode section(Section section) {
		String key = "R/A:" + Reports.aspectLabel(section);
		List<OutlineNode> items = new ArrayList<>();
		for (Item item : Reports.itemsInDocumentOrder(section)) {
			items.add(node(item, kindOf(item), item.getName() + " " + joined(item.getHeadline()), true, List.of(),
					key + "/" + kindOf(item) + ":" + item.getName()));
		}
		int problems = section.getProblems().size();
		int causes = section.getCauses().size();
		int measures = section.getMeasures().size();
		String label = IdeMessages.bind(IdeMessages.OutlineAspect, Reports.aspectLabel(section), problems, causes, measures);
		return node(section, Kind.ASPECT, label, Reports.isComplete(section), items, key);
	}

	private OutlineNode library(Library library) {
		List<OutlineNode> children = new ArrayList<>();
		for (Profile profile : library.getProfiles()) {
			String key = "L/P:" + profile.getName();
			List<OutlineNode> aspects = new ArrayList<>();
			for (Aspect aspect : profile.getAspects()) {
				aspects.add(node(aspect, Kind.ASPECT, aspect.getName(), true, List.of(), key + "/A:" + aspect.getName()));
			}
			children.add(node(profile, Kind.PROFILE, ReportSyntax.name(Keyword.PROFILE, profile.getName()), true, aspects, key));
		}
		int sectionIndex = 0;
		for (LibrarySection section : library.getSections()) {
			String name = NodeModelUtils.findNodesForFeature(section, Literals.LIBRARY_SECTION__ASPECT).stream()
					.map(NodeModelUtils::getTokenText).findFirst().orElse("?");
			String key = "L/S:" + name + "#" + sectionIndex++;
			List<OutlineNode> items = new ArrayList<>();
			int itemIndex = 0;
			for (LibraryItem item : section.getItems()) {
				items.add(node(item, Kind.LIBRARY_ITEM, item.getKind().getLiteral() + " " + joined(item.getHeadline()), true, List.of(),
						key + "/" + itemIndex++));
			}
			String label = IdeMessages.bind(IdeMessages.OutlineLibrarySection, name, items.size());
			children.add(node(section, Kind.ASPECT, label, true, items, key));
		}
		return node(library, Kind.LIBRARY, joined(library.getTitle()), true, children, "L");
	}

	private static Kind kindOf(Item item) {
		return item instanceof Problem ? Kind.PROBLEM : item instanceof Cause ? Kind.CAUSE : item instanceof Measure ? Kind.MEASURE : Kind.LIBRARY_ITEM;
	}


	/** A row for the words of one feature of the report (前言 "……"), from its first word to its last. */
	private static OutlineNode words(EObject owner, EStructuralFeature feature, String label, String key) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, feature);
		if (nodes.isEmpty()) {
			return node(owner, Kind.TEXT, label, true, List.of(), key);
		}
		int offset = nodes.get(0).getOffset();
		INode last = nodes.get(nodes.size() - 1);
		return new OutlineNode(Kind.TEXT, label, offset, last.getEndOffset() - offset, true, List.of(), key);
	}

	/** The start of a long text, enough to tell which it is. */
	private static String excerpt(String text) {
		return text.length() > EXCERPT ? text.substring(0, EXCERPT) + "…" : text;
	}

	private static OutlineNode node(EObject object, Kind kind, String label, boolean complete, List<OutlineNode> children, String key) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
		int offset = node == null ? 0 : node.getOffset();
		int length = node == null ? 0 : node.getLength();
		return new OutlineNode(kind, label, offset, length, complete, List.copyOf(children), key);
	}
}
