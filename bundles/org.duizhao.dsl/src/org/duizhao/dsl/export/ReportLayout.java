package org.duizhao.dsl.export;

import static org.duizhao.dsl.nodes.StringLiteral.joined;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.duizhao.dsl.export.Block.Kind;
import org.duizhao.dsl.importer.Bylines;
import org.duizhao.dsl.importer.Markers;
import org.duizhao.dsl.importer.ReportImport;
import org.duizhao.dsl.importer.UnnamedSpeakers;
import org.duizhao.dsl.nodes.PartSummaries;
import org.duizhao.dsl.nodes.Reports;
import org.duizhao.dsl.nodes.StringLiteral;
import org.duizhao.dsl.text.ChineseNumerals;
import org.duizhao.dsl.text.OpinionsTold;
import org.duizhao.dsl.text.StatedDeadlines;
import org.duizhao.dsl.text.Typography;
import org.duizhao.model.CaseAnalysis;
import org.duizhao.model.Criticism;
import org.duizhao.model.Followup;
import org.duizhao.model.FollowupState;
import org.duizhao.model.Item;
import org.duizhao.model.ItemKind;
import org.duizhao.model.Measure;
import org.duizhao.model.MutualCriticism;
import org.duizhao.model.Opinion;
import org.duizhao.model.Opinions;
import org.duizhao.model.PreviousRectification;
import org.duizhao.model.Problem;
import org.duizhao.model.Report;
import org.duizhao.model.Scope;
import org.duizhao.model.Section;
import org.duizhao.model.Signature;
import org.duizhao.model.Statement;

/**
 * A report laid out as the document that is handed in, numbering generated from its structure. {@code traditional}
 * (as DOMAIN.md describes real ones): the problems of all aspects, then the case analyses, the causes and the
 * measures; {@code by-aspect}: each aspect's problems, causes and measures together. Problems are numbered inline
 * (一是……二是……, one paragraph an aspect) or as a list (1. 2.). Measures carry their ledger fields in （）.
 */
public final class ReportLayout {

