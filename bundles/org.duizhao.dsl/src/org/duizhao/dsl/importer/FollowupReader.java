package org.duizhao.dsl.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.duizhao.dsl.export.ExportMessages;
import org.duizhao.dsl.text.Typography;
import org.duizhao.model.FollowupState;

/**
 * Reads the statements of a 上年度整改 part: where each of last year's measures or problems stands. A numbered
 * paragraph ({@code 1.关于“……”的问题。……已整改完成。}) is one statement; other paragraphs are cut at sentences, at
 * {@code ；} and at 一是/二是 ({@code “甲”问题，……；“乙”问题，因……尚未完成，持续推进。}). A statement says a state
 * (已完成, 持续推进, 未完成, by the words of {@code followup.*}), names a problem, or says one came back (无 state
 * then); a sentence that opens with {@code 已完成的事项中，} gives its state to the clauses after. A reason
 * ({@code 因……}, {@code 由于……}) is taken apart first, so that 尚未完成 in it is not the state. A summary (查摆的11个问题
 * 已完成9个, 其余4个问题均已完成) is no statement: the caller keeps it, and every clause it does not take, as a comment.
 */
final class FollowupReader {

	/** One statement: {@code start} and {@code end} are where it stands in the paragraph's text. */
	record Entry(Optional<FollowupState> state, String text, Optional<String> reason, int start, int end) {
	}

	/**
	 * The statements of a paragraph, the clauses that are none (summaries, general words) in order, and the numbers
	 * (一是) the .dzr writes anew.
	 */
	record Reading(List<Entry> entries, List<String> rest, List<Span> labels) {

		/** Whether the paragraph says something of the part: statements, or the counts that open a list of them. */
		boolean readsAsThePart() {
			return !entries.isEmpty() || rest.size() == 1 && rest.get(0).endsWith("。") && COUNT.matcher(rest.get(0)).find();
		}
	}

