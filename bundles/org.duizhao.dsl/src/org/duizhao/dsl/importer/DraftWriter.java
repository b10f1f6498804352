package org.duizhao.dsl.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.duizhao.dsl.export.ReportLayout;
import org.duizhao.dsl.importer.Draft.Item;
import org.duizhao.dsl.nodes.StringLiteral;
import org.duizhao.dsl.syntax.ReportSyntax;
import org.duizhao.dsl.syntax.ReportSyntax.Keyword;
import org.duizhao.dsl.text.OpinionsTold;
import org.duizhao.dsl.text.Placeholders;
import org.duizhao.model.FollowupState;
import org.duizhao.model.ItemKind;

/**
 * Writes a draft as a .dzr, with ids (P1, C1, M1) and links: a cause 针对 the problems of its aspect, a measure
 * 针对 the causes of its aspect (its problems when it has none), so that a complete source passes the completeness
 * checks. Comments keep what had no place, where it stood. The formatter has the last word on the layout.
 */
final class DraftWriter {

	private final StringBuilder out = new StringBuilder();
	private final DraftReader.Unit unit;
	private int problems;
	private int causes;
	private int measures;

	private DraftWriter(DraftReader.Unit unit) {
		this.unit = unit;
	}

	static String report(Draft draft, String source, ProfileAspects profile, DraftReader.Unit unit) {
		DraftWriter w = new DraftWriter(unit);
		Draft.Head head = draft.head();
		w.line(ReportSyntax.comment(ImportMessages.bind(ImportMessages.Imported, source)));
		w.line(ReportSyntax.text(Keyword.REPORT, head.title().orElse(source)));
		w.field(Keyword.SUBTITLE, head.subtitle());
		w.field(Keyword.ORGANIZATION, head.organization());
		head.scope().ifPresent(scope -> w.line(ReportSyntax.name(Keyword.SCOPE, Keyword.of(scope).word())));
		w.field(Keyword.DATE, head.date());
		w.line(ReportSyntax.name(Keyword.FOLLOWS, profile.name()));
		if (head.preface().isPresent() || !head.notes().isEmpty()) {
			w.out.append('\n');
			w.notes("", head.notes());
			w.field(Keyword.PREFACE, head.preface());
		}
		// the parts' headings the draft gives them, where the export's own would say otherwise (存在的主要问题)
		Map<ItemKind, String> headings = new EnumMap<>(ItemKind.class);
		head.headings().forEach((part, heading) -> {
			if (!heading.equals(ReportLayout.defaultHeading(part))) {
				headings.put(part, heading);
			}
		});
		if (!head.leads().isEmpty() || !headings.isEmpty()) {
			w.out.append('\n');
			for (ItemKind part : ItemKind.VALUES) {
				Optional.ofNullable(headings.get(part)).ifPresent(heading -> w.line(ReportSyntax.heading(part, heading)));
			}
			for (ItemKind part : ItemKind.VALUES) {
				Optional.ofNullable(head.leads().get(part)).ifPresent(lead -> w.line(ReportSyntax.lead(part, lead)));
			}
		}
		for (Draft.Aspect aspect : draft.aspects()) {
			w.out.append('\n');
			if (aspect.id().isPresent()) {
				w.section(aspect);
			} else {
				w.asComments(aspect);
			}
		}
		for (Item c : draft.cases()) {
			w.out.append('\n');
			w.notes("", c.notes());
			w.line(ReportSyntax.item(Keyword.CASE, null, c.headline(), c.body()));
		}
		for (Draft.Statement statement : draft.statements()) {
			w.out.append('\n');
			w.line(ReportSyntax.statement(statement.heading(), statement.paragraphs()));
		}
		if (head.closing().isPresent()) {
			w.out.append('\n');
			w.field(Keyword.CLOSING, head.closing());
		}
		if (!draft.tailNotes().isEmpty()) {
			w.out.append('\n');
			w.notes("", draft.tailNotes());
		}
		List<String> attached = draft.enclosures().stream().map(Draft.Enclosure::name).filter(n -> !n.isBlank()).toList();
		if (!attached.isEmpty()) {
			w.out.append('\n');
			w.line(ReportSyntax.attachments(attached));
		}
		w.signature(head);
		List<String> followups = new ArrayList<>();
		for (Draft.Followup f : draft.followups()) {
			followups.add(followup(ImportMessages.bind(ImportMessages.LastYearId, followups.size() + 1), f));
		}
		return intoParts(w.out.toString(), followups, draft.criticisms().stream().map(DraftWriter::criticism).toList());
	}