	/** A reason that says it is one, as the import reads it back without a label (followup.reason). */
	private static final Pattern SAYS_IT_IS_A_REASON = Pattern.compile("(?:主要)?原因是|(?:由于|因为|因)(?=\\p{IsHan})");
	private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,：:；;。]");
	private static final Pattern TRAILING_STOP = Pattern.compile("[。．.，,；;：:、]+$");

	public enum Layout {
		TRADITIONAL, BY_ASPECT
	}

	public enum Numbering {
		INLINE, LIST
	}

	private final List<Block> blocks = new ArrayList<>();
	private final Numbering numbering;
	/** The parts numbered 一、二、… so far. */
	private int part;

	private ReportLayout(Numbering numbering) {
		this.numbering = numbering;
	}

	public static List<Block> of(Report report, Layout layout, Numbering numbering) {
		ReportLayout l = new ReportLayout(numbering);
		l.head(report);
		if (layout == Layout.BY_ASPECT) {
			// by aspect the problems of the report have no heading of their own: their lead follows the preface (the
			// causes' and the measures' open those of the first aspect)
			l.partLead(report, ItemKind.PROBLEM);
			if (report.getSections().isEmpty()) {
				l.partLead(report, ItemKind.CAUSE);
				l.partLead(report, ItemKind.MEASURE);
			}
		}
		l.previous(report.getPrevious(), joined(report.getTitle()));
		l.opinions(report.getOpinions());
		if (layout == Layout.TRADITIONAL) {
			l.traditional(report);
		} else {
			l.byAspect(report);
		}
		l.criticism(report.getCriticism());
		report.getStatements().forEach(l::statement);
		l.tail(report);
		return l.blocks;
	}

	private void head(Report report) {
		add(Kind.TITLE, null, null, joined(report.getTitle()));
		if (report.getSubtitle() != null) {
			String subtitle = joined(report.getSubtitle());
			// a date goes in brackets under the title; a byline (县人民政府党组成员、副县长　周立新) as written
			add(Kind.SUBTITLE, null, null, subtitle.startsWith("（") || Bylines.isByline(subtitle) ? subtitle : "（" + subtitle + "）");
		}
		if (report.getPreface() != null) {
			add(Kind.BODY, null, null, joined(report.getPreface()));
		}
	}

	/** 上年度整改 comes first, after the preface, as notices ask: each measure of last year with where it stands. */
	private void previous(PreviousRectification previous, String title) {
		if (previous == null) {
			return;
		}
		// last year's meeting is the kind of this year's: a 组织生活会's report speaks of last year's 组织生活会
		String meeting = title.contains(ExportMessages.MeetingOrganisational) ? ExportMessages.MeetingOrganisational
				: ExportMessages.MeetingDemocratic;
		heading1(ExportMessages.bind(ExportMessages.PreviousHeading, meeting));
		String description = joined(previous.getDescription());
		if (!description.isEmpty()) {
			add(Kind.BODY, null, null, description);
		}
		int n = 0;
		for (Followup followup : previous.getFollowups()) {
			// （已完成） before words that say it themselves (已整改到位, as the import reads them) would say it twice
			boolean saysItself = followup.isSetState() && ReportImport.stateSaid(joined(followup.getText())).equals(Optional.of(followup.getState()));
			String state = followup.isSetState() && !saysItself ? "（" + followup.getState().getLiteral() + "）" : "";
			add(Kind.HEADING3, ++n + ".", state, sentence(followup.getText()) + reason(followup));
		}
	}

	/**
	 * 未完成的原因：……, or 原因：…… for a measure still going on (it is not 未完成). A reason of one clause that says
	 * it is one (主要原因是……) goes without a label, which would say 原因 twice; the import reads it back either way.
	 */
	private static String reason(Followup followup) {
		String reason = joined(followup.getReason());
		if (reason.isEmpty()) {
			return "";
		}
		// 主要原因是…… and 因部分合同存在纠纷 say themselves that they are the reason (原因：因…… would say it twice)
		if (SAYS_IT_IS_A_REASON.matcher(reason).lookingAt() && !CLAUSE_BREAK.matcher(reason.replaceAll("[。.]$", "")).find()) {
			return sentence(reason);
		}
		return ExportMessages.bind(followup.getState() == FollowupState.NOT_DONE ? ExportMessages.NotDoneReason : ExportMessages.Reason,
				sentence(reason));
	}

	private void opinions(Opinions opinions) {
		if (opinions == null) {
			return;
		}
		heading1(ExportMessages.OpinionsHeading);
		PartSummaries.OpinionCounts counts = PartSummaries.count(opinions);
		String description = joined(opinions.getDescription());
		if (!description.isEmpty()) {
			add(Kind.BODY, null, null, description);
		}
		// with no opinion listed, how they were taken up is not known: 认领0条 would say what the report does not; when
		// the writer's own words give the total, the generated sentence would say it twice
		boolean totalSaid = counts.gathered() > 0 && OpinionsTold.count(description).equals(Optional.of(counts.gathered()));
		// how they were taken up, as far as the listed opinions say (对照认领0条 would say what the report does not)
		List<String> takenUp = new ArrayList<>();
		if (counts.claimed() > 0) {
			takenUp.add(ExportMessages.bind(ExportMessages.OpinionsClaimed, counts.claimed()));
		}
		if (counts.answered() > 0) {
			takenUp.add(ExportMessages.bind(ExportMessages.OpinionsAnswered, counts.answered()));
		}
		if (!totalSaid && !takenUp.isEmpty()) {
			add(Kind.BODY, null, null, ExportMessages.bind(ExportMessages.OpinionsSummary, counts.gathered(), String.join("，", takenUp)));
		} else if (!totalSaid && counts.gathered() > 0) {
			add(Kind.BODY, null, null, ExportMessages.bind(ExportMessages.OpinionsTotal, counts.gathered()));
		}
		int n = 0;
		for (Opinion opinion : opinions.getOpinions()) {
			String taken = opinion.getClaimedBy().isEmpty() ? "" : ExportMessages.OpinionClaimed;
			String answer = opinion.getAnswer() == null ? "" : ExportMessages.bind(ExportMessages.OpinionAnswer, sentence(opinion.getAnswer()));
			add(Kind.HEADING3, ++n + ".", null, sentence(opinion.getText()) + taken + answer);
		}
		String closing = joined(opinions.getClosing());
		if (!closing.isEmpty()) {
			add(Kind.BODY, null, null, closing);
		}
	}

	/** 对李某同志：, but 对李某同志： also when the person is written with 同志. */
	private static String to(String person, String text) {
		String name = person.replaceFirst(ExportMessages.Comrade + "$", "");
		// 副局长钱立同志对年轻干部放手不够……: the words name the colleague themselves
		if (!name.isEmpty() && text.strip().startsWith(name)) {
			return "";
		}
		return ExportMessages.bind(ExportMessages.CriticismTo, name);
	}



	/**
	 * 李某同志：, but 同志们： for a criticism no one in particular made; nothing when the criticism's words name the
	 * colleague themselves (何振东同志指出我……), which would read the name twice.
	 */
	private static String from(String person, String text) {
		String name = person.replaceFirst(ExportMessages.Comrade + "$", "");
		if (!name.isEmpty() && text.strip().startsWith(name) || person.equals(ExportMessages.Comrades) && UnnamedSpeakers.end(text) >= 0) {
			return "";
		}
		boolean saysWho = person.endsWith(ExportMessages.Comrade) || person.endsWith(ExportMessages.Comrades);
		return ExportMessages.bind(saysWho ? ExportMessages.CriticismFromAll : ExportMessages.CriticismFrom, person);
	}

	/** 相互批评: what the writer said of colleagues, then what colleagues said and how the writer answers. */
	private void criticism(MutualCriticism criticism) {
		if (criticism == null) {
			return;
		}
		heading1(ExportMessages.CriticismHeading);
		List<Criticism> given = criticism.getCriticisms().stream().filter(c -> !c.isReceived()).toList();
		List<Criticism> received = criticism.getCriticisms().stream().filter(Criticism::isReceived).toList();
		int sub = 0;
		if (!given.isEmpty()) {
			add(Kind.HEADING2, "（" + ChineseNumerals.of(++sub) + "）", null, ExportMessages.CriticismGiven);
			for (Criticism c : given) {
				add(Kind.BODY, null, null, to(joined(c.getPerson()), joined(c.getText())) + sentence(c.getText()));
			}
		}
		if (!received.isEmpty()) {
			add(Kind.HEADING2, "（" + ChineseNumerals.of(++sub) + "）", null, ExportMessages.CriticismReceived);
			for (int i = 0; i < received.size(); i++) {
				Criticism c = received.get(i);
				String response = joined(c.getResponse());
				int last = i;
				while (!response.isEmpty() && last + 1 < received.size() && joined(received.get(last + 1).getResponse()).equals(response)) {
					last++;
				}
				if (last == i) {
					String answer = response.isEmpty() ? "" : ExportMessages.bind(ExportMessages.CriticismResponse, response);
					add(Kind.BODY, null, null, from(joined(c.getPerson()), joined(c.getText())) + sentence(c.getText()) + answer);
					continue;
				}
				// one response to several (对以上批评意见，……) is said once, after them
				for (Criticism each : received.subList(i, last + 1)) {
					add(Kind.BODY, null, null, from(joined(each.getPerson()), joined(each.getText())) + sentence(each.getText()));
				}
				add(Kind.BODY, null, null, ExportMessages.bind(ExportMessages.CriticismResponse, response));
				i = last;
			}
		}
	}

	/** 说明: a part under the heading the report gives it (个人有关事项), its paragraphs as written. */
	private void statement(Statement statement) {
		heading1(joined(statement.getHeading()));
		statement.getParagraphs().forEach(paragraph -> add(Kind.BODY, null, null, joined(paragraph)));
	}

	private void heading1(String text) {
		add(Kind.HEADING1, ChineseNumerals.of(++part) + "、", null, text);
	}

	private void traditional(Report report) {
		add(Kind.HEADING1, ChineseNumerals.of(++part) + "、", null, partHeading(report, ItemKind.PROBLEM));
		partLead(report, ItemKind.PROBLEM);
		int aspect = 0;
		for (Section section : report.getSections()) {
			add(Kind.HEADING2, "（" + ChineseNumerals.of(++aspect) + "）", null, aspectHeading(section));
			problems(section.getProblems(), aspectLead(section));
		}
		if (!report.getCases().isEmpty()) {
			add(Kind.HEADING1, ChineseNumerals.of(++part) + "、", null, ExportMessages.Cases);
			cases(report.getCases());
		}
		add(Kind.HEADING1, ChineseNumerals.of(++part) + "、", null, partHeading(report, ItemKind.CAUSE));
		partLead(report, ItemKind.CAUSE);
		numbered2(Reports.causes(report));
		add(Kind.HEADING1, ChineseNumerals.of(++part) + "、", null, partHeading(report, ItemKind.MEASURE));
		partLead(report, ItemKind.MEASURE);
		numbered2(Reports.measures(report));
	}

	/**
	 * 在理论学习方面. A label that names a 情况 (学习贯彻党的创新理论情况, as 组织生活会 notices word them) is said without
	 * it (在学习贯彻党的创新理论方面), and one that says 在 or 方面 itself is not given them twice.
	 */
	private static String aspectHeading(Section section) {
		String core = Reports.aspectLabel(section).replaceFirst("^在", "").replaceFirst("(?<=.{2})(情况|方面)$", "");
		return ExportMessages.bind(ExportMessages.AspectHeading, core);
	}

	private void byAspect(Report report) {
		for (Section section : report.getSections()) {
			add(Kind.HEADING1, ChineseNumerals.of(++part) + "、", null, aspectHeading(section));
			// the aspect's lead under 存在的问题, with the problems: so drafts write it, and so the import reads it back
			add(Kind.HEADING2, "（一）", null, partHeading(report, ItemKind.PROBLEM));
			problems(section.getProblems(), aspectLead(section));
			boolean first = section == report.getSections().get(0);
			add(Kind.HEADING2, "（二）", null, partHeading(report, ItemKind.CAUSE));
			if (first) {
				partLead(report, ItemKind.CAUSE);
			}
			numbered3(section.getCauses());
			add(Kind.HEADING2, "（三）", null, partHeading(report, ItemKind.MEASURE));
			if (first) {
				partLead(report, ItemKind.MEASURE);
			}
			numbered3(section.getMeasures());
		}
		if (!report.getCases().isEmpty()) {
			add(Kind.HEADING1, ChineseNumerals.of(++part) + "、", null, ExportMessages.Cases);
			cases(report.getCases());
		}
	}

	/** 存在的问题, or the heading the report gives the part (标题 问题 "存在的主要问题"). */
	private static String partHeading(Report report, ItemKind kind) {
		return report.getHeadings().stream().filter(h -> h.getPart() == kind).map(h -> joined(h.getText()).strip()).filter(t -> !t.isEmpty())
				.findFirst().orElse(defaultHeading(kind));
	}

	/** The export's own heading of a part, when the report gives none: 存在的问题, 问题的原因, 整改的措施. */
	public static String defaultHeading(ItemKind kind) {
		return switch (kind) {
		case PROBLEM -> ExportMessages.Problems;
		case CAUSE -> ExportMessages.Causes;
		case MEASURE -> ExportMessages.Measures;
		};
	}

	/** 导语: the words that open a part of the report, as the report gives them. */
	private void partLead(Report report, ItemKind kind) {
		report.getLeads().stream().filter(l -> l.getPart() == kind).map(l -> joined(l.getText()).strip()).filter(t -> !t.isEmpty())
				.forEach(t -> add(Kind.BODY, null, null, t));
	}

	/** The words under an aspect's heading before its problems (导语), empty when it has none. */
	private static String aspectLead(Section section) {
		return section.getLead() == null ? "" : joined(section.getLead()).strip();
	}

	/**
	 * Problems after the lead of their aspect: inline (一是……二是……) in the lead's paragraph, as drafts write them,
	 * else the lead a paragraph of its own above the list.
	 */
	private void problems(List<Problem> problems, String lead) {
		if (numbering == Numbering.INLINE) {
			// 一是 after a lead that ends in no stop would run into its words
			StringBuilder paragraph = new StringBuilder(problems.isEmpty() ? lead : Typography.beforeMore(lead));
			// 一是 with no 二是 after it reads as a list cut short: a lone problem with no lead before it goes unnumbered,
			// unless its own words number something (首先，……其次，……), which would read back as problems of their own
			boolean numbered = problems.size() > 1 || !lead.isEmpty()
					|| problems.stream().anyMatch(p -> numbersSomething(sentence(p.getHeadline()) + rest(p)));
			int n = 0;
			for (Problem p : problems) {
				paragraph.append(numbered ? ChineseNumerals.of(++n) + ExportMessages.InlineOrdinal : "").append(sentence(p.getHeadline())).append(rest(p));
			}
			if (paragraph.length() > 0) {
				add(Kind.BODY, null, null, paragraph.toString());
			}
		} else {
			if (!lead.isEmpty()) {
				add(Kind.BODY, null, null, lead);
			}
			numbered3(problems);
		}
	}

	private static boolean numbersSomething(String text) {
		return Markers.leading(text).isPresent() || !Markers.inline(text, 0).isEmpty();
	}

	/** One case as a paragraph; several numbered （一）（二）, each told over as many paragraphs as it takes. */
	private void cases(List<CaseAnalysis> cases) {
		int n = 0;
		for (CaseAnalysis c : cases) {
			if (cases.size() == 1) {
				add(Kind.BODY, null, null, sentence(joined(c.getHeadline())) + joined(c.getBody()));
			} else {
				add(Kind.HEADING2, "（" + ChineseNumerals.of(++n) + "）", sentence(joined(c.getHeadline())), joined(c.getBody()));
			}
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
			text += ExportMessages.bind(ExportMessages.Example, joined(p.getExample()));
		}
		if (item instanceof Measure m) {
			List<String> fields = new ArrayList<>();
			if (m.getResponsible() != null) {
				fields.add(ExportMessages.bind(ExportMessages.Responsible, joined(m.getResponsible())));
			}
			// a deadline the measure's words state (2026年6月底前完成……) is not said twice; the import reads it back from them
			if (m.getDeadline() != null
					&& !StatedDeadlines.stated(joined(item.getHeadline()) + text, writtenIn(Reports.reportOf(m))).equals(Optional.of(joined(m.getDeadline())))) {
				fields.add(ExportMessages.bind(ExportMessages.Deadline, joined(m.getDeadline())));
			}
			Matcher labelled = LABELLED_BRACKETS.matcher(text);
			if (!fields.isEmpty() && labelled.find()) {
				// ……。（配合：基础教育股） kept from the ledger's brackets: one pair of brackets again, not two in a row
				text = text.substring(0, labelled.start()) + "（" + String.join("；", fields) + "；" + labelled.group(1) + "）";
			} else {
				text += fields.isEmpty() ? "" : "（" + String.join("；", fields) + "）";
			}
		}
		return text;
	}

	/** Brackets at the end of a measure's words that hold a labelled field of the ledger's (（配合：基础教育股）). */
	private static final Pattern LABELLED_BRACKETS = Pattern.compile("[（(]([^（()）：:]{1,8}[：:][^（()）]{1,30})[）)]$");

	/** The month the report is dated in, which gives a deadline its words state without a year (于10月底前完成) its year. */
	private static Optional<YearMonth> writtenIn(Report report) {
		if (report == null) {
			return Optional.empty();
		}
		String date = report.getSignature() != null && report.getSignature().getDate() != null ? report.getSignature().getDate() : report.getDate();
		return StatedDeadlines.writtenIn(Optional.ofNullable(date).map(StringLiteral::joined), Optional.ofNullable(report.getTitle()).map(StringLiteral::joined));
	}

	private void tail(Report report) {
		if (report.getClosing() != null) {
			add(Kind.BODY, null, null, joined(report.getClosing()));
		}
		attachments(report.getAttachments());
		Signature signature = report.getSignature();
		if (signature != null) {
			add(Kind.SIGNATURE, null, null, joined(signature.getSigner()));
		} else if (report.getOrganization() != null) {
			add(Kind.SIGNATURE, null, null, joined(report.getOrganization()));
		} else if (report.getScope() == Scope.PERSONAL) {
			// a line left for the writer's name
			add(Kind.SIGNATURE, null, null, "");
		}
		String date = signature != null && signature.getDate() != null ? signature.getDate() : report.getDate();
		if (date != null) {
			add(Kind.SIGNATURE, null, null, joined(date));
		}
	}

	/** 附件：名称, or 附件：1.名称 2.名称 … each on its line; a name ends without a stop (GB/T 9704). */
	private void attachments(List<String> names) {
		List<String> named = names.stream().map(n -> TRAILING_STOP.matcher(joined(n).strip()).replaceFirst("")).filter(n -> !n.isEmpty()).toList();
		for (int i = 0; i < named.size(); i++) {
			add(Kind.ATTACHMENT, i == 0 ? ExportMessages.Attachments : null, named.size() > 1 ? (i + 1) + "." : null, named.get(i));
		}
	}

	/** A headline as a sentence: it ends with 。！？ (inline numbering runs sentences together). */
	private static String sentence(String headline) {
		return Typography.asSentence(joined(headline));
	}

	private void add(Kind kind, String number, String lead, String text) {
		blocks.add(new Block(kind, number, lead, text));
	}
}