	private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?]");
	private static final Pattern CLAUSE_END = Pattern.compile("[。；;！？!?]");
	/** A count of problems or measures (4个方面11个问题, 26条, 已完成9个，), not of days or people. */
	private static final Pattern COUNT = Pattern.compile("[0-9０-９一二三四五六七八九十两]+\\s*(?:个方面|个问题|项|条|个(?=[，。；、,]|$))");
	/**
	 * A problem named: “……”问题, “……”一项, 关于……的问题, ……的问题, several (甲、乙等4个问题), or the area of one at the
	 * start (产业发展方面，……).
	 */
	private static final Pattern NAMES_A_PROBLEM = Pattern.compile(
			"(?:”|关于.{2,40}?|的)问题|”(?:一项|这一项|方面)|、[^，。；、]{2,30}等|^[^，。；]{2,16}方面[，,]");
	/** The words before an inline number that open a list (具体来说：一是……). */
	private static final int LEAD_MAX = 10;

	/** 因 inside a clause (not 原因, 因此, 因素, 因地制宜) up to the clause's comma. */
	private static final Pattern REASON_WITHIN = Pattern.compile("(?<=\\p{IsHan})(?<![原基成诱起主])因(?![此素而为地])[^，,。；;]{4,}[，,]?");
	/** 已完成|持续推进|未完成: the states as the .dzr and the export write them. */
	private static final String STATES_WRITTEN = String.join("|", FollowupState.VALUES.stream().map(FollowupState::getLiteral).toList());
	private static final Pattern WRITTEN_STATE = Pattern.compile("[（(](" + STATES_WRITTEN + ")[）)]");
	/**
	 * 建立……制度（已完成）, ……改造（未完成，原因：配套资金没有到位）, 村级小微权力清单公开【已完成】。全镇…… — a state in
	 * brackets after the words of a statement, with its reason.
	 */
	private static final Pattern BRACKETED_STATE = Pattern.compile("[（(【](" + STATES_WRITTEN + ")(?:[，,；;]\\s*(?:未完成的?)?(?:主要)?(?:原因[：:]?)?\\s*([^（()）【】]*))?[）)】]");

	/**
	 * The labels before a reason: the export's 未完成的原因： and 原因：, and what drafts write (主要原因：, 未完成原因：,
	 * 未完成的主要原因：), all cut from the statement as a whole.
	 */
	private static final Pattern REASON_LABEL = Pattern.compile("(?:未完成的?|未整改到位的?)?(?:主要)?原因[：:]");

	/** The order states are tried in: 未完成 before 完成, whose word it contains. */
	private static final List<FollowupState> STATES = List.of(FollowupState.NOT_DONE, FollowupState.CONTINUING, FollowupState.DONE);

	private final ImportVocabulary words = ImportVocabulary.get();

	/** The statements in {@code text} from {@code from} on; {@code numbered} when the paragraph has its own number. */
	Reading read(String text, int from, boolean numbered) {
		List<Entry> entries = new ArrayList<>();
		List<String> rest = new ArrayList<>();
		List<Span> labels = new ArrayList<>();
		if (numbered || text.indexOf('\t') >= 0) {
			// a numbered line with a sentence in it is an item of the list; a short one alone may be a sub-heading; a
			// row of a table pasted as text (1<TAB>整治……<TAB>持续推进，已整改图斑126个) is one statement too
			boolean listed = text.substring(from).matches(".*[，。；,;].*");
			statement(text, from, text.length(), new Setting(Optional.empty(), false, listed), labels).ifPresentOrElse(entries::add,
					() -> rest.add(text.substring(from)));
			return new Reading(entries, rest, labels);
		}
		Matcher sentenceEnd = SENTENCE_END.matcher(text);
		Matcher clauseEnd = CLAUSE_END.matcher(text);
		int start = from;
		while (start < text.length()) {
			int sentenceStop = sentenceEnd.find(start) ? sentenceEnd.end() : text.length();
			Optional<Frame> framed = frame(text.substring(start, sentenceStop));
			if (framed.isPresent() && framed.get().opensList()) {
				// 已完成4项：甲；乙。 — each item is a statement; the words that open the list are kept as a comment,
				// or as a sentence of the part's own words when they count (查摆的6个问题，已完成4项。)
				String opening = text.substring(start, start + framed.get().length()).strip();
				rest.add(COUNT.matcher(opening).find() ? opening.replaceFirst("[：:]$", "。") : opening);
				start += framed.get().length();
			} else if (framed.isEmpty()) {
				start += countingOpening(text.substring(start, sentenceStop), rest);
			}
			while (start < sentenceStop) {
				int stop = Math.min(clauseEnd.find(start) ? clauseEnd.end() : text.length(), sentenceStop);
				int at = openList(text, start, stop, rest, labels);
				Setting setting = new Setting(framed.map(Frame::state), framed.map(Frame::opensList).orElse(false), at > start);
				Optional<Entry> one = statement(text, at, stop, setting, labels);
				if (one.isPresent()) {
					entries.add(one.get());
				} else if (!stateOfTheOneBefore(text, at, stop, entries, labels) && !text.substring(at, stop).isBlank()) {
					rest.add(text.substring(at, stop).strip());
				}
				start = stop;
			}
		}
		return new Reading(entries, rest, labels);
	}

	/**
	 * ……完成了结业考试。（已完成）: whether the clause is only a state in brackets, the state of the statement before
	 * it (which says none); it is then given to that one.
	 */
	private static boolean stateOfTheOneBefore(String text, int at, int stop, List<Entry> entries, List<Span> labels) {
		Matcher alone = WRITTEN_STATE.matcher(text.substring(at, stop).strip());
		if (entries.isEmpty() || entries.get(entries.size() - 1).state().isPresent() || !alone.matches()) {
			return false;
		}
		Entry before = entries.get(entries.size() - 1);
		entries.set(entries.size() - 1, new Entry(Optional.ofNullable(FollowupState.get(alone.group(1))), before.text(), before.reason(),
				before.start(), before.end()));
		labels.add(new Span(at, stop));
		return true;
	}

	/**
	 * 去年我查摆问题3个，整改措施3条：甲，已完成；乙，…… — the words before a colon that count open the list without
	 * giving a state: they are the part's own words (as a sentence, to the last count), the statements follow. Their
	 * length, or 0.
	 */
	private static int countingOpening(String sentence, List<String> rest) {
		int colon = firstColon(sentence);
		if (colon <= 0 || !COUNT.matcher(sentence.substring(0, colon)).find()) {
			return 0;
		}
		// also alone in its paragraph, the list in the paragraphs after it; the words after the last count (落实情况如下)
		// only announce the list
		String counting = sentence.substring(0, colon).strip();
		Matcher count = COUNT.matcher(counting);
		int end = 0;
		while (count.find()) {
			end = count.end();
		}
		rest.add(counting.substring(0, end) + "。");
		return colon + 1;
	}

	/**
	 * Where a clause's statement starts: after 一是 (a number the .dzr writes anew) and after the words that open the
	 * list before it (具体来说：, kept as a comment).
	 */
	private static int openList(String text, int start, int stop, List<String> rest, List<Span> labels) {
		List<Markers.Marker> numbers = Markers.inline(text.substring(start, stop), 0);
		if (numbers.isEmpty() || numbers.get(0).level() != Markers.Level.INLINE || numbers.get(0).start() > LEAD_MAX) {
			return start;
		}
		Markers.Marker number = numbers.get(0);
		String lead = text.substring(start, start + number.start()).strip();
		if (!lead.isEmpty() && !lead.endsWith("：") && !lead.endsWith(":")) {
			return start;
		}
		if (!lead.isEmpty()) {
			rest.add(lead);
		}
		labels.add(new Span(start + number.start(), start + number.end()));
		return start + number.end();
	}

	/**
	 * The state a sentence gives to its clauses: 已完成的事项中，……; or, opening a list, 已完成4项：……；…… and
	 * 正在推进的有：…… ({@code length} is that of the opening words).
	 */
	private record Frame(FollowupState state, int length, boolean opensList) {
	}

	/** After the state word: 的事项中， (the group "within" matches), or 4项： / 的有： that open a list. */
	private static final Pattern FRAME_AFTER_STATE = Pattern
			.compile("^(?:的[^，。；]{0,6}中[，,](?<within>)|(?:的(?:有|是)|[0-9０-９一二三四五六七八九十两]+\\s*[项个条](?:措施|问题)?)\\s*[：:])");
	private static final Pattern FRAME_LEAD = Pattern.compile("^\\s*(?:其中[，,]?)?");

	/** A frame where the sentence starts, or after its first words (上年度查摆的问题，已整改完成的有：……). */
	private Optional<Frame> frame(String sentence) {
		int colon = firstColon(sentence);
		for (int at = 0; at >= 0 && (colon < 0 || at < colon); at = sentence.indexOf('，', at + 1)) {
			Optional<Frame> found = frameAt(sentence, at == 0 ? 0 : at + 1);
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	private static int firstColon(String text) {
		int full = text.indexOf('：');
		int half = text.indexOf(':');
		return full < 0 ? half : half < 0 ? full : Math.min(full, half);
	}

	private Optional<Frame> frameAt(String sentence, int start) {
		Matcher lead = FRAME_LEAD.matcher(sentence);
		lead.region(start, sentence.length());
		int from = lead.lookingAt() ? lead.end() : start;
		for (FollowupState state : STATES) {
			for (String word : words.list(key(state))) {
				if (!sentence.startsWith(word, from)) {
					continue;
				}
				Matcher after = FRAME_AFTER_STATE.matcher(sentence);
				after.region(from + word.length(), sentence.length());
				if (after.lookingAt()) {
					return Optional.of(new Frame(state, after.end(), after.group("within") == null));
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * Where a clause stands: the state a frame gives it, whether the frame opened a list (已完成4项：……, its items take
	 * that state whatever they say), whether the clause is an item of a list (一是……, a numbered paragraph).
	 */
	private record Setting(Optional<FollowupState> frame, boolean framedList, boolean listed) {
	}

	/** The statement of a clause, if it is one. */
	private Optional<Entry> statement(String text, int start, int end, Setting setting, List<Span> labels) {
		Optional<FollowupState> frame = setting.frame();
		boolean framedList = setting.framedList();
		String clause = text.substring(start, end);
		int skip = 0;
		// as the export writes a statement: （持续推进）……。未完成的原因：……
		Matcher written = WRITTEN_STATE.matcher(clause);
		Optional<FollowupState> writtenState = Optional.empty();
		if (written.lookingAt()) {
			writtenState = Optional.ofNullable(FollowupState.get(written.group(1)));
			skip = written.end();
		}
		Matcher bracketed = BRACKETED_STATE.matcher(clause.substring(skip));
		Optional<String> bracketReason = Optional.empty();
		String said;
		if (writtenState.isEmpty() && bracketed.find() && bracketed.start() > 0) {
			writtenState = Optional.ofNullable(FollowupState.get(bracketed.group(1)));
			bracketReason = Optional.ofNullable(bracketed.group(2)).map(String::strip).filter(r -> !r.isEmpty());
			labels.add(new Span(start + skip + bracketed.start(), start + skip + bracketed.end()));
			said = clause.substring(skip, skip + bracketed.start()) + clause.substring(skip + bracketed.end());
		} else {
			said = clause.substring(skip);
		}
		Matcher labelled = REASON_LABEL.matcher(said);
		int label = labelled.find() && labelled.start() > 0 ? labelled.start() : -1;
		// a reason inside a clause is why the measure is not done: with its state written as going on or done, the clause
		// tells how far it got (完成3个乡镇，还有2个乡镇因招标流标未完成), whole
		boolean notDoneOrUnsaid = writtenState.map(s -> s == FollowupState.NOT_DONE).orElse(true);
		Optional<String> reason = bracketReason.isPresent() ? bracketReason
				: label > 0 ? Optional.of(said.substring(labelled.end()))
						: reason(said).or(() -> notDoneOrUnsaid ? reasonWithin(said) : Optional.empty());
		String withoutReason = bracketReason.isPresent() ? said
				: label > 0 ? said.substring(0, label) : reason.map(r -> said.replace(r, "")).orElse(said);
		// an item of 正在推进的有：…… is where the writer put it, whatever progress its words tell (已完成4条中的3条)
		List<FollowupState> states = writtenState.or(() -> framedList ? frame : Optional.empty()).map(List::of)
				.orElseGet(() -> states(withoutReason));
		if (setting.listed() && states.size() > 1) {
			// 2.关于……的问题。持续推进。……尚未完成竣工验收: one item says its state first, then how far it got; but
			// what is done in part while the rest goes on (已完成主体工程，支管网正在推进; 持续推进，已整改图斑126个) goes on
			states = List.of(doneInPart(withoutReason, states) ? FollowupState.CONTINUING : firstSaid(withoutReason, states));
		}
		boolean named = NAMES_A_PROBLEM.matcher(said).find();
		boolean counts = COUNT.matcher(said).find();
		// 查摆的11个问题已完成9个 counts and names none; 其余4个问题均已完成 speaks of the rest: summaries.
		// 5个问题中，甲、乙等4个问题已完成 names them.
		boolean summary = !framedList && (states.size() > 1 || !named && (COUNT.matcher(said).results().count() > 1
				|| counts && words.list("followup.summary").stream().anyMatch(said::contains)))
				|| !setting.listed() && !framedList && !named && words.list("followup.overall").stream().anyMatch(said.strip()::startsWith);
		if (states.isEmpty() && !summary && frame.isPresent()) {
			states = List.of(frame.get());
		}
		boolean says = !states.isEmpty() || named || setting.listed() || words.mentions("followup.recurred", said);
		// 上一年度我个人查摆的问题，整改情况如下： announces the list, stating nothing of its own; a numbered item
		// (1.关于……的问题，主要采取了以下措施：) is a statement whose words go on after the colon
		boolean announces = states.isEmpty() && !setting.listed() && said.strip().matches("(?s).*[：:]$");
		String statementText = tidy(withoutReason);
		if (summary || !says || announces || statementText.isEmpty()) {
			return Optional.empty();
		}
		if (skip > 0) {
			labels.add(new Span(start, start + skip));
		}
		return Optional.of(new Entry(states.stream().findFirst(), statementText, reason.map(FollowupReader::tidyReason), start + skip, end));
	}

	/** The states a text says, without repeats: two different ones make it a summary. */
	private List<FollowupState> states(String text) {
		List<FollowupState> found = new ArrayList<>();
		String left = text;
		for (FollowupState state : STATES) {
			for (String word : words.list(key(state))) {
				// 竞赛计划尚未完成: what is not done is not planned (计划 is its subject), 力争完成 is
				if (left.contains(word) && (state == FollowupState.NOT_DONE || saidNow(left, word))) {
					// 未整改完成: a done word denied is not done
					FollowupState said = state == FollowupState.DONE && denied(left, word) ? FollowupState.NOT_DONE : state;
					if (!found.contains(said)) {
						found.add(said);
					}
					// 未完成 contains 完成: what one state's words took is not read again as another's
					left = left.replace(word, " ");
					break;
				}
			}
		}
		return found;
	}

	/**
	 * 已完成主体工程，支管网正在推进: done in part while the rest goes on; not 已完成整改……长期坚持, done and kept up
	 * (followup.doneWhole, followup.keptUp).
	 */
	private boolean doneInPart(String text, List<FollowupState> states) {
		return states.contains(FollowupState.CONTINUING) && states.contains(FollowupState.DONE)
				&& !words.mentions("followup.doneWhole", text) && !words.mentions("followup.keptUp", text);
	}

	/** Of the states a text says, the one whose word comes first. */
	private FollowupState firstSaid(String text, List<FollowupState> states) {
		FollowupState first = states.get(0);
		int at = Integer.MAX_VALUE;
		for (FollowupState state : states) {
			for (String word : words.list(key(state))) {
				int i = text.indexOf(word);
				if (i >= 0 && i < at) {
					at = i;
					first = state;
				}
			}
		}
		return first;
	}

	/** Whether {@code word} stands in {@code text} only after a denial (未整改完成, 没有整改完成). */
	private boolean denied(String text, String word) {
		return alwaysAfter(text, word, "followup.denial", 2);
	}

	/** Whether {@code word} stands in {@code text} other than as a plan (将实现, 力争实现). */
	private boolean saidNow(String text, String word) {
		return !alwaysAfter(text, word, "followup.future", 4);
	}

	/**
	 * Whether each place {@code word} stands in {@code text} has a word of {@code key} just before it, in the same
	 * clause: 预计完成 is a plan, 竞赛的计划，已完成 is not (the plan is what was done).
	 */
	private boolean alwaysAfter(String text, String word, String key, int span) {
		for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
			String before = text.substring(Math.max(0, i - span), i);
			String clause = before.substring(lastClauseBreak(before) + 1);
			if (words.list(key).stream().noneMatch(clause::contains)) {
				return false;
			}
		}
		return true;
	}

	private static int lastClauseBreak(String text) {
		for (int i = text.length() - 1; i >= 0; i--) {
			if ("，,；;。：:".indexOf(text.charAt(i)) >= 0) {
				return i;
			}
		}
		return -1;
	}

	/** 因区级编制核定尚未完成 — from a reason word at the start of a clause (after a comma or a full stop) to its end. */
	private Optional<String> reason(String text) {
		for (String part : text.split("(?<=[，,：:。])")) {
			String stripped = part.strip();
			if (words.list("followup.reason").stream().anyMatch(stripped::startsWith)
					&& words.list("followup.notReason").stream().noneMatch(stripped::startsWith)) {
				return Optional.of(part).filter(r -> !states(text.replace(r, "")).contains(FollowupState.DONE));
			}
		}
		return Optional.empty();
	}

	/**
	 * 平台建设因采购延期，尚未完成 — a reason that starts inside a clause, with 因 after what it is about; taken only
	 * when what is left does not say the measure is done (then 因 gave no reason it is not finished).
	 */
	private Optional<String> reasonWithin(String text) {
		Matcher because = REASON_WITHIN.matcher(text);
		if (!because.find()) {
			return Optional.empty();
		}
		String reason = because.group();
		List<FollowupState> left = states(text.replace(reason, ""));
		if (left.isEmpty()) {
			// “会议偏多”问题因机构调整尚未完成: the state ends the clause the reason began; it is the statement's
			reason = withoutStateAtEnd(reason);
		}
		return left.contains(FollowupState.DONE) || reason.isBlank() ? Optional.empty() : Optional.of(reason);
	}

	/** A reason without the state word it ends with (因机构调整尚未完成 → 因机构调整). */
	private String withoutStateAtEnd(String reason) {
		String core = reason.replaceAll("[，,]$", "");
		for (FollowupState state : STATES) {
			for (String word : words.list(key(state))) {
				if (core.endsWith(word)) {
					return core.substring(0, core.length() - word.length());
				}
			}
		}
		return reason;
	}

	private static String key(FollowupState state) {
		return switch (state) {
		case DONE -> "followup.done";
		case CONTINUING -> "followup.continuing";
		case NOT_DONE -> "followup.notDone";
		};
	}

	/**
	 * A statement as a sentence, without the commas a cut left: it ends with a full stop (as the export ends it, so
	 * that an exported report reads back the same).
	 */
	private static String tidy(String text) {
		// a row of a table pasted as text (措施\t进展\t已完成) reads as one sentence: its cells become clauses
		String cells = text.strip().replaceFirst("^\\d{1,3}\\t+", "").replaceAll("[ \\u3000]*\\t[\\t \\u3000]*", "，");
		return Typography.asSentence(cells.replaceAll("，\\s*，", "，").replaceAll("([。；！？])，", "$1"));
	}

	/** A reason as the export writes it after 未完成的原因：, without a mark at its end. */
	private static String tidyReason(String text) {
		return text.strip().replaceAll("[，,；;：:。\\s]+$", "");
	}
}