	/**
	 * 落款: who signs, the writer of a personal report or the unit of a group's, with the date under the name. The
	 * reader takes both from the signature only, so a date is written here only with a name.
	 */
	private void signature(Draft.Head head) {
		Optional<String> signer = head.author().or(head::organization).filter(s -> !s.isBlank());
		if (signer.isPresent()) {
			out.append('\n');
			line(ReportSyntax.signature(signer.get(), head.date()));
		}
	}

	/**
	 * {@code 整改 上年1 持续推进 "……" 原因 "……"}. The id names last year's measure; the draft does not say which
	 * (last year's report is not read), so they are numbered: linking that report lists its ids for the fix.
	 */
	private static String followup(String id, Draft.Followup f) {
		return ReportSyntax.followup(id, f.state().map(FollowupState::getLiteral), f.text(), f.reason());
	}

	/** {@code 对 "林某" "……"} or {@code 来自 "李某" "……" 回应 "……"}. */
	private static String criticism(Draft.Criticism c) {
		return ReportSyntax.criticism(c.received(), c.person(), c.text(), c.response());
	}

	private static final Pattern KEPT = Pattern.compile("^\\s*// 【(" + ImportVocabulary.Part.LAST_YEAR.label()
			+ "|" + ImportVocabulary.Part.OPINIONS.label() + "|" + ImportVocabulary.Part.CRITICISM.label() + ")】");
	private static final Pattern KEPT_TEXT = Pattern.compile("^\\s*// 【[^】]+】[^：]*：(.*)$");
	private static final Pattern SENTENCE_END = Pattern.compile("[。！？；]\\s*$");
	/** （已认领） or （已转交城建办研究解决） at the end of a listed opinion: how it was taken up. */
	private static final Pattern OPINION_BRACKET = Pattern.compile("[（(]([^（()）]{2,40})[）)][。.]?\\s*$");
	private static final Pattern TAKEN_UP = Pattern.compile("(?:已|均已|全部)?(?:认领|对号认领|领办)");
	/** The ids of the opinions read: Y1, Y2 … */
	private static final String OPINION_ID_PREFIX = "Y";
	/** After a heading's number, its words up to the colon that opens its text (一、征求意见情况：会前……). */
	private static final Pattern HEADING_WORDS = Pattern.compile("[^，。；：:]{1,20}[：:]");

