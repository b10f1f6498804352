package org.duizhao.dsl.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.duizhao.dsl.importer.Markers.Level;
import org.duizhao.dsl.importer.Markers.Marker;

/**
 * Reads a problem list (问题清单) as offices circulate it and groups its numbered items under the aspects of a
 * profile. It shares numbering and heading recognition with the report importer, so a heading reads the same in
 * both (（一）在X方面, 一、X方面存在问题, X方面：, 第一部分 …). Real lists are messy, so this is lenient on form and strict
 * about losing nothing: full-width digits and dots, gaps and restarts in the numbering, two items on one line, items
 * running over several lines. Whatever cannot be placed is returned as {@link Skipped} with its line, so the writer
 * keeps it as a comment. It never throws on odd text.
 */
public final class ProblemListImporter {

	/** An item: its first sentence is the headline, the rest the body. */
	public record Item(int line, String headline, String body) {
	}

	/** The items under one heading; {@code aspect} is empty when the heading matched no aspect. */
	public record Section(Optional<String> aspect, String heading, int line, List<Item> items) {
	}

	/** Text that was not imported as an item, and why. */
	public record Skipped(int line, String text, String reason) {
	}

	public record Result(List<Section> sections, List<Skipped> skipped) {

		/** Items per aspect, in the order the aspects first appear. */
		public Map<String, Integer> counts() {
			Map<String, Integer> counts = new LinkedHashMap<>();
			for (Section section : sections) {
				section.aspect().ifPresent(a -> counts.merge(a, section.items().size(), Integer::sum));
			}
			return counts;
		}

		public int itemCount() {
			return sections.stream().filter(s -> s.aspect().isPresent()).mapToInt(s -> s.items().size()).sum();
		}
	}

	private final ProfileAspects profile;

	public ProblemListImporter(ProfileAspects profile) {
		this.profile = profile;
	}

	public Result parse(String text) {
		return parse(ReportImport.lines(text == null ? "" : text));
	}

	/** The list's paragraphs as a source gives them; a table (verbatim) is never part of an item. */
	public Result parse(List<Paragraph> paragraphs) {
		List<Section> sections = new ArrayList<>();
		List<Skipped> skipped = new ArrayList<>();
		try {
			parse(paragraphs, sections, skipped);
		} catch (RuntimeException e) {
			// Losing a list to a bug here would be worse than a partial import: report and keep what was read.
			skipped.add(new Skipped(0, "", ImportMessages.bind(ImportMessages.ImportFailed, e)));
		}
		return new Result(sections, skipped);
	}

	private void parse(List<Paragraph> lines, List<Section> sections, List<Skipped> skipped) {
		List<Item> items = null;
		StringBuilder itemText = null;
		int itemLine = 0;
		for (Paragraph paragraph : lines) {
			String line = paragraph.text().replace("\uFEFF", "").strip();
			if (line.isEmpty()) {
				continue;
			}
			if (paragraph.verbatim()) {
				flush(items, itemText, itemLine);
				itemText = null;
				skipped.add(new Skipped(paragraph.line(), line, ImportMessages.TableSkipped));
				continue;
			}
			Optional<Marker> marker = Markers.leading(line);
			Level level = marker.map(Marker::level).orElse(Level.NONE);
			boolean item = (level == Level.LIST || level == Level.SUB || level == Level.CIRCLED) && !namesAspect(line, marker.get());
			Optional<String> heading = item ? Optional.empty() : heading(line, marker);
			if (heading.isPresent()) {
				flush(items, itemText, itemLine);
				itemText = null;
				Optional<String> aspect = Headings.aspectIn(profile, Headings.core(heading.get()), true);
				items = new ArrayList<>();
				sections.add(new Section(aspect, line, paragraph.line(), items));
				if (aspect.isEmpty()) {
					skipped.add(new Skipped(paragraph.line(), line, "标题无法对应到方案中的方面"));
				}
			} else if (item && items != null) {
				flush(items, itemText, itemLine);
				List<String> parts = runOn(line, marker.get());
				for (int p = 0; p < parts.size() - 1; p++) {
					flush(items, new StringBuilder(parts.get(p)), paragraph.line());
				}
				itemText = new StringBuilder(parts.get(parts.size() - 1));
				itemLine = paragraph.line();
			} else if (itemText != null) {
				itemText.append(line); // an item running over several lines
			} else {
				skipped.add(new Skipped(paragraph.line(), line, items == null ? "第一个方面标题之前的导语" : "不是编号条目"));
			}
		}
		flush(items, itemText, itemLine);
	}

	/** The words of a heading line (numbered 一、/（一）/第一部分, or unnumbered X方面：), when it is one. */
	private Optional<String> heading(String line, Optional<Marker> marker) {
		int from = marker.map(Marker::end).orElse(0);
		Headings.Heading heading = Headings.at(line, from);
		String core = Headings.core(heading.head());
		boolean known = Headings.aspectIn(profile, core, heading.aspectForm()).isPresent();
		boolean standalone = heading.end() >= line.length();
		if (marker.isEmpty()) {
			return heading.aspectForm() && (standalone || "：:".indexOf(heading.closedBy(line)) >= 0) || known && standalone
					? Optional.of(heading.head()) : Optional.empty();
		}
		boolean named = known || heading.aspectForm() || heading.head().endsWith("问题") || heading.head().length() <= 12;
		return named ? Optional.of(heading.head()) : Optional.empty();
	}

	/** 3.在带头干事创业、担当作为方面存在的问题: a numbered line that is an aspect's heading, not an item. */
	private boolean namesAspect(String line, Marker marker) {
		Headings.Heading heading = Headings.at(line, marker.end());
		return heading.aspectForm() && heading.end() >= line.length()
				&& Headings.aspectIn(profile, Headings.core(heading.head()), true).isPresent();
	}

	/** "…不够。2.学习…" on one line: split where the next number follows the end of a sentence. */
	private static List<String> runOn(String line, Marker first) {
		List<String> parts = new ArrayList<>();
		int start = first.end();
		for (Marker next : Markers.following(line, first.end(), first.value() + 1)) {
			parts.add(line.substring(start, next.start()).strip());
			start = next.end();
		}
		parts.add(line.substring(start).strip());
		return parts;
	}

	private static void flush(List<Item> items, StringBuilder text, int line) {
		if (items == null || text == null) {
			return;
		}
		String value = text.toString().strip();
		if (!value.isEmpty()) {
			Sentences.Split split = Sentences.split(value);
			items.add(new Item(line, split.headline(), split.body()));
		}
	}
}
