package org.duizhao.dsl.export;

import java.util.ArrayList;
import java.util.List;

import org.duizhao.dsl.export.Block.Kind;
import org.duizhao.dsl.nodes.Reports;
import org.duizhao.dsl.text.ChineseNumerals;
import org.duizhao.model.CaseAnalysis;
import org.duizhao.model.Item;
import org.duizhao.model.Measure;
import org.duizhao.model.Problem;
import org.duizhao.model.Report;
import org.duizhao.model.Scope;
import org.duizhao.model.Section;

import static org.duizhao.dsl.nodes.StringLiteral.joined;

/**
 * A report laid out as the document that is handed in, numbering generated from its structure. {@code traditional}
 * (as DOMAIN.md describes real ones): the problems of all aspects, then the case analyses, the causes and the
 * measures; {@code by-aspect}: each aspect's problems, causes and measures together. Problems are numbered inline
 * (一是……二是……, one paragraph an aspect) or as a list (1. 2.). Measures carry their ledger fields in （）.
 */
public final class ReportLayout {

	public enum Layout {
		TRADITIONAL, BY_ASPECT
	}

	public enum Numbering {
		INLINE, LIST
	}

	private final List<Block> blocks = new ArrayList<>();
	private final Numbering numbering;

	private ReportLayout(Numbering numbering) {
		this.numbering = numbering;
	}

	public static List<Block> of(Report report, Layout layout, Numbering numbering) {
		ReportLayout l = new ReportLayout(numbering);
		l.head(report);
		if (layout == Layout.TRADITIONAL) {
			l.traditional(report);
		} else {
			l.byAspect(report);
		}
		l.tail(report);
		return l.blocks;
	}

	private void head(Report report) {
		add(Kind.TITLE, null, null, joined(report.getTitle()));
		if (report.getSubtitle() != null) {
			String subtitle = joined(report.getSubtitle());
			add(Kind.SUBTITLE, null, null, subtitle.startsWith("（") ? subtitle : "（" + subtitle + "）");
		}
		if (report.getPreface() != null) {
			add(Kind.BODY, null, null, joined(report.getPreface()));
		}
	}

	private void traditional(Report report) {
		int part = 0;
		add(Kind.HEADING1, ChineseNumerals.of(++part) + "、", null, "存在的问题");
		int aspect = 0;
		for (Section section : report.getSections()) {
			add(Kind.HEADING2, "（" + ChineseNumerals.of(++aspect) + "）", null, "在" + Reports.aspectLabel(section) + "方面");
			problems(section.getProblems());
		}
		if (!report.getCases().isEmpty()) {
			add(Kind.HEADING1, ChineseNumerals.of(++part) + "、", null, "典型案例剖析");
			cases(report.getCases());
		}
		add(Kind.HEADING1, ChineseNumerals.of(++part) + "、", null, "问题的原因");
		numbered2(Reports.causes(report));
		add(Kind.HEADING1, ChineseNumerals.of(++part) + "、", null, "整改的措施");
		numbered2(Reports.measures(report));
	}

	private void byAspect(Report report) {
		int aspect = 0;
		for (Section section : report.getSections()) {
			add(Kind.HEADING1, ChineseNumerals.of(++aspect) + "、", null, "在" + Reports.aspectLabel(section) + "方面");
			add(Kind.HEADING2, "（一）", null, "存在的问题");
			problems(section.getProblems());
			add(Kind.HEADING2, "（二）", null, "问题的原因");
			numbered3(section.getCauses());
			add(Kind.HEADING2, "（三）", null, "整改的措施");
			numbered3(section.getMeasures());
		}
		if (!report.getCases().isEmpty()) {
			add(Kind.HEADING1, ChineseNumerals.of(++aspect) + "、", null, "典型案例剖析");
			cases(report.getCases());
		}
	}

	private void problems(List<Problem> problems) {
		if (numbering == Numbering.INLINE) {
			StringBuilder paragraph = new StringBuilder();
			int n = 0;
			for (Problem p : problems) {
				paragraph.append(ChineseNumerals.of(++n)).append("是").append(sentence(p.getHeadline())).append(rest(p));
			}
			if (paragraph.length() > 0) {
				add(Kind.BODY, null, null, paragraph.toString());
			}
		} else {
			numbered3(problems);
		}
	}

	private void cases(List<CaseAnalysis> cases) {
		for (CaseAnalysis c : cases) {
			add(Kind.BODY, null, null, sentence(joined(c.getHeadline())) + joined(c.getBody()));
		}
	}

	private void numbered2(List<? extends Item> items) {
		int n = 0;
		for (Item item : items) {
			add(Kind.HEADING2, "（" + ChineseNumerals.of(++n) + "）", sentence(item.getHeadline()), rest(item));
		}
	}

	private void numbered3(List<? extends Item> items) {
		int n = 0;
		for (Item item : items) {
			add(Kind.HEADING3, ++n + ".", sentence(item.getHeadline()), rest(item));
		}
	}

	/** The body, a problem's example (比如，…), a measure's ledger fields (（责任人：…；完成时限：…）). */
	private static String rest(Item item) {
		String text = joined(item.getBody());
		if (item instanceof Problem p && p.getExample() != null) {
			text += "比如，" + joined(p.getExample());
		}
		if (item instanceof Measure m) {
			List<String> fields = new ArrayList<>();
			if (m.getResponsible() != null) {
				fields.add("责任人：" + joined(m.getResponsible()));
			}
			if (m.getDeadline() != null) {
				fields.add("完成时限：" + joined(m.getDeadline()));
			}
			text += fields.isEmpty() ? "" : "（" + String.join("；", fields) + "）";
		}
		return text;
	}

	private void tail(Report report) {
		if (report.getClosing() != null) {
			add(Kind.BODY, null, null, joined(report.getClosing()));
		}
		if (report.getOrganization() != null) {
			add(Kind.SIGNATURE, null, null, joined(report.getOrganization()));
		}
		if (report.getAuthor() != null) {
			add(Kind.SIGNATURE, null, null, joined(report.getAuthor()));
		} else if (report.getOrganization() == null && report.getScope() == Scope.PERSONAL) {
			add(Kind.SIGNATURE, null, null, "");
		}
		if (report.getDate() != null) {
			add(Kind.SIGNATURE, null, null, joined(report.getDate()));
		}
	}

	/** A headline as a sentence: it ends with 。！？ (inline numbering runs sentences together). */
	private static String sentence(String headline) {
		String text = joined(headline);
		return text.isEmpty() || "。！？!?".indexOf(text.charAt(text.length() - 1)) >= 0 ? text : text + "。";
	}

	private void add(Kind kind, String number, String lead, String text) {
		blocks.add(new Block(kind, number, lead, text));
	}
}
