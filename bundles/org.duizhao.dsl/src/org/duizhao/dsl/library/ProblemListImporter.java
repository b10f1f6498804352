package org.duizhao.dsl.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a problem list (问题清单) as offices circulate it and groups its numbered items under the aspects of a
 * profile. Real lists are messy, so this is lenient on form and strict about losing nothing: headings with or without
 * 在/方面/存在的问题, full-width digits and dots, gaps and restarts in the numbering, two items on one line, items
 * running over several lines. Whatever cannot be placed is returned as {@link Skipped} with its line, so the writer
 * can keep it as a comment. It never throws on odd text.
 */
public final class ProblemListImporter {

	/** An item: its first sentence is the headline, the rest the body. */
	public record Item(int line, String headline, String body) {
	}

	/** The items under one heading; {@code aspect} is {@code null} when the heading matched no aspect. */
	public record Section(String aspect, String heading, int line, List<Item> items) {
	}

	/** Text that was not imported as an item, and why. */
	public record Skipped(int line, String text, String reason) {
	}

	public record Result(List<Section> sections, List<Skipped> skipped) {

		/** Items per aspect, in the order the aspects first appear. */
		public Map<String, Integer> counts() {
			Map<String, Integer> counts = new LinkedHashMap<>();
			for (Section section : sections) {
				if (section.aspect() != null) {
					counts.merge(section.aspect(), section.items().size(), Integer::sum);
				}
			}
			return counts;
		}

		public int itemCount() {
			return sections.stream().filter(s -> s.aspect() != null).mapToInt(s -> s.items().size()).sum();
		}
	}

	private static final String CHINESE_NUMERAL = "[一二三四五六七八九十]+";
	private static final Pattern HEADING = Pattern.compile(
			"^(?:[（(]" + CHINESE_NUMERAL + "[）)]|" + CHINESE_NUMERAL + "[、.．]|第" + CHINESE_NUMERAL + "[部分方面个]+[、:：.]?)\\s*(.+)$");
	private static final Pattern ITEM = Pattern.compile("^(?:(\\d{1,3})\\s*[.．、](?!\\d)|[（(](\\d{1,3})[）)])\\s*(.*)$");
	private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?]");

	private final List<String> aspectNames;
	private final List<String> aspectLabels;

	/** @param aspects the profile's aspects as (name, label) pairs; the label may equal the name */
	public ProblemListImporter(List<String[]> aspects) {
		this.aspectNames = aspects.stream().map(a -> a[0]).toList();
		this.aspectLabels = aspects.stream().map(a -> a.length > 1 && a[1] != null ? a[1] : a[0]).toList();
	}

	public Result parse(String text) {
		List<Section> sections = new ArrayList<>();
		List<Skipped> skipped = new ArrayList<>();
		try {
			parse(text == null ? List.of() : text.lines().toList(), sections, skipped);
		} catch (RuntimeException e) {
			// Losing a list to a bug here would be worse than a partial import: report and keep what was read.
			skipped.add(new Skipped(0, "", "导入中断：" + e));
		}
		return new Result(sections, skipped);
	}

	private void parse(List<String> lines, List<Section> sections, List<Skipped> skipped) {
		Section current = null;
		List<Item> items = null;
		StringBuilder itemText = null;
		int itemLine = 0;
		for (int i = 0; i < lines.size(); i++) {
			int lineNumber = i + 1;
			String line = normalise(lines.get(i)).strip();
			if (line.isEmpty()) {
				continue;
			}
			Matcher heading = HEADING.matcher(line);
			Matcher item = ITEM.matcher(line);
			if (heading.matches() && !item.matches() && looksLikeHeading(heading.group(1))) {
				flush(items, itemText, itemLine);
				itemText = null;
				String aspect = aspectOf(heading.group(1));
				items = new ArrayList<>();
				current = new Section(aspect, line, lineNumber, items);
				sections.add(current);
				if (aspect == null) {
					skipped.add(new Skipped(lineNumber, line, "标题无法对应到方案中的方面"));
				}
			} else if (item.matches() && current != null) {
				flush(items, itemText, itemLine);
				int number = Integer.parseInt(item.group(1) != null ? item.group(1) : item.group(2));
				List<String> parts = splitRunOn(item.group(3), number);
				for (int p = 0; p < parts.size() - 1; p++) {
					flush(items, new StringBuilder(parts.get(p)), lineNumber);
				}
				itemText = new StringBuilder(parts.get(parts.size() - 1));
				itemLine = lineNumber;
			} else if (itemText != null) {
				itemText.append(line); // an item running over several lines
			} else {
				skipped.add(new Skipped(lineNumber, line, current == null ? "第一个方面标题之前的导语" : "不是编号条目"));
			}
		}
		flush(items, itemText, itemLine);
	}

	/** "…不够。2.学习…" on one line: split where the next number follows the end of a sentence. */
	private static List<String> splitRunOn(String text, int number) {
		List<String> parts = new ArrayList<>();
		int next = number + 1;
		String rest = text;
		while (true) {
			Matcher m = Pattern.compile("(?<=[。！？；;])\\s*" + next + "\\s*[.．、](?!\\d)").matcher(rest);
			if (!m.find()) {
				break;
			}
			parts.add(rest.substring(0, m.start()).strip());
			rest = rest.substring(m.end()).strip();
			next++;
		}
		parts.add(rest);
		return parts;
	}

	private static void flush(List<Item> items, StringBuilder text, int line) {
		if (items == null || text == null) {
			return;
		}
		String value = text.toString().strip();
		if (value.isEmpty()) {
			return;
		}
		Matcher end = SENTENCE_END.matcher(value);
		if (end.find() && end.end() < value.length()) {
			items.add(new Item(line, value.substring(0, end.end()).strip(), value.substring(end.end()).strip()));
		} else {
			items.add(new Item(line, value, ""));
		}
	}

	/** A numbered line is a heading when it names an aspect, or reads like one ("…方面", "…问题"). */
	private boolean looksLikeHeading(String text) {
		return aspectOf(text) != null || text.contains("方面") || text.endsWith("问题") || text.length() <= 12;
	}

	/** 在担当作为方面存在的问题 → 担当作为, matched against the profile's aspect names and labels. */
	String aspectOf(String heading) {
		String core = heading.replaceAll("[：:。\\s]", "").replaceFirst("^在", "")
				.replaceFirst("(方面)?(存在的?|查找出?的?|查摆的?)?(突出)?(问题)?(清单)?$", "").replaceFirst("方面$", "");
		for (int i = 0; i < aspectNames.size(); i++) {
			String name = aspectNames.get(i);
			String label = aspectLabels.get(i);
			if (!core.isEmpty() && (core.equals(name) || core.equals(label) || core.contains(label) || core.contains(name)
					|| label.contains(core) && core.length() >= 2)) {
				return name;
			}
		}
		return null;
	}

	/** Full-width digits and dots as ASCII, so that "３．" numbers like "3.". */
	static String normalise(String line) {
		StringBuilder sb = new StringBuilder(line.length());
		for (char c : line.toCharArray()) {
			if (c >= '０' && c <= '９') {
				sb.append((char) ('0' + (c - '０')));
			} else if (c == '\uFEFF') {
				continue; // a byte-order mark at the start of a file saved by Notepad
			} else {
				sb.append(c);
			}
		}
		return sb.toString();
	}
}