	/**
	 * The kept comments of 上年度整改, 征求意见 and 相互批评 moved into parts of those names, where the grammar puts them:
	 * the writer then has a place to fill in (the file of last year's report, the opinions, the criticisms) and the
	 * checks of each part run. The count of opinions the text gives (共征求意见建议27条) becomes the part's 共 N 条.
	 */
	static String intoParts(String report, List<String> followups, List<String> criticisms) {
		Map<String, List<String>> kept = new LinkedHashMap<>();
		List<String> lines = new ArrayList<>();
		for (String line : report.split("\n", -1)) {
			Matcher m = KEPT.matcher(line);
			if (m.find()) {
				kept.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(line.strip());
			} else {
				lines.add(line);
			}
		}
		if (kept.isEmpty() && followups.isEmpty() && criticisms.isEmpty()) {
			return report;
		}
		List<String> head = new ArrayList<>();
		List<String> lastYearKept = kept.get(ImportVocabulary.Part.LAST_YEAR.label());
		if (lastYearKept != null || !followups.isEmpty()) {
			List<String> lastYear = lastYearKept == null ? new ArrayList<>() : headings(lastYearKept);
			String words = lastYearKept == null ? "" : ownWords(lastYearKept);
			String file = StringLiteral.quoted(followups.isEmpty() ? Placeholders.TO_FILL_PREVIOUS_FILE : "");
			if (!followups.isEmpty()) {
				// the draft says where last year's measures stand: the part is complete without last year's file, which
				// may still be named to check the ids
				lastYear.add(0, ReportSyntax.comment(ImportMessages.PreviousFileHint));
				lastYear.addAll(followups);
			}
			addPart(head, lastYear, ReportSyntax.name(Keyword.PREVIOUS, file) + (words.isEmpty() ? "" : " " + StringLiteral.quoted(words)));
		}
		List<String> opinions = kept.get(ImportVocabulary.Part.OPINIONS.label());
		if (opinions != null) {
			addPart(head, opinionLines(opinions), opinionsStart(opinions));
		}
		List<String> tail = new ArrayList<>();
		List<String> criticismPart = new ArrayList<>(kept.getOrDefault(ImportVocabulary.Part.CRITICISM.label(), List.of()));
		criticismPart.addAll(criticisms);
		addPart(tail, criticismPart.isEmpty() ? null : criticismPart, Keyword.CRITICISM.word());
		int afterHead = indexAfterHeader(lines);
		lines.addAll(afterHead, head);
		int beforeTail = indexOfFirst(lines, Keyword.STATEMENT.word() + " ", Keyword.CLOSING.word() + " ", Keyword.ATTACHMENTS.word() + " ", ReportSyntax.comment("【" + ImportMessages.Enclosure + "】"),
				Keyword.SIGNATURE.word() + " ");
		lines.addAll(beforeTail, tail);
		// where the moved comments stood, the blank line before them remains
		return String.join("\n", lines).replaceAll("\n{3,}", "\n\n");
	}

	/**
	 * {@code 征求意见 共 27 条 "……"}: the count the text gives (共征求意见建议27条), and its sentences as the part's own
	 * words, which the export writes (as comments they were lost from the document handed in). A heading stays a
	 * comment.
	 */
	private static String opinionsStart(List<String> comments) {
		String start = Keyword.OPINIONS.word();
		// the count of the opinions gathered (共收到意见建议15条), not the first figure of the part (召开座谈会4个)
		Optional<Integer> count = OpinionsTold.count(comments.stream().map(DraftWriter::keptText).collect(Collectors.joining("。")));
		if (count.isPresent()) {
			start += " " + Keyword.TOTAL.word() + " " + count.get() + " " + Keyword.ITEMS.word();
		}
		// the words before the list open the part (……共收到意见建议15条，主要有：); what follows the list (以上意见均已
		// 逐条认领。) would read before it in the document: it is the part's 结语, after the opinions
		String words = ownWords(comments.subList(0, firstListed(comments)), true);
		return words.isEmpty() ? start : start + " " + StringLiteral.quoted(words);
	}

	/**
	 * The sentences of a kept part's comments, as the part's own words (上年度整改 "" "……", 征求意见 共 N 条 "……"),
	 * which the export writes: as comments they were lost from the document handed in.
	 */
	private static String ownWords(List<String> comments) {
		return ownWords(comments, false);
	}

	/** {@code introductions}: also a sentence that introduces the opinions listed after it, in its place. */
	private static String ownWords(List<String> comments, boolean introductions) {
		StringBuilder words = new StringBuilder();
		for (int i = 0; i < comments.size(); i++) {
			if (isProse(comments.get(i), i == 0) || introductions && introducesOpinions(comments.get(i), i == 0)) {
				String text = keptText(comments.get(i));
				words.append(text.substring(i == 0 ? leadingHeading(text).length() : 0).strip());
			}
		}
		return words.toString();
	}

	/** What of a kept part's comments stays a comment when its sentences become its words: headings, listed entries. */
	private static List<String> headings(List<String> comments) {
		List<String> stay = new ArrayList<>();
		for (int i = 0; i < comments.size(); i++) {
			headingOf(comments.get(i), i == 0).ifPresent(stay::add);
		}
		return stay;
	}

