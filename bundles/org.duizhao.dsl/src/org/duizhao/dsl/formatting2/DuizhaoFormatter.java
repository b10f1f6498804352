package org.duizhao.dsl.formatting2;

import java.util.ArrayList;
import java.util.List;

import org.duizhao.dsl.nodes.Reports;
import org.duizhao.model.Aspect;
import org.duizhao.model.CaseAnalysis;
import org.duizhao.model.Item;
import org.duizhao.model.Library;
import org.duizhao.model.LibraryItem;
import org.duizhao.model.LibrarySection;
import org.duizhao.model.MutualCriticism;
import org.duizhao.model.Opinions;
import org.duizhao.model.PreviousRectification;
import org.duizhao.model.Profile;
import org.duizhao.model.Report;
import org.duizhao.model.ReportPackage.Literals;
import org.duizhao.model.Section;
import org.duizhao.model.Signature;
import org.duizhao.model.Statement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;

/**
 * The canonical layout: one header field per line, a blank line between parts, a section's items one level in,
 * and an item's continuation (its body, 针对, ledger fields) one level further, each on its own line.
 */
public class DuizhaoFormatter extends AbstractJavaFormatter {

	protected void format(Report report, IFormattableDocument doc) {
		valueAfterKeyword(report, Literals.DOCUMENT__TITLE, doc);
		for (EStructuralFeature feature : List.of(Literals.REPORT__SUBTITLE, Literals.REPORT__ORGANIZATION,
				Literals.REPORT__SCOPE, Literals.REPORT__DATE, Literals.REPORT__PROFILE, Literals.REPORT__LIBRARIES)) {
			startLine(report, feature, 1, doc);
		}
		startLine(report, Literals.REPORT__PREFACE, 2, doc);
		part(report.getPrevious(), doc);
		part(report.getOpinions(), doc);
		// the headings and the leads of the parts together, after a blank line, one a line
		List<EObject> opening = new ArrayList<>(report.getHeadings());
		opening.addAll(report.getLeads());
		for (EObject line : opening) {
			doc.prepend(line, f -> f.setNewLines(line == opening.get(0) ? 2 : 1));
			spaced(line, doc, true);
		}
		for (Section section : report.getSections()) {
			doc.prepend(section, f -> f.setNewLines(2));
			doc.format(section);
		}
		for (CaseAnalysis caseAnalysis : report.getCases()) {
			doc.prepend(caseAnalysis, f -> f.setNewLines(2));
			doc.format(caseAnalysis);
		}
		part(report.getCriticism(), doc);
		report.getStatements().forEach(statement -> part(statement, doc));
		startLine(report, Literals.REPORT__CLOSING, 2, doc);
		startLine(report, Literals.REPORT__ATTACHMENTS, 2, doc);
		part(report.getSignature(), doc);
		endOfFile(report, doc);
	}

	/** A part after a blank line. */
	private void part(EObject part, IFormattableDocument doc) {
		if (part != null) {
			doc.prepend(part, f -> f.setNewLines(2));
			doc.format(part);
		}
	}

	protected void format(PreviousRectification previous, IFormattableDocument doc) {
		spaced(previous, doc, false);
		lines(previous, previous.getFollowups(), doc);
	}

	protected void format(Opinions opinions, IFormattableDocument doc) {
		spaced(opinions, doc, false);
		lines(opinions, opinions.getOpinions(), doc);
		startLine(opinions, Literals.OPINIONS__CLOSING, 1, doc);
	}

	protected void format(MutualCriticism criticism, IFormattableDocument doc) {
		lines(criticism, criticism.getCriticisms(), doc);
	}

	/** 说明 "个人有关事项" { … }: each paragraph on a line of its own. */
	protected void format(Statement statement, IFormattableDocument doc) {
		valueAfterKeyword(statement, Literals.STATEMENT__HEADING, doc);
		block(statement, doc);
		regionFor(statement).features(Literals.STATEMENT__PARAGRAPHS).forEach(paragraph -> doc.prepend(paragraph, f -> f.newLine()));
	}

