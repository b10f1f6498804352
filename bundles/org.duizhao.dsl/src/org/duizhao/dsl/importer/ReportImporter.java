package org.duizhao.dsl.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.duizhao.dsl.importer.Draft.Entry;
import org.duizhao.dsl.importer.Numbering.Number;
import org.duizhao.dsl.text.ChineseNumerals;

/**
 * Reads a report written in the traditional layout (title, preface, 一、存在的问题 by aspect, 二、典型案例剖析,
 * 三、问题的原因, 四、整改的措施) from its paragraphs. Parts are recognised by what their headings mean, not by one
 * spelling or number; problems may be inline (一是……二是……), one a paragraph, or numbered (1. １． （1）).
 * Numbering faults of the source become findings. Nothing is lost and nothing throws: text without a place is kept
 * as a comment where it stood, with its line.
 */
public final class ReportImporter {

	/**
	 * A paragraph of the source (a line of a text file, a paragraph of a Word document) and its number there;
	 * {@code verbatim} text (a table's) is kept as a comment where it stood.
	 */
	public record Paragraph(int line, String text, boolean verbatim) {
		public Paragraph(int line, String text) {
			this(line, text, false);
		}
	}

	private enum Part {
		HEAD, PROBLEMS, CASES, CAUSES, MEASURES, UNKNOWN
	}

	private static final String NUMERAL = "[一二三四五六七八九十]+";
	private static final Pattern LEVEL1 = Pattern.compile("^(" + NUMERAL + ")\\s*[、.．]\\s*(.*)$");
	private static final Pattern LEVEL2 = Pattern.compile("^[（(]\\s*(" + NUMERAL + ")\\s*[）)]\\s*(.*)$");
	private static final Pattern NUMBERED = Pattern
			.compile("^(?:([0-9０-９]{1,3})\\s*[.．、](?![0-9０-９])|[（(]\\s*([0-9０-９]{1,3})\\s*[）)])\\s*(.*)$");
	private static final Pattern INLINE = Pattern.compile("(?:^|(?<=[。；;！？!?”]))\\s*(" + NUMERAL + ")是[，,、：:]?");
	private static final Pattern DATE = Pattern.compile("^\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日$");
	private static final Pattern SIGNATURE = Pattern.compile("^.{2,30}(党组|党委|党工委|总支|支部|领导班子|委员会|班子)$");
	private static final Pattern CLOSING = Pattern.compile("^(以上|总之|今后|下一步，|我们将|局党组将|党组将).*|.*(批评指正|契机).*");

	private final Draft draft = new Draft();
	private final List<String> pending = new ArrayList<>();
	private Part part = Part.HEAD;
	private Draft.Aspect aspect;
	private Entry entry;
	private final List<Number> level1 = new ArrayList<>();
	private List<Number> level2 = new ArrayList<>();
	private List<Number> list = new ArrayList<>();
	private List<Number> inline = new ArrayList<>();

	private ReportImporter() {
	}

	/** The draft of a report; never throws, whatever the text. */
	public static Draft read(List<Paragraph> paragraphs) {
		ReportImporter importer = new ReportImporter();
		try {
			for (Paragraph p : paragraphs) {
				String text = p.text() == null ? "" : p.text().replace('\u3000', ' ').strip();
				if (p.verbatim()) {
					importer.pending.add(note(p.line(), text));
				} else if (!text.isEmpty()) {
					importer.accept(p.line(), text);
				}
			}
			importer.finish();
		} catch (RuntimeException e) {
			importer.draft.findings.add(new Draft.Finding(0, ImportMessages.bind(ImportMessages.ImportFailed, e)));
		}
		return importer.draft;
	}

	private void accept(int line, String text) {
		Matcher l1 = LEVEL1.matcher(text);
		// A part's heading is a name, not a sentence: 二、典型案例剖析，… with a comma is text that happens to be numbered.
		if (l1.matches() && isHeading(l1.group(2)) && !l1.group(2).contains("，")) {
			startPart(line, l1.group(1), l1.group(2), text);
			return;
		}
		if (signature(text)) {
			return;
		}
		switch (part) {
		case HEAD -> head(line, text);
		case PROBLEMS -> problems(line, text);
		case CASES -> cases(line, text);
		case CAUSES -> items(line, text, draft.causes);
		case MEASURES -> items(line, text, draft.measures);
		case UNKNOWN -> unplaced(line, text);
		}
	}