	/**
	 * The lines of 征求意见: its headings as comments, then each opinion listed with a number (1. （1）) as an 意见 of its own
	 * (Y1, Y2 …), what its brackets say other than 已认领 as the answer (（已转交城建办研究解决） → 说明 "……"). Which
	 * problem takes an opinion up the draft does not say: the check asks the writer.
	 */
	private static List<String> opinionLines(List<String> comments) {
		List<String> lines = new ArrayList<>();
		StringBuilder closing = new StringBuilder();
		int listed = 0;
		int first = firstListed(comments);
		int last = lastListed(comments);
		for (int i = 0; i < comments.size(); i++) {
			String comment = comments.get(i);
			String text = keptText(comment);
			if (i > 0 && listedOpinion(text)) {
				String label = comment.endsWith(text) ? comment.substring(0, comment.length() - text.length()) : "// ";
				lines.addAll(opinion(++listed, text, label));
			} else if (i > last && isProse(comment, false)) {
				// after the list: the part's closing words (对以上意见，我逐条对号认领……), which the export writes after it
				closing.append(text);
			} else if (i > first && isProse(comment, false)) {
				lines.add(comment);
			} else if (i < first && introducesOpinions(comment, i == 0)) {
				// its words open the part; a heading before them in its paragraph stays a comment
				String heading = i == 0 ? leadingHeading(text) : "";
				if (!heading.isEmpty()) {
					lines.add(comment.substring(0, comment.length() - text.length()) + heading);
				}
			} else {
				headingOf(comment, i == 0).ifPresent(lines::add);
			}
		}
		if (!closing.isEmpty()) {
			lines.add(ReportSyntax.text(Keyword.CLOSING, closing.toString()));
		}
		return lines;
	}

	/** Where the last opinion listed stands among a kept part's comments; their number when none is listed. */
	private static int lastListed(List<String> comments) {
		for (int i = comments.size() - 1; i >= 1; i--) {
			if (listedOpinion(keptText(comments.get(i)))) {
				return i;
			}
		}
		return comments.size();
	}

	/** Where the listed opinions start among a kept part's comments; their number when none is listed. */
	private static int firstListed(List<String> comments) {
		for (int i = 1; i < comments.size(); i++) {
			if (listedOpinion(keptText(comments.get(i)))) {
				return i;
			}
		}
		return comments.size();
	}

	/** 1.…… or （1）……: an opinion listed; （一）对班子的意见建议 heads a group of them. */
	private static boolean listedOpinion(String text) {
		return Markers.leading(text).map(m -> m.level() == Markers.Level.LIST || m.level() == Markers.Level.SUB || m.level() == Markers.Level.CIRCLED)
				.orElse(false);
	}

	/**
	 * The 意见 of a listed opinion, and before it, as a comment with {@code label}, a （已认领） its brackets say: which
	 * problem takes it up is the writer's to say, and the words stay where the writer sees them.
	 */
	private static List<String> opinion(int number, String numbered, String label) {
		int from = Markers.leading(numbered).map(Markers.Marker::end).orElse(0);
		String text = numbered.substring(from).strip();
		Matcher bracket = OPINION_BRACKET.matcher(text);
		if (!bracket.find()) {
			return List.of(ReportSyntax.opinion(OPINION_ID_PREFIX + number, text, Optional.empty()));
		}
		String said = text.substring(0, bracket.start()).strip();
		String taken = bracket.group(1).strip();
		if (TAKEN_UP.matcher(taken).matches()) {
			// which problem takes it up the draft does not say: the comment says what to write
			return List.of(label + bracket.group() + " —— " + ImportMessages.ClaimedByWhich,
					ReportSyntax.opinion(OPINION_ID_PREFIX + number, said, Optional.empty()));
		}
		return List.of(ReportSyntax.opinion(OPINION_ID_PREFIX + number, said, Optional.of(taken)));
	}

	/** A kept comment's text, without its label and place ({@code // 【征求意见】第 5 行：}). */
	private static String keptText(String comment) {
		Matcher m = KEPT_TEXT.matcher(comment);
		return m.find() ? m.group(1).strip() : comment;
	}

	/**
	 * What of a kept comment stays a comment when its sentences become the part's words: a heading line, or the
	 * heading before a colon that opens a paragraph (一、征求意见情况：会前……).
	 */
	private static Optional<String> headingOf(String comment, boolean first) {
		if (!isProse(comment, first)) {
			return Optional.of(comment);
		}
		String heading = first ? leadingHeading(keptText(comment)) : "";
		return heading.isEmpty() ? Optional.empty() : Optional.of(comment.substring(0, comment.length() - keptText(comment).length()) + heading);
	}

