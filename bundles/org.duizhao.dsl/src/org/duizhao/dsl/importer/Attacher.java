package org.duizhao.dsl.importer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.duizhao.dsl.importer.Draft.Entry;

/**
 * Causes and measures are usually written once for the whole report. Each is given the aspect it names; otherwise,
 * when there are as many as aspects, the aspect at its position; otherwise the aspect whose problems share the most
 * words with it. How each was placed goes into the summary.
 */
final class Attacher {

	private Attacher() {
	}

	static void attach(Draft draft) {
		List<Draft.Aspect> aspects = draft.aspects.stream().filter(a -> a.id != null).toList();
		place(draft, aspects, draft.causes, "原因", true);
		place(draft, aspects, draft.measures, "措施", false);
	}

	private static void place(Draft draft, List<Draft.Aspect> aspects, List<Entry> items, String kind, boolean causes) {
		for (int i = 0; i < items.size(); i++) {
			Entry item = items.get(i);
			Draft.Aspect target = named(aspects, item.headline);
			String how = ImportMessages.AttachedByName;
			if (target == null) {
				target = named(aspects, item.headline + item.body);
			}
			if (target == null && items.size() == aspects.size()) {
				target = aspects.get(i);
				how = ImportMessages.AttachedByPosition;
			} else if (target == null && !aspects.isEmpty()) {
				target = mostSimilar(aspects, item);
				how = ImportMessages.AttachedBySimilarity;
			}
			if (target == null) {
				draft.tailNotes.add("第 " + item.line + " 行：" + kind + "：" + item.headline + item.body);
				draft.attachments.add(new Draft.Attachment(kind, item.line, item.headline, null, ImportMessages.AttachedNowhere));
				continue;
			}
			(causes ? target.causes : target.measures).add(item);
			draft.attachments.add(new Draft.Attachment(kind, item.line, item.headline, target.id, how));
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

	private static Draft.Aspect mostSimilar(List<Draft.Aspect> aspects, Entry item) {
		Set<String> words = bigrams(item.headline + item.body);
		Draft.Aspect best = aspects.get(0);
		double bestScore = -1;
		for (Draft.Aspect aspect : aspects) {
			StringBuilder text = new StringBuilder(aspect.heading);
			aspect.problems.forEach(p -> text.append(p.headline).append(p.body).append(p.example == null ? "" : p.example));
			Set<String> theirs = bigrams(text.toString());
			Set<String> shared = new HashSet<>(words);
			shared.retainAll(theirs);
			Set<String> union = new HashSet<>(words);
			union.addAll(theirs);
			double score = union.isEmpty() ? 0 : (double) shared.size() / union.size();
			if (score > bestScore) {
				best = aspect;
				bestScore = score;
			}
		}
		return best;
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