	protected void format(Signature signature, IFormattableDocument doc) {
		spaced(signature, doc, true);
	}

	/** A block whose entries (整改, 意见, 对/来自) are one line each, their words one space apart. */
	private void lines(EObject block, List<? extends EObject> entries, IFormattableDocument doc) {
		block(block, doc);
		for (EObject entry : entries) {
			doc.prepend(entry, f -> f.newLine());
			spaced(entry, doc, true);
		}
	}

	/**
	 * One space between the words of an object written on one line, none before a list comma; {@code whole}: up
	 * to its end, else up to its block's brace.
	 */
	private void spaced(EObject owner, IFormattableDocument doc, boolean whole) {
		boolean first = true;
		for (ISemanticRegion region : getTextRegionAccess().regionForEObject(owner).getAllSemanticRegions()) {
			if ("{".equals(region.getText()) && !whole) {
				return;
			}
			if (!first) {
				if (",".equals(region.getText()) || "，".equals(region.getText()) || "、".equals(region.getText())) {
					doc.prepend(region, f -> f.noSpace());
				} else {
					doc.prepend(region, f -> f.oneSpace());
				}
			}
			first = false;
		}
	}

	protected void format(Section section, IFormattableDocument doc) {
		valueAfterKeyword(section, Literals.SECTION__ASPECT, doc);
		block(section, doc);
		startLine(section, Literals.SECTION__LEAD, 1, doc);
		for (Item item : Reports.itemsInDocumentOrder(section)) {
			doc.prepend(item, f -> f.newLine());
			doc.format(item);
		}
	}

	protected void format(Item item, IFormattableDocument doc) {
		ISemanticRegion name = regionFor(item).feature(Literals.ITEM__NAME);
		if (name != null) {
			doc.prepend(name, f -> f.oneSpace());
		}
		ISemanticRegion headline = regionFor(item).feature(Literals.ITEM__HEADLINE);
		if (headline == null) {
			return;
		}
		doc.prepend(headline, f -> f.oneSpace());
		// Everything after the headline hangs one level deeper, up to where the next item starts.
		doc.set(headline.getNextHiddenRegion(), nextHiddenRegion(item), f -> f.indent());
		ISemanticRegion body = regionFor(item).feature(Literals.ITEM__BODY);
		if (body != null) {
			doc.prepend(body, f -> f.newLine());
		}
		for (EStructuralFeature feature : List.of(Literals.PROBLEM__EXAMPLE, Literals.CAUSE__EXPLAINS,
				Literals.MEASURE__ANSWERS, Literals.MEASURE__RESPONSIBLE, Literals.MEASURE__DEADLINE,
				Literals.MEASURE__STATE, Literals.LIBRARY_ITEM__TAGS, Literals.ITEM__ORIGIN)) {
			if (feature.getEContainingClass().isInstance(item)) {
				startLine(item, feature, 1, doc);
			}
		}
	}

	protected void format(CaseAnalysis caseAnalysis, IFormattableDocument doc) {
		valueAfterKeyword(caseAnalysis, Literals.CASE_ANALYSIS__HEADLINE, doc);
		ISemanticRegion headline = regionFor(caseAnalysis).feature(Literals.CASE_ANALYSIS__HEADLINE);
		ISemanticRegion body = regionFor(caseAnalysis).feature(Literals.CASE_ANALYSIS__BODY);
		if (headline != null && body != null) {
			doc.set(headline.getNextHiddenRegion(), nextHiddenRegion(caseAnalysis), f -> f.indent());
			doc.prepend(body, f -> f.newLine());
		}
	}

	protected void format(Library library, IFormattableDocument doc) {
		valueAfterKeyword(library, Literals.DOCUMENT__TITLE, doc);
		for (EStructuralFeature feature : List.of(Literals.LIBRARY__SOURCE, Literals.LIBRARY__VERSION,
				Literals.LIBRARY__PROFILE)) {
			startLine(library, feature, 1, doc);
		}
		for (Profile profile : library.getProfiles()) {
			doc.prepend(profile, f -> f.setNewLines(2));
			doc.format(profile);
		}
		for (LibrarySection section : library.getSections()) {
			doc.prepend(section, f -> f.setNewLines(2));
			doc.format(section);
		}
		endOfFile(library, doc);
	}