	private void startPart(int line, String numeral, String heading, String text) {
		closeLists();
		level1.add(new Number(ChineseNumerals.value(numeral), numeral + "、", line));
		part = partOf(heading);
		aspect = null;
		entry = null;
		if (part == Part.UNKNOWN) {
			draft.findings.add(new Draft.Finding(line, ImportMessages.bind(ImportMessages.UnknownHeading, text)));
			pending.add(note(line, text));
		}
	}

	/** What a level-1 heading is about, by meaning: 存在的主要问题, 产生问题的原因, 下一步整改措施 … */
	private static Part partOf(String heading) {
		if (heading.contains("原因") || heading.contains("根源")) {
			return Part.CAUSES;
		}
		if (heading.contains("措施") || heading.contains("整改") || heading.contains("努力方向") || heading.contains("打算")) {
			return Part.MEASURES;
		}
		if (heading.contains("案例")) {
			return Part.CASES;
		}
		if (heading.contains("问题") || heading.contains("不足") || heading.contains("差距")) {
			return Part.PROBLEMS;
		}
		return Part.UNKNOWN;
	}

	/** A heading is short and does not end a sentence. */
	private static boolean isHeading(String text) {
		return text.length() <= 30 && !text.matches(".*[。；;].+");
	}

	private boolean signature(String text) {
		if (part == Part.HEAD || text.length() > 30) {
			return false;
		}
		if (DATE.matcher(text).matches()) {
			draft.date = text.replace(" ", "");
			return true;
		}
		if ((part == Part.MEASURES || part == Part.UNKNOWN) && SIGNATURE.matcher(text).matches() && !text.matches("^[（(].*")) {
			draft.organization = text;
			return true;
		}
		return false;
	}

	private void head(int line, String text) {
		if (draft.title == null) {
			draft.title = text;
			draft.scope = text.contains("个人") ? "个人" : text.contains("班子") || text.contains("党组") ? "班子" : null;
		} else if (draft.subtitle == null && draft.preface == null && text.matches("^[（(].*[）)]$")) {
			draft.subtitle = text;
		} else {
			draft.preface = draft.preface == null ? text : draft.preface + text;
		}
	}

	private void problems(int line, String text) {
		Matcher l2 = LEVEL2.matcher(text);
		if (l2.matches() && isHeading(l2.group(2))) {
			closeItemLists();
			level2.add(new Number(ChineseNumerals.value(l2.group(1)), "（" + l2.group(1) + "）", line));
			aspect = new Draft.Aspect(line, l2.group(2));
			aspect.notes.addAll(pending);
			pending.clear();
			draft.aspects.add(aspect);
			entry = null;
			return;
		}
		if (aspect == null) {
			draft.findings.add(new Draft.Finding(line, ImportMessages.bind(ImportMessages.ProblemOutsideAspect, excerpt(text))));
			pending.add(note(line, text));
			return;
		}
		if (!splitItems(line, text, aspect.problems, true) && entry == null) {
			pending.add(note(line, ImportMessages.Lead + "：" + text)); // the lead that summarises the aspect
		}
	}

	private void cases(int line, String text) {
		Matcher l2 = LEVEL2.matcher(text);
		Matcher numbered = NUMBERED.matcher(text);
		String content = l2.matches() ? l2.group(2) : numbered.matches() ? numbered.group(3) : null;
		if (content != null || entry == null) {
			entry = entry(line, content != null ? content : text, false);
			draft.cases.add(entry);
		} else {
			entry.body += text;
		}
	}

