package org.duizhao.dsl.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

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

	/** What a text's comparison needs, worked out once per text. */
	private record Sketch(int[] shingles, int[] signature, long[] bands) {
		static Sketch of(String text) {
			int[] shingles = NearDuplicates.shingles(text);
			if (text.length() < MIN_LENGTH) {
				return new Sketch(shingles, null, null);
			}
			int[] signature = NearDuplicates.signature(shingles);
			long[] bands = new long[BANDS];
			for (int band = 0; band < BANDS; band++) {
				bands[band] = bandKey(signature, band);
			}
			return new Sketch(shingles, signature, bands);
		}
	}

	/**
	 * The sketches of the texts of the last call. In the editor the next call sees the same texts but one, so
	 * only that one is worked out again; holding just the last call's texts keeps the memory bounded.
	 */
	private volatile Map<String, Sketch> lastSketches = Map.of();

	/** The last call's texts and what {@link #normalise} made of them. */
	private volatile Map<String, String> lastNormalised = Map.of();

	/** The near neighbours of the last call's texts (see {@link #neighbours}). */
	private volatile Map<String, Map<String, Double>> lastNeighbours = Map.of();

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
		String[] normalised = normalised(texts);
		Map<String, Sketch> sketches = sketches(Arrays.asList(normalised));
		Map<String, Map<String, Double>> near = neighbours(sketches);
		List<Match> result = new ArrayList<>();
		Map<String, Integer> firstByText = new HashMap<>(2 * normalised.length);
		for (int i = 0; i < normalised.length; i++) {
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
			for (Map.Entry<String, Double> neighbour : near.get(text).entrySet()) {
				Integer earlier = firstByText.get(neighbour.getKey());
				double similarity = neighbour.getValue();
				// the most similar earlier text; of equally similar ones the first
				if (earlier != null && earlier < i && (best == null || similarity > best.similarity()
						|| similarity == best.similarity() && earlier < best.earlier())) {
					best = new Match(i, earlier, similarity);
				}
			}
			if (best != null) {
				result.add(best);
			}
		}
		return result;
	}

	/**
	 * The near neighbours of every text that can be judged: the texts it shares a band with and is similar enough
	 * to. What the last call found between texts that are still there holds, so after an edit only the texts that
	 * are new are looked up: one text in the editor, instead of every text of a large report again.
	 */
	private Map<String, Map<String, Double>> neighbours(Map<String, Sketch> sketches) {
		Map<String, Map<String, Double>> previous = lastNeighbours;
		Map<String, Map<String, Double>> near = new HashMap<>(2 * sketches.size());
		List<String> added = new ArrayList<>();
		for (String text : sketches.keySet()) {
			if (text.length() < MIN_LENGTH) {
				continue;
			}
			Map<String, Double> known = previous.get(text);
			if (known == null) {
				added.add(text);
			} else if (sketches.keySet().containsAll(known.keySet())) {
				near.put(text, known); // shared with the last call: never changed in place
			} else {
				Map<String, Double> stillThere = new HashMap<>(known);
				stillThere.keySet().retainAll(sketches.keySet());
				near.put(text, Map.copyOf(stillThere));
			}
		}
		if (!added.isEmpty()) {
			lookUp(added, near, sketches);
		}
		lastNeighbours = near;
		return near;
	}

	/** Looks the new texts up among the known ones and each other (each pair once) and records both ways. */
	private void lookUp(List<String> added, Map<String, Map<String, Double>> near, Map<String, Sketch> sketches) {
		List<String> indexed = new ArrayList<>(near.keySet());
		indexed.addAll(added);
		int firstAdded = near.size();
		IntFunction<int[]> candidates = added.size() <= FEW ? scanned(indexed, sketches) : indexed(indexed, sketches, firstAdded);
		Map<String, Map<String, Double>> grown = new HashMap<>();
		for (int i = firstAdded; i < indexed.size(); i++) {
			String text = indexed.get(i);
			grown.put(text, new HashMap<>());
			Sketch sketch = sketches.get(text);
			for (int c : candidates.apply(i)) {
				String other = indexed.get(c);
				double similarity = jaccard(sketch.shingles(), sketches.get(other).shingles());
				if (similarity >= threshold) {
					grown.get(text).put(other, similarity);
					grown.computeIfAbsent(other, o -> new HashMap<>(near.get(o))).put(text, similarity);
				}
			}
		}
		grown.forEach((text, neighbours) -> near.put(text, Map.copyOf(neighbours)));
	}

	/** Up to this many new texts (an edit, a paste) are compared band by band with every text instead of indexed. */
	private static final int FEW = 16;

	/** The texts before text {@code i} that share a band with it, found by comparing every text's band keys. */
	private static IntFunction<int[]> scanned(List<String> indexed, Map<String, Sketch> sketches) {
		long[][] bands = indexed.stream().map(t -> sketches.get(t).bands()).toArray(long[][]::new);
		return i -> IntStream.range(0, i).filter(j -> shareABand(bands[i], bands[j])).toArray();
	}

	/**
	 * The same through a table of the texts by band key: the texts before {@code firstAdded} are put in at once, each
	 * later one after it was looked up. Asked for the texts in order.
	 */
	private static IntFunction<int[]> indexed(List<String> indexed, Map<String, Sketch> sketches, int firstAdded) {
		Buckets buckets = new Buckets(indexed.size());
		for (int i = 0; i < firstAdded; i++) {
			addToBuckets(buckets, sketches.get(indexed.get(i)).signature(), i);
		}
		// comparedWith[c] == i + 1: candidate c was already found for text i (no set per text)
		int[] comparedWith = new int[indexed.size()];
		return i -> {
			int[] signature = sketches.get(indexed.get(i)).signature();
			IntStream.Builder found = IntStream.builder();
			for (int band = 0; band < BANDS; band++) {
				for (int c = buckets.first(band, bandKey(signature, band)); c >= 0; c = buckets.next(band, c)) {
					if (comparedWith[c] != i + 1) {
						comparedWith[c] = i + 1;
						found.add(c);
					}
				}
			}
			addToBuckets(buckets, signature, i);
			return found.build().toArray();
		};
	}

	private static boolean shareABand(long[] a, long[] b) {
		for (int band = 0; band < BANDS; band++) {
			if (a[band] == b[band]) {
				return true;
			}
		}
		return false;
	}

	private static void addToBuckets(Buckets buckets, int[] signature, int text) {
		for (int band = 0; band < BANDS; band++) {
			buckets.add(band, bandKey(signature, band), text);
		}
	}

	/** The texts normalised, those of the last call looked up rather than worked out again. */
	private String[] normalised(List<String> texts) {
		Map<String, String> previous = lastNormalised;
		Map<String, String> current = new HashMap<>(2 * texts.size());
		String[] normalised = new String[texts.size()];
		for (int i = 0; i < normalised.length; i++) {
			String text = texts.get(i) == null ? "" : texts.get(i);
			String known = previous.get(text);
			normalised[i] = known != null ? known : normalise(text);
			current.put(text, normalised[i]);
		}
		lastNormalised = current;
		return normalised;
	}

	/** The sketches of the texts, those of the last call's texts taken over. */
	private Map<String, Sketch> sketches(List<String> normalised) {
		Map<String, Sketch> previous = lastSketches;
		Map<String, Sketch> current = new HashMap<>(2 * normalised.size());
		for (String text : normalised) {
			current.computeIfAbsent(text, t -> {
				Sketch known = previous.get(t);
				if (known != null) {
					return known;
				}
				return Sketch.of(t);
			});
		}
		lastSketches = current;
		return current;
	}

	/**
	 * For every text that repeats one of {@code reference} (last year's report, another unit's), the best match
	 * there: {@link Match#index()} counts in {@code texts}, {@link Match#earlier()} in {@code reference}. The texts
	 * are not compared with each other.
	 */
	public List<Match> findIn(List<String> reference, List<String> texts) {
		List<String> all = new ArrayList<>(reference);
		all.addAll(texts);
		int offset = reference.size();
		return match(all, offset).stream().filter(m -> m.index() >= offset)
				.map(m -> new Match(m.index() - offset, m.earlier(), m.similarity())).toList();
	}

	/**
	 * The matching of {@link #findIn}: texts before {@code firstQuery} are only looked up, texts from it on look up
	 * those.
	 */
	private List<Match> match(List<String> texts, int firstQuery) {
		int n = texts.size();
		String[] normalised = normalised(texts);
		Map<String, Sketch> known = sketches(Arrays.asList(normalised));
		Sketch[] sketches = new Sketch[n];
		for (int i = 0; i < n; i++) {
			sketches[i] = known.get(normalised[i]);
		}
		Map<String, Integer> firstByText = new HashMap<>(2 * n);
		Buckets buckets = new Buckets(n);
		// comparedWith[c] == i + 1: candidate c was already compared with text i (no set per text)
		int[] comparedWith = new int[n];
		List<Match> result = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			String text = normalised[i];
			if (text.length() < MIN_LENGTH) {
				continue;
			}
			boolean query = i >= firstQuery;
			boolean reference = !query;
			Integer same = query ? firstByText.get(text) : null;
			if (reference) {
				firstByText.putIfAbsent(text, i);
			}
			if (same != null) {
				result.add(new Match(i, same, 1.0));
				continue;
			}
			Match best = null;
			int[] signature = sketches[i].signature();
			for (int band = 0; band < BANDS; band++) {
				long key = bandKey(signature, band);
				if (query) {
					for (int candidate = buckets.first(band, key); candidate >= 0; candidate = buckets.next(band, candidate)) {
						if (comparedWith[candidate] != i + 1) {
							comparedWith[candidate] = i + 1;
							double similarity = jaccard(sketches[i].shingles(), sketches[candidate].shingles());
							if (similarity >= threshold && (best == null || similarity > best.similarity())) {
								best = new Match(i, candidate, similarity);
							}
						}
					}
				}
				if (reference) {
					buckets.add(band, key, i);
				}
			}
			if (best != null) {
				result.add(best);
			}
		}
		return result;
	}

	/**
	 * The texts of each band, by band key: an open-addressing table per band whose slots hold the latest text with
	 * that key, each text linking to the one before it. Primitive arrays, because a map of boxed keys to lists was
	 * a third of the check's time on a large report.
	 */
	private static final class Buckets {
		private final int mask;
		private final long[][] keys = new long[BANDS][];
		private final int[][] heads = new int[BANDS][];
		private final int[][] next = new int[BANDS][];

		Buckets(int texts) {
			int size = Integer.highestOneBit(Math.max(2, texts) * 2 - 1) << 1;
			mask = size - 1;
			for (int band = 0; band < BANDS; band++) {
				keys[band] = new long[size];
				heads[band] = new int[size];
				Arrays.fill(heads[band], -1);
				next[band] = new int[texts];
			}
		}

		/** The latest text with {@code key} in {@code band}, or -1. */
		int first(int band, long key) {
			int slot = slot(band, key);
			return heads[band][slot];
		}

		/** The text before {@code text} with the same key, or -1. */
		int next(int band, int text) {
			return next[band][text];
		}

		void add(int band, long key, int text) {
			int slot = slot(band, key);
			keys[band][slot] = key;
			next[band][text] = heads[band][slot];
			heads[band][slot] = text;
		}

		private int slot(int band, long key) {
			int slot = (int) (key ^ (key >>> 32)) * 0x9E3779B9 & mask;
			while (heads[band][slot] >= 0 && keys[band][slot] != key) {
				slot = (slot + 1) & mask;
			}
			return slot;
		}
	}

	/** Letters and digits only, lower case: "学习不够，深入。" and "学习不够深入" are the same text. */
	public static String normalise(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder sb = new StringBuilder(text.length());
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			if (Character.isLetterOrDigit(c)) {
				sb.appendCodePoint(Character.toLowerCase(c));
			}
			i += Character.charCount(c);
		}
		return sb.toString();
	}

	/** The distinct trigram hashes of a text, sorted (the same values as the trigrams' String hash codes). */
	private static int[] shingles(String text) {
		int count = Math.max(0, text.length() - SHINGLE + 1);
		int[] hashes = new int[count];
		for (int i = 0; i < count; i++) {
			hashes[i] = (text.charAt(i) * 31 + text.charAt(i + 1)) * 31 + text.charAt(i + 2);
		}
		Arrays.sort(hashes);
		int distinct = 0;
		for (int i = 0; i < count; i++) {
			if (i == 0 || hashes[i] != hashes[i - 1]) {
				hashes[distinct++] = hashes[i];
			}
		}
		return Arrays.copyOf(hashes, distinct);
	}

	/**
	 * A MinHash signature by one permutation hashing: each trigram's hash picks one of the 64 rows by its top bits
	 * and competes there with the rest of its bits, so a text costs one hash per trigram instead of 64. Rows no
	 * trigram fell into borrow the value of the next filled row, marked by how far it was borrowed from
	 * (densification), so that two texts still agree on a row with the probability of their similarity.
	 */
	private static int[] signature(int[] shingles) {
		int rows = BANDS * ROWS;
		int[] signature = new int[rows];
		Arrays.fill(signature, Integer.MAX_VALUE);
		for (int shingle : shingles) {
			int hash = mix(shingle, 0);
			int row = hash >>> 26; // 64 rows
			int value = hash & 0x03FF_FFFF;
			if (value < signature[row]) {
				signature[row] = value;
			}
		}
		int[] dense = signature.clone();
		for (int row = 0; row < rows; row++) {
			if (signature[row] == Integer.MAX_VALUE) {
				for (int distance = 1; distance < rows; distance++) {
					int donor = signature[(row + distance) % rows];
					if (donor != Integer.MAX_VALUE) {
						dense[row] = donor + (distance << 26);
						break;
					}
				}
			}
		}
		return dense;
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
