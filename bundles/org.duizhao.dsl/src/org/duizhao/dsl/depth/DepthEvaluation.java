package org.duizhao.dsl.depth;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Precision and recall of each statement check on labelled statements (the corpus in review-corpus: a development
 * half the word lists were tuned on, and a held-out half that measures them).
 */
public final class DepthEvaluation {

	/** A statement and the checks it should trigger, by label (vague, objective.cause …; none is the empty set). */
	public record Labelled(Statement statement, Set<String> labels, int line) {
	}

	/** How one check did: the statements it rightly and wrongly flagged, and those it missed. */
	public record Score(DepthCheck check, int truePositives, int falsePositives, int falseNegatives, List<Integer> wrong) {

		public double precision() {
			int flagged = truePositives + falsePositives;
			return flagged == 0 ? 1.0 : (double) truePositives / flagged;
		}

		public double recall() {
			int labelled = truePositives + falseNegatives;
			return labelled == 0 ? 1.0 : (double) truePositives / labelled;
		}
	}

	private DepthEvaluation() {
	}

	/** One score per statement check, in the order of {@link DepthCheck}. */
	public static Map<DepthCheck, Score> evaluate(DepthReader reader, List<Labelled> corpus) {
		Map<DepthCheck, int[]> counts = new EnumMap<>(DepthCheck.class);
		Map<DepthCheck, List<Integer>> wrong = new EnumMap<>(DepthCheck.class);
		for (DepthCheck check : DepthCheck.values()) {
			if (check.judges() != null) {
				counts.put(check, new int[3]);
				wrong.put(check, new ArrayList<>());
			}
		}
		for (Labelled labelled : corpus) {
			List<DepthReader.Hit> hits = reader.judge(labelled.statement());
			for (DepthCheck check : counts.keySet()) {
				if (check.judges() != labelled.statement().kind()) {
					continue;
				}
				boolean flagged = hits.stream().anyMatch(h -> h.check() == check);
				boolean expected = labelled.labels().contains(check.label());
				int[] c = counts.get(check);
				if (flagged && expected) {
					c[0]++;
				} else if (flagged) {
					c[1]++;
					wrong.get(check).add(labelled.line());
				} else if (expected) {
					c[2]++;
					wrong.get(check).add(-labelled.line());
				}
			}
		}
		Map<DepthCheck, Score> scores = new EnumMap<>(DepthCheck.class);
		counts.forEach((check, c) -> scores.put(check, new Score(check, c[0], c[1], c[2], List.copyOf(wrong.get(check)))));
		return scores;
	}

	/** Reads the corpus format: labels, kind (问题/原因/批评), scope (班子/个人), text, tab-separated. */
	public static List<Labelled> parse(String tsv) {
		List<Labelled> result = new ArrayList<>();
		int line = 0;
		for (String row : tsv.split("\n")) {
			line++;
			String[] cells = row.split("\t");
			if (row.isBlank() || row.startsWith("#") || cells.length < 4) {
				continue;
			}
			Statement.Kind kind = switch (cells[1].strip()) {
			case "问题" -> Statement.Kind.PROBLEM;
			case "原因" -> Statement.Kind.CAUSE;
			default -> Statement.Kind.CRITICISM;
			};
			Set<String> labels = cells[0].strip().equals("none") ? Set.of() : Set.of(cells[0].strip().split(","));
			result.add(new Labelled(new Statement(kind, cells[2].strip().equals("个人"), cells[3].strip()), labels, line));
		}
		return result;
	}
}