	/** Causes or measures: （一）headline。body items, 1. items or 一是 items, continued by plain paragraphs. */
	private void items(int line, String text, List<Entry> into) {
		Matcher l2 = LEVEL2.matcher(text);
		if (l2.matches()) {
			level2.add(new Number(ChineseNumerals.value(l2.group(1)), "（" + l2.group(1) + "）", line));
			entry = entry(line, l2.group(2), false);
			into.add(entry);
			return;
		}
		if (part == Part.MEASURES && !into.isEmpty() && CLOSING.matcher(text).matches() && !NUMBERED.matcher(text).matches()) {
			draft.closing = draft.closing == null ? text : draft.closing + text; // 以上对照检查，请大家批评指正。
			part = Part.UNKNOWN;
			return;
		}
		if (!splitItems(line, text, into, false) && entry == null) {
			pending.add(note(line, ImportMessages.Lead + "：" + text));
		}
	}

	/**
	 * Numbered or inline items in a paragraph, added to {@code into}; a plain paragraph continues the current item.
	 * Returns whether the paragraph was taken.
	 */
	private boolean splitItems(int line, String text, List<Entry> into, boolean withExample) {
		Matcher numbered = NUMBERED.matcher(text);
		if (numbered.matches()) {
			String digits = numbered.group(1) != null ? numbered.group(1) : numbered.group(2);
			int value = Numbering.arabic(digits);
			list.add(new Number(value, numbered.group(1) != null ? value + "." : "（" + value + "）", line));
			entry = entry(line, numbered.group(3), withExample);
			into.add(entry);
			return true;
		}
		Matcher inlineMarker = INLINE.matcher(text);
		List<int[]> marks = new ArrayList<>();
		List<String> numerals = new ArrayList<>();
		while (inlineMarker.find()) {
			marks.add(new int[] { inlineMarker.start(), inlineMarker.end() });
			numerals.add(inlineMarker.group(1));
		}
		if (!marks.isEmpty()) {
			String lead = text.substring(0, marks.get(0)[0]).strip();
			if (!lead.isEmpty()) {
				if (entry == null) {
					pending.add(note(line, ImportMessages.Lead + "：" + lead));
				} else {
					entry.body += lead;
				}
			}
			for (int i = 0; i < marks.size(); i++) {
				int end = i + 1 < marks.size() ? marks.get(i + 1)[0] : text.length();
				inline.add(new Number(ChineseNumerals.value(numerals.get(i)), numerals.get(i) + "是", line));
				entry = entry(line, text.substring(marks.get(i)[1], end).strip(), withExample);
				into.add(entry);
			}
			return true;
		}
		if (entry != null) {
			// a paragraph that continues the item (its examples, say)
			if (entry.example != null) {
				entry.example += text;
			} else {
				entry.body += text;
				if (withExample) {
					Sentences.moveExample(entry);
				}
			}
			return true;
		}
		return false;
	}

	private Entry entry(int line, String text, boolean withExample) {
		Entry e = Sentences.split(line, text, withExample);
		e.notes.addAll(pending);
		pending.clear();
		return e;
	}

	private void unplaced(int line, String text) {
		draft.findings.add(new Draft.Finding(line, ImportMessages.bind(ImportMessages.Unplaced, excerpt(text))));
		pending.add(note(line, text));
	}

	private void closeItemLists() {
		check(list, v -> v + ".");
		check(inline, v -> ChineseNumerals.of(v) + "是");
		list = new ArrayList<>();
		inline = new ArrayList<>();
	}

	private void closeLists() {
		closeItemLists();
		check(level2, v -> "（" + ChineseNumerals.of(v) + "）");
		level2 = new ArrayList<>();
	}

	private void check(List<Number> numbers, IntFunction<String> labelOf) {
		for (Numbering.Fault fault : Numbering.check(numbers, labelOf)) {
			draft.findings.add(new Draft.Finding(fault.line(), fault.message()));
		}
	}

	private void finish() {
		closeLists();
		check(level1, v -> ChineseNumerals.of(v) + "、");
		draft.measures.forEach(Sentences::moveLedger);
		draft.tailNotes.addAll(pending);
		draft.findings.sort((a, b) -> Integer.compare(a.line(), b.line()));
	}

	private static String note(int line, String text) {
		return "第 " + line + " 行：" + text;
	}

	static String excerpt(String text) {
		return text.length() > 30 ? text.substring(0, 30) + "…" : text;
	}
}
