package org.duizhao.dsl.depth;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The word patterns of the depth checks, per category, from depth.properties, with the plain words a user adds in a
 * library (审核词 客观原因 "……"). Immutable: adding words gives new patterns.
 */
public final class DepthWords {

	/** The categories a user may add words to, by the name written in a library, and the key they extend. */
	private static final Map<String, String> USER_CATEGORIES = Map.of("具体事实", "fact.named", "客观原因", "objective",
			"否认", "denial", "主观原因", "subjective", "明批暗褒", "praise", "成绩", "achievement", "他人", "others",
			"希望", "hope", "缺点", "fault");

	private static volatile DepthWords builtin;

	private final Map<String, String> sources;
	private final Map<String, Pattern> patterns;
	/** The characters a match of each pattern can begin with, where that is known. */
	private final Map<String, BitSet> starts;

	private DepthWords(Map<String, String> sources) {
		this.sources = Map.copyOf(sources);
		this.patterns = this.sources.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
				e -> Pattern.compile(e.getValue())));
		Map<String, BitSet> known = new HashMap<>();
		this.sources.forEach((key, regex) -> FirstCharacters.firstOf(regex).ifPresent(chars -> known.put(key, chars)));
		this.starts = Map.copyOf(known);
	}

	public static DepthWords builtin() {
		DepthWords words = builtin;
		if (words == null) {
			words = new DepthWords(read());
			builtin = words;
		}
		return words;
	}

	/** The categories users write in a library (审核词 客观原因 …), for messages and completion. */
	public static List<String> userCategories() {
		return USER_CATEGORIES.keySet().stream().sorted().toList();
	}

	public static Optional<String> keyOf(String userCategory) {
		return Optional.ofNullable(USER_CATEGORIES.get(userCategory));
	}

	/** These words and {@code added} (user category → plain words), each matched as written. */
	public DepthWords with(Map<String, List<String>> added) {
		if (added.isEmpty()) {
			return this;
		}
		Map<String, String> extended = new HashMap<>(sources);
		added.forEach((category, words) -> keyOf(category).ifPresent(key -> {
			String alternatives = words.stream().filter(w -> !w.isBlank()).map(Pattern::quote).collect(Collectors.joining("|"));
			if (!alternatives.isEmpty()) {
				extended.merge(key, alternatives, (old, more) -> more + "|" + old);
			}
		}));
		return new DepthWords(extended);
	}

	/** The first match of a category's pattern in {@code text}, trying only where a match can begin. */
	Optional<MatchResult> find(String key, CharSequence text) {
		Matcher matcher = pattern(key).matcher(text);
		BitSet first = starts.get(key);
		if (first == null) {
			return matcher.find() ? Optional.of(matcher.toMatchResult()) : Optional.empty();
		}
		// lookbehinds see before the region, lookaheads after it
		matcher.useTransparentBounds(true).useAnchoringBounds(false);
		for (int i = 0; i < text.length(); i++) {
			if (first.get(text.charAt(i))) {
				matcher.region(i, text.length());
				if (matcher.lookingAt()) {
					return Optional.of(matcher.toMatchResult());
				}
			}
		}
		return Optional.empty();
	}

	boolean contains(String key, CharSequence text) {
		return find(key, text).isPresent();
	}

	Pattern pattern(String key) {
		Pattern pattern = patterns.get(key);
		if (pattern == null) {
			throw new IllegalStateException("depth.properties has no " + key);
		}
		return pattern;
	}

	private static Map<String, String> read() {
		Properties properties = new Properties();
		try (InputStream in = DepthWords.class.getResourceAsStream("depth.properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Map<String, String> result = new HashMap<>();
		properties.forEach((k, v) -> result.put((String) k, (String) v));
		return result;
	}
}