	private static String leadingHeading(String text) {
		Optional<Markers.Marker> number = Markers.leading(text);
		if (number.isEmpty()) {
			return "";
		}
		Matcher words = HEADING_WORDS.matcher(text);
		words.region(number.get().end(), text.length());
		return words.lookingAt() ? text.substring(0, words.end()) : "";
	}

	/** Numbered as the reader numbers items (1. （1） 一是): an opinion listed, not prose. */
	private static boolean numbered(String text) {
		return Markers.leading(text).isPresent() || Markers.inline(text, 0).stream().anyMatch(m -> m.start() == 0);
	}

	/**
	 * A paragraph of the part's own prose: it ends a sentence, and is not an opinion listed with its number (1.……),
	 * which stays a comment for the writer to make an 意见 of; the part's heading paragraph may carry its heading.
	 */
	private static boolean isProse(String comment, boolean first) {
		String text = keptText(comment);
		String rest = first ? text.substring(leadingHeading(text).length()) : text;
		return (SENTENCE_END.matcher(text).find() || ANNOUNCES_AFTER_A_SENTENCE.matcher(text).matches()) && !numbered(rest.strip());
	}

	/** ……已完成3条，持续推进2条。具体如下：— sentences, then the words that announce the list after them. */
	private static final Pattern ANNOUNCES_AFTER_A_SENTENCE = Pattern.compile(".+[。！？；][^。！？；]{1,12}[：:]\\s*");

	/** A sentence that introduces the opinions listed after it (……共收到意见建议15条，主要有：), not a heading. */
	private static boolean introducesOpinions(String comment, boolean first) {
		String text = keptText(comment);
		String rest = first ? text.substring(leadingHeading(text).length()).strip() : text.strip();
		return OpinionsTold.in(rest) && INTRODUCES.matcher(rest).matches() && !numbered(rest);
	}

	private static final Pattern INTRODUCES = Pattern.compile(".+[，,].*[：:]");

	private static void addPart(List<String> into, List<String> comments, String start) {
		if (comments == null) {
			return;
		}
		into.add("");
		into.add(start + " {");
		comments.forEach(c -> into.add("\t" + c));
		into.add("}");
	}

