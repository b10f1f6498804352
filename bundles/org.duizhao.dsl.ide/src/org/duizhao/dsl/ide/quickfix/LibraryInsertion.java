package org.duizhao.dsl.ide.quickfix;

import java.util.HashSet;
import java.util.List;

import org.duizhao.dsl.ide.analysis.Analysis;
import org.duizhao.dsl.ide.templates.ItemTemplates;
import org.duizhao.dsl.nodes.Ids;
import org.duizhao.dsl.nodes.Reports;
import org.duizhao.dsl.profiles.ProfileResolver;
import org.duizhao.dsl.syntax.ReportSyntax;
import org.duizhao.model.Aspect;
import org.duizhao.model.LibraryItem;
import org.duizhao.model.Profile;
import org.duizhao.model.Report;
import org.duizhao.model.Section;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import com.google.inject.Inject;

/**
 * Puts a library item into a report where it belongs: into the section at the caret when that section is the item's
 * aspect, else into the report's section of that aspect, else into a new section placed in the profile's order.
 */
public class LibraryInsertion {

	/** Text to insert and where; {@code caret} is where the inserted item starts. */
	public record Edit(int offset, String text, int caret) {
		public String applyTo(String document) {
			return document.substring(0, offset) + text + document.substring(offset);
		}
	}

	@Inject
	private ProfileResolver profileResolver;

	/** {@code null} when the document is not a report or the item's aspect is unknown to its profile. */
	public Edit insert(Analysis analysis, LibraryItem item, String origin, int caretOffset) {
		return analysis.read(model -> insert(model, item, origin, caretOffset));
	}

	private Edit insert(Analysis.Model analysis, LibraryItem item, String origin, int caretOffset) {
		if (!(analysis.document() instanceof Report report) || item.getAspect() == null) {
			return null;
		}
		Profile profile = profileResolver.effectiveProfile(report);
		String aspectName = item.getAspect().getName();
		Aspect aspect = profile.getAspects().stream().filter(a -> a.getName().equals(aspectName)).findFirst().orElse(null);
		if (aspect == null) {
			return null;
		}
		Section section = sectionFor(report, aspectName, caretOffset);
		String text = itemText(report, section, item, origin);
		ReportEdits.Insertion insertion = section != null ? ReportEdits.itemIntoSection(section, text, analysis.text())
				: ReportEdits.sectionIntoReport(report, aspect, ReportSyntax.section(aspectName, List.of(text)));
		int caret = insertion.offset() + insertion.text().indexOf(text.substring(0, 2));
		return new Edit(insertion.offset(), insertion.text(), caret);
	}

	/** A library item as a new item of {@code section}: fresh id, linked to the section's problems, 来自 its library. */
	public ReportEdits.Insertion intoSection(Section section, LibraryItem item, String origin, String document) {
		return ReportEdits.itemIntoSection(section, itemText(Reports.reportOf(section), section, item, origin), document);
	}

	/** The item's text with a fresh id; linked to the problems of {@code section} when there is one. */
	private String itemText(Report report, Section section, LibraryItem item, String origin) {
		List<String> problems = section == null ? List.of()
				: section.getProblems().stream().map(p -> p.getName()).filter(n -> n != null).toList();
		return ItemTemplates.fromLibrary(item.getKind(), Ids.fresh(report, item.getKind(), new HashSet<>()), item.getHeadline(),
				item.getBody(), origin, problems, profileResolver.effectiveProfile(report));
	}

	private static Section sectionFor(Report report, String aspectName, int caretOffset) {
		Section fallback = null;
		for (Section section : report.getSections()) {
			if (!Reports.isResolved(section.getAspect()) || !section.getAspect().getName().equals(aspectName)) {
				continue;
			}
			ICompositeNode node = NodeModelUtils.findActualNodeFor(section);
			if (node != null && node.getOffset() <= caretOffset && caretOffset <= node.getEndOffset()) {
				return section;
			}
			if (fallback == null) {
				fallback = section;
			}
		}
		return fallback;
	}
}