	protected void format(Profile profile, IFormattableDocument doc) {
		valueAfterKeyword(profile, Literals.PROFILE__NAME, doc);
		ISemanticRegion title = regionFor(profile).feature(Literals.PROFILE__TITLE);
		if (title != null) {
			doc.prepend(title, f -> f.oneSpace());
		}
		block(profile, doc);
		for (Aspect aspect : profile.getAspects()) {
			doc.prepend(aspect, f -> f.newLine());
			valueAfterKeyword(aspect, Literals.ASPECT__NAME, doc);
			ISemanticRegion label = regionFor(aspect).feature(Literals.ASPECT__LABEL);
			if (label != null) {
				doc.prepend(label, f -> f.oneSpace());
			}
		}
		List<ISemanticRegion> requirements = new ArrayList<>(regionFor(profile).features(Literals.PROFILE__REQUIRES_RESPONSIBLE,
				Literals.PROFILE__REQUIRES_DEADLINE, Literals.PROFILE__REQUIRES_CASE_ANALYSIS, Literals.PROFILE__REQUIRES_PREVIOUS,
				Literals.PROFILE__REQUIRES_OPINIONS, Literals.PROFILE__REQUIRES_CRITICISM, Literals.PROFILE__REQUIRES_SIGNATURE));
		if (!requirements.isEmpty()) {
			requirements.sort((a, b) -> Integer.compare(a.getOffset(), b.getOffset()));
			doc.prepend(requirements.get(0).getPreviousSemanticRegion(), f -> f.newLine());
			requirements.forEach(r -> doc.prepend(r, f -> f.oneSpace()));
		}
		startLine(profile, Literals.PROFILE__LEDGER_SEVERITY, 1, doc);
	}

	protected void format(LibrarySection section, IFormattableDocument doc) {
		valueAfterKeyword(section, Literals.LIBRARY_SECTION__ASPECT, doc);
		block(section, doc);
		for (LibraryItem item : section.getItems()) {
			doc.prepend(item, f -> f.newLine());
			doc.format(item);
		}
	}

	/** Braces: one space before "{", contents one level in, "}" on its own line. */
	private void block(EObject owner, IFormattableDocument doc) {
		ISemanticRegion open = regionFor(owner).keyword("{");
		ISemanticRegion close = regionFor(owner).keyword("}");
		if (open == null || close == null) {
			return;
		}
		doc.prepend(open, f -> f.oneSpace());
		doc.interior(open, close, f -> f.indent());
		doc.prepend(close, f -> f.newLine());
	}

	/** One space between a value and the keyword before it. */
	private void valueAfterKeyword(EObject owner, EStructuralFeature feature, IFormattableDocument doc) {
		ISemanticRegion value = regionFor(owner).feature(feature);
		if (value != null) {
			doc.prepend(value, f -> f.oneSpace());
		}
	}

	/**
	 * Puts the keyword that introduces a feature at the start of a line ({@code newLines} line breaks before it),
	 * one space after the keyword, and list commas written as ", ".
	 */
	private void startLine(EObject owner, EStructuralFeature feature, int newLines, IFormattableDocument doc) {
		List<ISemanticRegion> values = regionFor(owner).features(feature);
		if (values.isEmpty()) {
			return;
		}
		ISemanticRegion keyword = values.get(0).getPreviousSemanticRegion();
		doc.prepend(keyword, f -> f.setNewLines(newLines));
		doc.append(keyword, f -> f.oneSpace());
		for (ISemanticRegion value : values.subList(1, values.size())) {
			ISemanticRegion comma = value.getPreviousSemanticRegion();
			doc.prepend(comma, f -> f.noSpace());
			doc.append(comma, f -> f.oneSpace());
		}
	}

	private void endOfFile(EObject root, IFormattableDocument doc) {
		doc.set(nextHiddenRegion(root), f -> f.setNewLines(1));
	}
}
