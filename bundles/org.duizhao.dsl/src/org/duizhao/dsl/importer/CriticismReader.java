package org.duizhao.dsl.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.duizhao.dsl.export.ExportMessages;
import org.duizhao.dsl.text.Names;
import org.duizhao.dsl.text.Typography;

/**
 * Reads the criticisms of a 相互批评 part, a paragraph at a time, in the layouts personal reports write them:
 * {@code 对林某同志：……} (given), {@code 李某同志指出我……} or {@code 有同志指出……。我诚恳接受……} (received, with the
 * writer's response), under labels that say which way they go ({@code 批评他人：}, {@code （二）其他同志对我的批评},
 * {@code 给我的批评意见：}) — a label on a line of its own holds for the paragraphs after it. Several colleagues in one
 * paragraph ({@code 对甲同志：……；对乙同志：……}) are several criticisms. A paragraph it finds no criticism in is left
 * to the caller, which keeps it as a comment.
 */
final class CriticismReader {

	/** Who is meant when a received criticism names nobody (有同志指出, 大家认为): as the export writes it. */
	static final String UNNAMED = ExportMessages.Comrades;

	/**
	 * A criticism in a paragraph: {@code start} is where its words begin in the paragraph's text. A received one with
	 * no {@code person} is a response to those received before it (对以上批评意见，我诚恳接受……).
	 */
	record Entry(boolean received, String person, String text, Optional<String> response, int start, boolean answersTheLast) {

		Entry(boolean received, String person, String text, Optional<String> response, int start) {
			this(received, person, text, response, start, false);
		}
	}

	/** The criticisms of a paragraph, and its labels the .dzr writes anew (对林某同志：, 批评他人：, 我的回应：). */
	record Reading(List<Entry> entries, List<Span> labels) {

		static final Reading NONE = new Reading(List.of(), List.of());
	}

