package org.duizhao.dsl.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds texts that are the same, or nearly the same, after punctuation and spaces are taken out.
 * <p>
 * Similarity is the Jaccard index of character trigrams. Comparing every pair would be quadratic, and offices
 * write reports with hundreds of items and libraries with thousands, so candidate pairs come from MinHash
 * signatures split into bands (locality-sensitive hashing): only texts that agree on a whole band are compared.
 * With 16 bands of 4 rows, a pair at 0.75 similarity becomes a candidate with probability above 0.99, a pair at
 * 0.3 with about 0.12.
 */
public final class NearDuplicates {

	/** The similarity from which two texts count as nearly the same. */
	public static final double DEFAULT_THRESHOLD = 0.75;

	private static final int SHINGLE = 3;
	private static final int BANDS = 16;
	private static final int ROWS = 4;
	private static final int MIN_LENGTH = 6;

	/** A text that repeats an earlier one; {@code similarity} is 1 for the same text. */
	public record Match(int index, int earlier, double similarity) {
		public boolean identical() {
			return similarity >= 1.0;
		}
	}

	private final double threshold;

	public NearDuplicates() {
		this(DEFAULT_THRESHOLD);
	}

	public NearDuplicates(double threshold) {
		this.threshold = threshold;
	}

	/**
	 * For every text that repeats an earlier one, the best earlier match. Texts too short to judge (after
	 * normalisation) are never matched.
	 */
	public List<Match> find(List<String> texts) {
		int n = texts.size();
		String[] normalised = new String[n];
		int[][] shingles = new int[n][];
		for (int i = 0; i < n; i++) {
			normalised[i] = normalise(texts.get(i));
			shingles[i] = shingles(normalised[i]);
		}
		Map<String, Integer> firstByText = new HashMap<>();
		Map<Long, List<Integer>> buckets = new HashMap<>();
		// comparedWith[c] == i + 1: candidate c was already compared with text i (no set per text)
		int[] comparedWith = new int[n];
		List<Match> result = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			String text = normalised[i];
			if (text.length() < MIN_LENGTH) {
				continue;
			}
			Integer same = firstByText.putIfAbsent(text, i);
			if (same != null) {
				result.add(new Match(i, same, 1.0));
				continue;
			}
			Match best = null;
			int[] signature = signature(shingles[i]);
			for (int band = 0; band < BANDS; band++) {
				List<Integer> bucket = buckets.computeIfAbsent(bandKey(signature, band), k -> new ArrayList<>(1));
				for (int candidate : bucket) {
					if (comparedWith[candidate] != i + 1) {
						comparedWith[candidate] = i + 1;
						double similarity = jaccard(shingles[i], shingles[candidate]);
						if (similarity >= threshold && (best == null || similarity > best.similarity())) {
							best = new Match(i, candidate, similarity);
						}
					}
				}
				bucket.add(i);
			}
			if (best != null) {
				result.add(best);
			}
		}
		return result;
	}

	/** Letters and digits only, lower case: "学习不够，深入。" and "学习不够深入" are the same text. */
	public static String normalise(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder sb = new StringBuilder(text.length());
		text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(sb::appendCodePoint);
		return sb.toString();
	}

	/** The distinct trigram hashes of a text, sorted (the same values as the trigrams' String hash codes). */
	private static int[] shingles(String text) {
		int count = Math.max(0, text.length() - SHINGLE + 1);
		int[] hashes = new int[count];
		for (int i = 0; i < count; i++) {
			hashes[i] = (text.charAt(i) * 31 + text.charAt(i + 1)) * 31 + text.charAt(i + 2);
		}
		return java.util.Arrays.stream(hashes).sorted().distinct().toArray();
	}

	private static int[] signature(int[] shingles) {
		int[] signature = new int[BANDS * ROWS];
		java.util.Arrays.fill(signature, Integer.MAX_VALUE);
		for (int shingle : shingles) {
			for (int h = 0; h < signature.length; h++) {
				int value = mix(shingle, h);
				if (value < signature[h]) {
					signature[h] = value;
				}
			}
		}
		return signature;
	}

	/** One member of a family of hash functions, seeded by {@code seed} (a murmur3 finaliser). */
	private static int mix(int value, int seed) {
		int h = value ^ (seed * 0x9E3779B9);
		h ^= h >>> 16;
		h *= 0x85EBCA6B;
		h ^= h >>> 13;
		h *= 0xC2B2AE35;
		h ^= h >>> 16;
		return h;
	}

	private static long bandKey(int[] signature, int band) {
		long key = band;
		for (int r = 0; r < ROWS; r++) {
			key = key * 1_000_003L + signature[band * ROWS + r];
		}
		return key;
	}

	/** Jaccard index of two sorted sets of hashes, by merging them. */
	private static double jaccard(int[] a, int[] b) {
		if (a.length == 0 || b.length == 0) {
			return 0;
		}
		int common = 0;
		for (int i = 0, j = 0; i < a.length && j < b.length;) {
			if (a[i] == b[j]) {
				common++;
				i++;
				j++;
			} else if (a[i] < b[j]) {
				i++;
			} else {
				j++;
			}
		}
		return (double) common / (a.length + b.length - common);
	}
}
