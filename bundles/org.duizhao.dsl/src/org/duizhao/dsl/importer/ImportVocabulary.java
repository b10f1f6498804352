package org.duizhao.dsl.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The words both importers recognise parts, labels and headings by, read from {@code vocabulary.properties}: data a
 * reader can extend, not regular expressions in code. Longer words are tried first, so that 存在的主要问题 wins over 问题.
 */
public final class ImportVocabulary {

	/** The parts of a report, in the order a heading is tried against them (the specific ones first). */
	public enum Part {
		LAST_YEAR("lastYear", "上年度整改"), OPINIONS("opinions", "征求意见"), CRITICISM("criticism", "相互批评"),
		PERSONAL_MATTERS("personalMatters", "个人事项"), STATEMENT("statement", "说明"), CASES("cases", "案例"), CAUSES("causes", "原因"),
		MEASURES("measures", "措施"), PROBLEMS("problems", "问题");

		private final String key;
		private final String label;

		Part(String key, String label) {
			this.key = key;
			this.label = label;
		}

		/** How the part is named in comments and summaries. */
		public String label() {
			return label;
		}

		/**
		 * Whether it is kept as comments labelled with the part, from which its entries are read (上年度整改, 征求意见,
		 * 相互批评).
		 */
		public boolean keptAsComment() {
			return this == LAST_YEAR || this == OPINIONS || this == CRITICISM;
		}

		/**
		 * A part no aspect has inside it: its heading ends the aspect before it even when numbered like an aspect or
		 * not numbered at all.
		 */
		public boolean standsApart() {
			return keptAsComment() || isStatement() || this == CASES;
		}

		/**
		 * Whether the .dzr keeps it as a 说明 under the heading the report gives it: 个人有关事项, and the parts a
		 * report adds in its own words (需要说明的问题, 巡视反馈问题整改情况), whose 问题 makes them no problems part.
		 */
		public boolean isStatement() {
			return this == STATEMENT || this == PERSONAL_MATTERS;
		}
	}

	private static final ImportVocabulary INSTANCE = load();
	/** What joins the parts a heading lists: 问题、原因及措施, 问题及整改措施 (two characters may come before the next). */
	private static final String JOINERS = "、及和与";

	private final Properties words;
	private final Map<String, List<String>> lists = new ConcurrentHashMap<>();
	private final Map<Part, List<String>> parts = new EnumMap<>(Part.class);
	private final Map<Part, List<String>> labels = new EnumMap<>(Part.class);

	private ImportVocabulary(Properties words) {
		this.words = words;
		for (Part part : Part.values()) {
			parts.put(part, list("part." + part.key));
		}
		labels.put(Part.PROBLEMS, list("label.problems"));
		labels.put(Part.CAUSES, list("label.causes"));
		labels.put(Part.MEASURES, list("label.measures"));
	}

	public static ImportVocabulary get() {
		return INSTANCE;
	}

	private static ImportVocabulary load() {
		Properties properties = new Properties();
		try (InputStream in = ImportVocabulary.class.getResourceAsStream("vocabulary.properties")) {
			if (in == null) {
				throw new IllegalStateException("vocabulary.properties is missing from the importer package");
			}
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new ImportVocabulary(properties);
	}

	/** The words of one key, longest first; none when the key is absent. */
	public List<String> list(String key) {
		return lists.computeIfAbsent(key, this::read);
	}

	private List<String> read(String key) {
		String value = words.getProperty(key, "");
		List<String> result = new ArrayList<>(Arrays.stream(value.split("[,，]")).map(String::strip).filter(w -> !w.isEmpty()).toList());
		result.sort(Comparator.comparingInt(String::length).reversed());
		return List.copyOf(result);
	}

	/** The keys of the vocabulary that start with {@code prefix}, for hints and for tests of every entry. */
	public List<String> keys(String prefix) {
		return words.stringPropertyNames().stream().filter(k -> k.startsWith(prefix)).sorted().toList();
	}

	/**
	 * The part a report-level heading names (三、问题产生的原因 → causes), by its words. A heading that lists the
	 * problems with the causes or the measures (二、存在的问题、原因及整改措施) heads them together, aspect by aspect:
	 * the problems part.
	 */
	public Optional<Part> partOf(String heading) {
		List<Part> named = Stream.of(Part.values()).filter(part -> parts.get(part).stream().anyMatch(heading::contains)).toList();
		if (named.isEmpty()) {
			return Optional.empty();
		}
		Part first = named.get(0);
		// the specific parts (上年度…问题及整改措施落实情况) first; then problems listed with causes or measures
		boolean together = (first == Part.CAUSES || first == Part.MEASURES) && listsProblemsWithOthers(heading);
		return Optional.of(together ? Part.PROBLEMS : first);
	}

	/** 问题、原因及整改措施 / 问题及整改措施 — a word of the problems, a joiner, then one of the causes or measures. */
	private boolean listsProblemsWithOthers(String heading) {
		for (String problems : parts.get(Part.PROBLEMS)) {
			for (int at = heading.indexOf(problems); at >= 0; at = heading.indexOf(problems, at + 1)) {
				int joiner = at + problems.length();
				if (joiner < heading.length() && JOINERS.indexOf(heading.charAt(joiner)) >= 0
						&& Stream.of(Part.CAUSES, Part.MEASURES).flatMap(p -> parts.get(p).stream())
								.anyMatch(other -> heading.indexOf(other, joiner + 1) >= 0 && heading.indexOf(other, joiner + 1) <= joiner + 3)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The part an aspect's label names (问题表现, 问题的原因, 努力方向) when the text starts with it, the longest label
	 * of any part first (问题的原因 is a cause, not the label 问题 followed by text).
	 */
	public Optional<Label> labelAt(String text) {
		Label found = null;
		for (Map.Entry<Part, List<String>> entry : labels.entrySet()) {
			for (String word : entry.getValue()) {
				if (text.startsWith(word) && (found == null || word.length() > found.length())) {
					found = new Label(entry.getKey(), word.length());
				}
			}
		}
		return Optional.ofNullable(found);
	}

	/** A label of a part inside an aspect and how many characters it takes. */
	public record Label(Part part, int length) {
	}

	/** Whether {@code text} contains one of the words of {@code key}. */
	public boolean mentions(String key, String text) {
		return list(key).stream().anyMatch(text::contains);
	}

	/** Whether {@code text} ends with one of the words of {@code key}. */
	public boolean endsWithAny(String key, String text) {
		return list(key).stream().anyMatch(text::endsWith);
	}
}
