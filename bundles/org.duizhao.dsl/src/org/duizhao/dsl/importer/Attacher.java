package org.duizhao.dsl.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.duizhao.dsl.importer.Draft.Entry;

/**
 * Causes and measures are usually written once for the whole report. Each is given the aspect it names; otherwise,
 * when there are as many as aspects, the aspect at its position; otherwise the aspect whose problems share the most
 * words with it. Words are character pairs weighted by how few aspects use them (so 不够 counts for little and 廉政
 * for much), and since reports write causes and measures in the order of the aspects, the choice keeps that order.
 * How each was placed goes into the summary.
 */
final class Attacher {

	private static final double IMPOSSIBLE = -1e9;

	private Attacher() {
	}

	static void attach(Draft draft) {
		List<Draft.Aspect> aspects = draft.aspects.stream().filter(a -> a.id != null).toList();
		place(draft, aspects, draft.causes, "原因", true);
		place(draft, aspects, draft.measures, "措施", false);
	}

	private static void place(Draft draft, List<Draft.Aspect> aspects, List<Entry> items, String kind, boolean causes) {
		if (aspects.isEmpty()) {
			for (Entry item : items) {
				draft.tailNotes.add("第 " + item.line + " 行：" + kind + "：" + item.headline + item.body);
				draft.attachments.add(new Draft.Attachment(kind, item.line, item.headline, null, ImportMessages.AttachedNowhere));
			}
			return;
		}
		Draft.Aspect[] targets = new Draft.Aspect[items.size()];
		String[] how = new String[items.size()];
		double[][] score = similarity(aspects, items);
		for (int i = 0; i < items.size(); i++) {
			Entry item = items.get(i);
			Draft.Aspect named = named(aspects, item.headline);
			targets[i] = named != null ? named : named(aspects, item.headline + item.body);
			if (targets[i] != null) {
				how[i] = ImportMessages.AttachedByName;
				for (int j = 0; j < aspects.size(); j++) {
					score[i][j] = aspects.get(j) == targets[i] ? 0 : IMPOSSIBLE;
				}
			} else {
				how[i] = items.size() == aspects.size() ? ImportMessages.AttachedByPosition : ImportMessages.AttachedBySimilarity;
			}
		}
		int[] chosen = inOrder(score, aspects.size(), items.size() >= aspects.size());
		if (chosen == null) {
			chosen = inOrder(score, aspects.size(), false); // too few for every aspect around the named ones
		}
		if (chosen == null) {
			chosen = bestEach(score); // named ones out of the aspects' order: each on its own
		}
		for (int i = 0; i < items.size(); i++) {
			targets[i] = aspects.get(chosen[i]);
		}
		for (int i = 0; i < items.size(); i++) {
			(causes ? targets[i].causes : targets[i].measures).add(items.get(i));
			draft.attachments.add(new Draft.Attachment(kind, items.get(i).line, items.get(i).headline, targets[i].id, how[i]));
		}
	}

	/** The one aspect a text names (by id or by what its heading says), or {@code null}. */
	private static Draft.Aspect named(List<Draft.Aspect> aspects, String text) {
		Draft.Aspect found = null;
		for (Draft.Aspect aspect : aspects) {
			if (text.contains(aspect.id) || text.contains(AspectMatcher.core(aspect.heading))) {
				if (found != null) {
					return null;
				}
				found = aspect;
			}
		}
		return found;
	}

	/**
	 * For each item the index of an aspect such that the indices never decrease and the summed score is the largest
	 * (dynamic programming over items × aspects). With {@code cover}, every aspect gets at least one item, as a
	 * complete report has a cause and a measure for each; {@code null} when no choice avoids an impossible score.
	 */
	private static int[] inOrder(double[][] score, int m, boolean cover) {
		int n = score.length;
		if (n == 0) {
			return new int[0];
		}
		double[][] best = new double[n][m];
		int[][] from = new int[n][m];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < m; j++) {
				best[i][j] = Double.NEGATIVE_INFINITY;
				if (cover && (j > i || m - 1 - j > n - 1 - i)) {
					continue; // too few items before or after to give every aspect one
				}
				if (i == 0) {
					best[i][j] = cover && j > 0 ? Double.NEGATIVE_INFINITY : score[i][j];
					continue;
				}
				for (int k = cover ? Math.max(0, j - 1) : 0; k <= j; k++) {
					if (best[i - 1][k] + score[i][j] > best[i][j]) {
						best[i][j] = best[i - 1][k] + score[i][j];
						from[i][j] = k;
					}
				}
			}
		}
		int j = cover ? m - 1 : 0;
		for (int k = 0; !cover && k < m; k++) {
			if (best[n - 1][k] > best[n - 1][j]) {
				j = k;
			}
		}
		if (best[n - 1][j] < IMPOSSIBLE / 2) {
			return null;
		}
		int[] chosen = new int[n];
		for (int i = n - 1; i >= 0; i--) {
			chosen[i] = j;
			j = from[i][j];
		}
		return chosen;
	}

	private static int[] bestEach(double[][] score) {
		int[] chosen = new int[score.length];
		for (int i = 0; i < score.length; i++) {
			for (int j = 1; j < score[i].length; j++) {
				if (score[i][j] > score[i][chosen[i]]) {
					chosen[i] = j;
				}
			}
		}
		return chosen;
	}

	/** Shared character pairs between each item and each aspect's heading and problems, weighted by rarity. */
	private static double[][] similarity(List<Draft.Aspect> aspects, List<Entry> items) {
		List<Set<String>> aspectWords = new ArrayList<>();
		Map<String, Integer> spread = new HashMap<>();
		for (Draft.Aspect aspect : aspects) {
			StringBuilder text = new StringBuilder(aspect.heading);
			aspect.problems.forEach(p -> text.append(p.headline).append(p.body).append(p.example == null ? "" : p.example));
			Set<String> words = bigrams(text.toString());
			aspectWords.add(words);
			words.forEach(w -> spread.merge(w, 1, Integer::sum));
		}
		double[][] score = new double[items.size()][aspects.size()];
		for (int i = 0; i < items.size(); i++) {
			Set<String> words = bigrams(items.get(i).headline + items.get(i).body);
			for (int j = 0; j < aspects.size(); j++) {
				for (String word : words) {
					if (aspectWords.get(j).contains(word)) {
						score[i][j] += Math.log(1.0 + (double) aspects.size() / spread.get(word));
					}
				}
			}
		}
		return score;
	}

	/** Pairs of adjacent Chinese characters: the words of Chinese text without a dictionary. */
	private static Set<String> bigrams(String text) {
		String han = text.replaceAll("[^\\p{IsHan}]", "");
		Set<String> result = new HashSet<>();
		for (int i = 0; i + 2 <= han.length(); i++) {
			result.add(han.substring(i, i + 2));
		}
		return result;
	}
}