	/**
	 * The line after the header's fields (报告 … 前言): where the parts that come before the aspects go, also when no
	 * aspect follows (a draft whose aspects stayed comments) — never after the signature.
	 */
	private static int indexAfterHeader(List<String> lines) {
		List<String> fields = List.of(Keyword.REPORT, Keyword.SUBTITLE, Keyword.ORGANIZATION, Keyword.SCOPE, Keyword.DATE, Keyword.FOLLOWS,
				Keyword.USES, Keyword.PREFACE).stream().map(k -> k.word() + " ").toList();
		int after = 0;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.isBlank() || line.startsWith("//")) {
				continue;
			}
			if (fields.stream().noneMatch(line::startsWith)) {
				break;
			}
			after = i + 1;
		}
		return after;
	}

	private static int indexOfFirst(List<String> lines, String... starts) {
		for (int i = 0; i < lines.size(); i++) {
			for (String start : starts) {
				if (lines.get(i).startsWith(start)) {
					// before the blank line that separates it
					return i > 0 && lines.get(i - 1).isBlank() ? i - 1 : i;
				}
			}
		}
		int end = lines.size();
		while (end > 0 && lines.get(end - 1).isBlank()) {
			end--;
		}
		return end;
	}

	/** An aspect the profile does not have: every word of it kept, as comments. */
	private void asComments(Draft.Aspect aspect) {
		notes("", aspect.notes());
		line(ReportSyntax.comment(unit.at(aspect.place().line()) + "：" + aspect.heading()));
		aspect.lead().ifPresent(lead -> line(ReportSyntax.comment(ImportMessages.Lead + "：" + lead)));
		List<Item> all = new ArrayList<>(aspect.problems());
		all.addAll(aspect.causes());
		all.addAll(aspect.measures());
		for (Item item : all) {
			notes("", item.notes());
			line(ReportSyntax.comment(unit.at(item.place().line()) + "：" + item.text() + item.responsible().orElse("") + item.deadline().orElse("")));
		}
	}

	private void section(Draft.Aspect aspect) {
		List<String> lines = new ArrayList<>();
		aspect.notes().forEach(n -> lines.add(ReportSyntax.comment(n)));
		aspect.lead().ifPresent(lead -> lines.add(ReportSyntax.text(Keyword.LEAD, lead)));
		List<String> problemIds = new ArrayList<>();
		for (Item p : aspect.problems()) {
			String id = "P" + ++problems;
			problemIds.add(id);
			lines.add(item(Keyword.PROBLEM, id, p, p.example().filter(e -> !e.isEmpty()).map(e -> ReportSyntax.text(Keyword.EXAMPLE, e))));
		}
		List<String> causeIds = new ArrayList<>();
		for (Item c : aspect.causes()) {
			String id = "C" + ++causes;
			causeIds.add(id);
			lines.add(item(Keyword.CAUSE, id, c, links(problemIds)));
		}
		for (Item m : aspect.measures()) {
			StringBuilder more = new StringBuilder(links(causeIds.isEmpty() ? problemIds : causeIds).orElse(""));
			m.responsible().ifPresent(r -> more.append(more.isEmpty() ? "" : "\n\t").append(ReportSyntax.text(Keyword.OWNER, r)));
			m.deadline().ifPresent(d -> more.append(more.isEmpty() ? "" : "\n\t").append(ReportSyntax.text(Keyword.DEADLINE, d)));
			lines.add(item(Keyword.MEASURE, "M" + ++measures, m, Optional.of(more.toString()).filter(t -> !t.isEmpty())));
		}
		line(ReportSyntax.section(aspect.id().orElseThrow(), lines));
	}

	/** An item's notes, its start, its body and what follows it, each on a line in the formatter's layout. */
	private static String item(Keyword kind, String id, Item entry, Optional<String> after) {
		StringBuilder sb = new StringBuilder();
		entry.notes().forEach(n -> sb.append(ReportSyntax.comment(n)).append('\n'));
		sb.append(ReportSyntax.item(kind, id, entry.headline(), null));
		if (!entry.body().isEmpty()) {
			sb.append("\n\t").append(StringLiteral.quoted(entry.body()));
		}
		after.ifPresent(a -> sb.append("\n\t").append(a));
		return sb.toString();
	}

	private static Optional<String> links(List<String> ids) {
		return Optional.of(ReportSyntax.links(ids)).filter(l -> !l.isEmpty());
	}

	private void field(Keyword keyword, Optional<String> value) {
		value.filter(v -> !v.isBlank()).ifPresent(v -> line(ReportSyntax.text(keyword, v)));
	}

	private void notes(String indent, List<String> notes) {
		for (String note : notes) {
			line(indent + ReportSyntax.comment(note));
		}
	}

	private void line(String text) {
		out.append(text).append('\n');
	}

	/** A .dzlib holding a profile (derived from a report's headings, or found in a notice). */
	static String profile(ProfileAspects profile, String origin) {
		StringBuilder sb = new StringBuilder();
		sb.append(ReportSyntax.comment(origin)).append('\n');
		sb.append(ReportSyntax.text(Keyword.LIBRARY, ImportMessages.bind(ImportMessages.ProfileLibraryTitle, profile.title()))).append("\n\n");
		sb.append(ReportSyntax.name(Keyword.PROFILE, profile.name())).append(' ').append(StringLiteral.quoted(profile.title())).append(" {\n");
		for (ProfileAspects.AspectName aspect : profile.aspects()) {
			sb.append('\t').append(ReportSyntax.aspect(aspect.id(), aspect.label())).append('\n');
		}
		if (!profile.requires().isEmpty()) {
			sb.append('\t').append(Keyword.REQUIRES.word()).append(' ').append(String.join(" ", profile.requires())).append('\n');
		}
		sb.append("}\n");
		return sb.toString();
	}
}