	/** A colleague as written before 同志: a name, or titles and a name (党组书记、局长陈某). */
	/** How long a name that starts with a Han surname may be. */
	private static final int SURNAMED_NAME = 4;
	/** How long a name that starts with none may be (扎西次仁, 阿不都热合曼). */
	private static final int OTHER_NAME = 6;
	private static final String NAME = "(\\p{IsHan}(?:[\\p{IsHan}、·]|[ \\u3000]+(?=\\p{IsHan})){1,24}?)[ \\u3000]*";
	/** 对林某同志： — a criticism given, where a sentence starts. */
	private static final Pattern GIVEN_TO = Pattern.compile("(?:^|(?<=[。；;：:]))\\s*对[ \\u3000]*" + NAME + "同志\\s*[：:，,]\\s*");
	/** 来自李某同志： / 李某同志： / 同志们： (as the export writes a received one); 对李某同志： is one given. */
	private static final Pattern FROM = Pattern.compile("^(?:来自)?(?:(?!对)" + NAME + "同志|(" + UNNAMED + "))\\s*[：:]\\s*");
	/** 李某同志指出我…… / 刘某同志对分管的……: a colleague named at the start of what is said. */
	private static final Pattern NAMED = Pattern.compile("^" + NAME + "同志(?=\\p{IsHan})");
	private static final Pattern IN_LABEL = Pattern.compile(NAME + "同志");
	/** 刘某同志指出我 — a colleague named where what they said starts. */
	private static final Pattern SAYS = Pattern.compile(NAME + "同志(?=指出|提出|批评|认为|提醒|反映|说)");
	/** The export's 我的回应：…… */
	private static final Pattern RESPONSE_LABEL = Pattern
			.compile(Pattern.quote(ExportMessages.CriticismResponse.replace("{0}", "").replace("：", "")) + "\\s*[：:]\\s*");
	/** After the end of a sentence, and after the closing quote that may follow it (“……。”我接受……). */
	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！!？?][”’」』]?)(?![”’」』])");
	private static final int LABEL_MAX = 24;

	/** Which way the criticisms under a label go. */
	private enum Way {
		NOT_SAID, GIVEN, RECEIVED
	}

	private final ImportVocabulary words = ImportVocabulary.get();
	/** The way the last label said. */
	private Way way = Way.NOT_SAID;
	/** The colleague the label before the text names: in the same paragraph, or alone on the line before it. */
	private Optional<String> labelPerson = Optional.empty();
	/** Whether a criticism received was read under no label that says so: a response to all may follow it. */
	private boolean receivedBefore;
	/** 对齐某同志的批评意见： alone on its line: the colleague the next paragraph's criticism is for. */
	private Optional<String> labelAbove = Optional.empty();

	/** The criticisms in {@code text} from {@code from} on (after its number marker). */
	Reading read(String text, int from) {
		List<Span> labels = new ArrayList<>();
		int start = from;
		labelPerson = labelAbove;
		labelAbove = Optional.empty();
		// 同时，其他同志对我提出的批评意见：…… — a connective before the label belongs to it
		int labelFrom = from + words.list("criticism.connectives").stream().filter(c -> text.startsWith(c + "，", from))
				.findFirst().map(c -> c.length() + 1).orElse(0);
		Optional<Integer> colon = labelEnd(text, labelFrom);
		if (colon.isPresent()) {
			way = wayOf(text.substring(labelFrom, colon.get()));
			labelPerson = personIn(text.substring(labelFrom, colon.get()));
			labels.add(new Span(from, colon.get()));
			start = colon.get();
		} else if (isLabel(text.substring(from))) {
			way = wayOf(text.substring(from));
			return new Reading(List.of(), List.of(new Span(from, text.length())));
		}
		while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		if (start >= text.length()) {
			labelAbove = labelPerson;
			return new Reading(List.of(), labels);
		}
		List<Entry> entries = given(text, start, labels);
		if (entries.isEmpty()) {
			entries = single(text, start, labels);
		}
		return entries.isEmpty() ? Reading.NONE : new Reading(entries, labels);
	}

	/** 对甲同志：……；对乙同志：…… — one criticism from each 对……同志 to the next. */
	private List<Entry> given(String text, int start, List<Span> labels) {
		List<MatchResult> found = new ArrayList<>();
		Matcher m = GIVEN_TO.matcher(text);
		m.region(start, text.length());
		m.useTransparentBounds(true);
		while (m.find()) {
			// the first must open the paragraph: 对 later in a sentence that started otherwise is that sentence's word
			if (isName(person(m)) && (!found.isEmpty() || text.substring(start, m.start()).isBlank())) {
				found.add(m.toMatchResult());
			}
		}
		List<Entry> entries = new ArrayList<>();
		for (int i = 0; i < found.size(); i++) {
			MatchResult at = found.get(i);
			int end = i + 1 < found.size() ? found.get(i + 1).start() : text.length();
			int received = i + 1 < found.size() ? -1 : receivedAfter(text, at.end());
			labels.add(new Span(at.start(), at.end()));
			entries.add(new Entry(false, person(at), trimEnd(text.substring(at.end(), received < 0 ? end : received)), Optional.empty(),
					at.end()));
			if (received >= 0) {
				// 对林某同志：……；王某同志指出我……。我接受。 — what follows is said to the writer
				Matcher says = SAYS.matcher(text);
				says.region(received, text.length());
				says.lookingAt();
				entries.addAll(several(text, received, labels).orElseGet(() -> List.of(this.received(person(says), text, received, labels))));
			}
		}
		return entries;
	}

	/** Where, after {@code from}, a colleague named at the start of a clause says something of the writer; -1 if nowhere. */
	private int receivedAfter(String text, int from) {
		Matcher says = SAYS.matcher(text);
		says.region(from, text.length());
		says.useTransparentBounds(true);
		while (says.find()) {
			if (isName(person(says)) && "；;。".indexOf(text.charAt(says.start() - 1)) >= 0 
					&& text.substring(says.end(), Math.min(text.length(), says.end() + 4)).contains("我")) {
				return says.start();
			}
		}
		return -1;
	}

	/** A paragraph that is one criticism, its way told by a label before it or by its own words. */
	private List<Entry> single(String text, int start, List<Span> labels) {
		String said = text.substring(start);
		Matcher from = FROM.matcher(said);
		if (from.find() && (from.group(2) != null || isName(person(from)))) {
			labels.add(new Span(start, start + from.end()));
			String person = from.group(2) != null ? UNNAMED : person(from);
			// 李某同志：…… under 对其他同志的批评 is said to 李某
			return List.of(way == Way.GIVEN && from.group(2) == null
					? new Entry(false, person, trimEnd(text.substring(start + from.end())), Optional.empty(), start + from.end())
					: received(person, text, start + from.end(), labels));
		}
		// 李某同志批评我…… after criticisms given (我对王某同志的批评：……) is one received: its own words say so — a colleague
		// named at its start says something of 我 (李某同志平时经常帮助我，但…… is still said to 李某)
		boolean receivedHere = way == Way.RECEIVED || way == Way.NOT_SAID && (saysOfTheWriter(said) || namedSaysOfMe(said))
				|| way == Way.GIVEN && namedSaysOfMe(said);
		boolean repliesToAll = words.list("criticism.sharedReply").stream().anyMatch(said::startsWith)
				&& (words.mentions("criticism.accept", said) || words.mentions("criticism.response", said));
		if (way == Way.NOT_SAID && !receivedHere && !(receivedBefore && repliesToAll)) {
			return List.of(); // no label and no words that make it a criticism: the caller keeps it
		}
		Matcher reply = RESPONSE_LABEL.matcher(said);
		if (way == Way.RECEIVED && reply.lookingAt()) {
			// 我的回应：…… on its own, as the export writes one response to several
			labels.add(new Span(start, start + reply.end()));
			return List.of(new Entry(true, null, trimEnd(said.substring(reply.end())), Optional.empty(), start + reply.end()));
		}
		Matcher named = NAMED.matcher(said);
		String person = named.find() && isName(person(named)) ? person(named) : labelPerson.orElse(null);
		if ((way == Way.RECEIVED || receivedBefore) && person == null && repliesToAll) {
			// 对以上批评意见，我诚恳接受…… after the criticisms received: the response to them, no criticism itself
			return List.of(new Entry(true, null, trimEnd(said), Optional.empty(), start));
		}
		Optional<String> answer = words.list("criticism.reply").stream().filter(w -> startsAReply(said, w)).findFirst();
		if (way == Way.RECEIVED && person == null && answer.isPresent()) {
			// 我的态度：完全接受…… or 对此，我诚恳接受…… on its own line: the response to the criticism above it; a label
			// before a colon is the layout's (the export writes 我的回应：)
			int colon = said.startsWith(answer.get() + "：") || said.startsWith(answer.get() + ":") ? answer.get().length() + 1 : 0;
			if (colon > 0) {
				labels.add(new Span(start, start + colon));
			}
			return List.of(new Entry(true, null, trimEnd(said.substring(colon).strip()), Optional.empty(), start + colon, true));
		}
		if (receivedHere) {
			receivedBefore = true;
			return several(text, start, labels).orElseGet(() -> List.of(received(person == null ? UNNAMED : person, text, start, labels)));
		}
		return person == null ? List.of() : List.of(new Entry(false, person, trimEnd(said), Optional.empty(), start));
	}

	/**
	 * 刘某同志指出我……，周某同志指出我……。对这些批评，我诚恳接受…… — several colleagues' criticisms in one paragraph,
	 * each from where its colleague is named; the response after the last is the last one's.
	 */
	private Optional<List<Entry>> several(String text, int start, List<Span> labels) {
		List<Integer> starts = new ArrayList<>();
		Matcher m = SAYS.matcher(text);
		m.region(start, text.length());
		m.useTransparentBounds(true);
		while (m.find()) {
			if (isName(person(m)) && (m.start() == start || "，,；;。".indexOf(text.charAt(m.start() - 1)) >= 0)) {
				starts.add(m.start());
			}
		}
		if (starts.size() < 2) {
			return Optional.empty();
		}
		List<Entry> entries = new ArrayList<>();
		for (int i = 0; i < starts.size(); i++) {
			Matcher named = SAYS.matcher(text);
			named.region(starts.get(i), text.length());
			named.lookingAt();
			if (i + 1 < starts.size()) {
				entries.add(new Entry(true, person(named), trimEnd(text.substring(starts.get(i), starts.get(i + 1))), Optional.empty(),
						starts.get(i)));
			} else {
				entries.add(received(person(named), text, starts.get(i), labels));
			}
		}
		return Optional.of(entries);
	}

	/** 对此， or 我的态度： — the word and then its comma or colon (对此次巡察…… is no reply). */
	private static boolean startsAReply(String said, String word) {
		return said.startsWith(word) && said.length() > word.length() && "，,：:".indexOf(said.charAt(word.length())) >= 0;
	}

	/** 李某同志指出我……, 李某同志批评我……: a colleague at the start who says something of the writer. */
	private static boolean namedSaysOfMe(String said) {
		Matcher says = SAYS.matcher(said);
		// 有同志提出，我……: one not named (one Han character before 同志 is no name)
		int end = says.lookingAt() ? says.end() : UnnamedSpeakers.end(said);
		if (end < 0) {
			return false;
		}
		// 李某同志指出，我对…… too: the verb, a comma, then 我
		String next = said.substring(end, Math.min(said.length(), end + 5));
		return next.contains("我") && !next.contains("我们");
	}

	/** 指出我, 批评我 … near the start (not 认为我们: the words of a criticism given may speak of 我们). */
	private boolean saysOfTheWriter(String said) {
		String start = said.substring(0, Math.min(said.length(), 20));
		for (String word : words.list("criticism.receivedIn")) {
			int at = start.indexOf(word);
			if (at >= 0 && !said.startsWith("们", at + word.length())) {
				return true;
			}
		}
		return false;
	}

	/** A received criticism and the writer's response to it, which follows what was said. */
	private Entry received(String person, String text, int start, List<Span> labels) {
		String said = text.substring(start);
		Matcher label = RESPONSE_LABEL.matcher(said);
		if (label.find() && label.start() > 0) {
			labels.add(new Span(start + label.start(), start + label.end()));
			return new Entry(true, person, said.substring(0, label.start()), Optional.of(said.substring(label.end())), start);
		}
		String[] sentences = SENTENCE_END.split(said);
		int at = 0;
		for (int i = 0; i < sentences.length; i++) {
			if (i > 0 && responds(sentences[i])) {
				return new Entry(true, person, said.substring(0, at), Optional.of(said.substring(at).strip()), start);
			}
			at += sentences[i].length();
		}
		int clause = acceptingClause(said);
		if (clause > 0) {
			return new Entry(true, person, trimEnd(said.substring(0, clause)), Optional.of(said.substring(clause).strip()), start);
		}
		return new Entry(true, person, trimEnd(said), Optional.empty(), start);
	}

	/**
	 * 齐某同志指出我……，我完全接受，今后…… — where a clause after the first that only accepts starts (我 or 对此, ending
	 * with 接受, 虚心接受 …): the response within the sentence; -1 if none. 我接受新事物慢 says what was criticised.
	 */
	private int acceptingClause(String said) {
		for (int comma = said.indexOf('，'); comma > 0; comma = said.indexOf('，', comma + 1)) {
			int end = said.length();
			for (int i = comma + 1; i < said.length(); i++) {
				if ("，。；".indexOf(said.charAt(i)) >= 0) {
					end = i;
					break;
				}
			}
			String clause = said.substring(comma + 1, end).strip();
			if (words.list("criticism.responseStart").stream().anyMatch(clause::startsWith)
					&& words.list("criticism.accept").stream().anyMatch(clause::endsWith)) {
				return comma + 1;
			}
		}
		return -1;
	}

	/** A sentence after the first that accepts (我诚恳接受, 这条批评切中要害，我完全接受) or promises (我今后……). */
	private boolean responds(String sentence) {
		String s = sentence.strip();
		return words.mentions("criticism.accept", s)
				|| words.list("criticism.responseStart").stream().anyMatch(s::startsWith) && words.mentions("criticism.response", s);
	}

	/** 批评他人： / 其他同志对我的批评意见： — the end of a label that says which way the criticisms go. */
	private Optional<Integer> labelEnd(String text, int from) {
		for (int i = from; i < Math.min(text.length(), from + LABEL_MAX + 1); i++) {
			char c = text.charAt(i);
			if (c == '：' || c == ':') {
				String label = text.substring(from, i);
				return isLabel(label) && !GIVEN_TO.matcher(label + "：").lookingAt() ? Optional.of(i + 1) : Optional.empty();
			}
			if ("。；;，,".indexOf(c) >= 0) {
				return Optional.empty();
			}
		}
		return Optional.empty();
	}

	private boolean isLabel(String text) {
		String t = text.strip();
		return !t.isEmpty() && t.length() <= LABEL_MAX && words.mentions("criticism.label", t) && !t.contains("。")
				&& !GIVEN_TO.matcher(t).lookingAt();
	}

	private Way wayOf(String label) {
		return words.mentions("criticism.received", label) ? Way.RECEIVED : Way.GIVEN;
	}

	/**
	 * Whether what stands before 同志 names a colleague: a name (after any titles) that starts with a surname, or one
	 * of parts joined by the middle dot (阿依古丽·买买提), or one that starts as names with no Han surname do (扎西次仁),
	 * or any name after a title (副州长扎西次仁: the title says a person is named).
	 */
	private boolean isName(String person) {
		String name = nameIn(person);
		if (Names.isDotted(name)) {
			return true;
		}
		// after a title any name, but not the words of a group (书记处全体, 主任以外的)
		boolean titled = name.length() < person.length() && !person.endsWith("、" + name) && !words.mentions("criticism.notNames", name)
				&& !words.mentions("criticism.group", name);
		boolean named = words.list("criticism.surnames").stream().anyMatch(name::startsWith) && name.length() <= SURNAMED_NAME
				|| (titled || words.list("criticism.nameStarts").stream().anyMatch(name::startsWith)) && name.length() <= OTHER_NAME;
		return name.length() >= 2 && named && words.list("criticism.notNames").stream().noneMatch(name::startsWith);
	}

	/** A name without the titles before it: what follows the last 、 and the last title word (criticism.titles). */
	String nameIn(String person) {
		String last = person.substring(person.lastIndexOf('、') + 1);
		int after = 0;
		for (String title : words.list("criticism.titles")) {
			int at = last.lastIndexOf(title);
			if (at >= 0 && at + title.length() > after && at + title.length() < last.length()) {
				after = at + title.length();
			}
		}
		return last.substring(after);
	}

	/** The colleague a label names (镇长潘某同志对我的批评：, 我对潘某同志的批评：), if any. */
	private Optional<String> personIn(String label) {
		Matcher m = IN_LABEL.matcher(label);
		while (m.find()) {
			String run = person(m).replaceFirst("^(?:我对|我给|对|给|来自|我)", "");
			if (!run.isEmpty() && isName(run)) {
				return Optional.of(run);
			}
		}
		return Optional.empty();
	}

	/** The colleague a match names, without the spaces a layout put between title, name and 同志 (副院长 高志远 同志). */
	private static String person(MatchResult match) {
		return match.group(1).replaceAll("[ \\u3000]+", "");
	}

	/** What was said, as a sentence, as the export ends it. */
	private static String trimEnd(String text) {
		return Typography.asSentence(text);
	}
}
