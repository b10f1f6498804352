package org.duizhao.dsl.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Finds passages of a text that other texts have too, the same or nearly the same: every run of eight characters
 * (letters and digits, punctuation and spaces left out) is looked up among those of the other texts; runs that meet
 * with small gaps between them (a changed word or two) make a passage, and a passage of at least {@code minLength}
 * characters counts. One pass over each text: the cost grows with the text, not with pairs of texts.
 */
public final class CopiedPassages {

	private static final int K = 8;
	/** Unmatched characters a passage may have in a row: a word changed, a number updated. */
	private static final int GAP = 6;

	/** Where a run of the other texts was seen: which text, and where in it. */
	public record Source(int text, int offset) {
	}

	/** A copied passage of the text: its raw characters {@code [start, end)}, the share matched, where it was seen. */
	public record Passage(int start, int end, double similarity, Source source) {
	}

	/** Where each run was seen: in up to {@link #SOURCES} different texts, so that one text can be left out. */
	private final Map<Long, Source[]> seen = new HashMap<>();
	private static final int SOURCES = 3;
	private final int minLength;

	public CopiedPassages(List<String> others, int minLength) {
		this.minLength = minLength;
		for (int t = 0; t < others.size(); t++) {
			Normalised n = Normalised.of(others.get(t));
			for (int i = 0; i + K <= n.text.length(); i++) {
				Source[] sources = seen.computeIfAbsent(hash(n.text, i), h -> new Source[SOURCES]);
				for (int s = 0; s < SOURCES; s++) {
					if (sources[s] == null) {
						sources[s] = new Source(t, n.raw[i]);
						break;
					}
					if (sources[s].text() == t) {
						break;
					}
				}
			}
		}
	}

	public List<Passage> in(String text) {
		return in(text, source -> true);
	}

	/** The copied passages of {@code text}, from the other texts {@code counts} accepts (not the text's own file). */
	public List<Passage> in(String text, Predicate<Source> counts) {
		Normalised n = Normalised.of(text);
		int length = n.text.length();
		boolean[] covered = new boolean[length];
		Source[] from = new Source[length];
		for (int i = 0; i + K <= length; i++) {
			Source source = accepted(seen.get(hash(n.text, i)), counts);
			if (source != null) {
				for (int j = i; j < i + K; j++) {
					covered[j] = true;
					if (from[j] == null) {
						from[j] = source;
					}
				}
			}
		}
		List<Passage> result = new ArrayList<>();
		int i = 0;
		while (i < length) {
			if (!covered[i]) {
				i++;
				continue;
			}
			int start = i;
			int last = i;
			int matched = 0;
			for (int j = i; j < length && j - last <= GAP; j++) {
				if (covered[j]) {
					matched++;
					last = j;
				}
			}
			int end = last + 1;
			if (end - start >= minLength) {
				result.add(new Passage(n.raw[start], n.raw[end - 1] + 1, (double) matched / (end - start), from[start]));
			}
			i = end;
		}
		return result;
	}

	private static Source accepted(Source[] sources, Predicate<Source> counts) {
		if (sources != null) {
			for (Source source : sources) {
				if (source != null && counts.test(source)) {
					return source;
				}
			}
		}
		return null;
	}

	private static long hash(String text, int from) {
		long h = 1125899906842597L;
		for (int i = from; i < from + K; i++) {
			h = 31 * h + text.charAt(i);
		}
		return h;
	}

	/** A text's letters and digits, lower case, each with its offset in the raw text. */
	private record Normalised(String text, int[] raw) {
		static Normalised of(String raw) {
			StringBuilder sb = new StringBuilder(raw.length());
			int[] offsets = new int[raw.length()];
			int n = 0;
			for (int i = 0; i < raw.length(); i++) {
				char c = raw.charAt(i);
				if (Character.isLetterOrDigit(c)) {
					sb.append(Character.toLowerCase(c));
					offsets[n++] = i;
				}
			}
			return new Normalised(sb.toString(), Arrays.copyOf(offsets, n));
		}
	}
}
