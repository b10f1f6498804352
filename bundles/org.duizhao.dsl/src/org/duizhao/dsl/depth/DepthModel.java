package org.duizhao.dsl.depth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A small trained model for a check word patterns could not reach on wording they had not seen (摆成绩, 批评像希望): a
 * logistic regression over the character 1- to 3-grams of a statement, digits folded to 0, whose weights
 * {@code releng/review-model/train.py} learned from the development half of the labelled corpus and wrote as data
 * ({@code <check>.weights} beside this class). A statement is flagged when its score passes the threshold written
 * with the weights; the words a reviewer is shown are the clause that carries most of the score.
 */
public final class DepthModel {

	/** A clause of a statement: the span the finding is shown on. */
	public record Span(int offset, int length) {
	}

	private final double threshold;
	private final double bias;
	private final Map<String, Float> weights;

	private DepthModel(double threshold, double bias, Map<String, Float> weights) {
		this.threshold = threshold;
		this.bias = bias;
		this.weights = weights;
	}

	/** The model of {@code name}.weights in this package. */
	public static DepthModel load(String name) {
		try (InputStream in = DepthModel.class.getResourceAsStream(name + ".weights")) {
			if (in == null) {
				throw new IllegalStateException("missing model " + name + ".weights");
			}
			return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static DepthModel read(BufferedReader reader) throws IOException {
		double threshold = 0;
		double bias = 0;
		Map<String, Float> weights = new HashMap<>();
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			int tab = line.lastIndexOf('\t');
			if (line.startsWith("#") || tab < 0) {
				continue;
			}
			String key = line.substring(0, tab).replace("\\t", "\t").replace("\\\\", "\\");
			double value = Double.parseDouble(line.substring(tab + 1));
			switch (key) {
			case "threshold" -> threshold = value;
			case "bias" -> bias = value;
			default -> weights.put(key, (float) value);
			}
		}
		return new DepthModel(threshold, bias, weights);
	}

	public boolean flags(String text) {
		return score(text) > threshold;
	}

	/** The model's score: the bias and the weight of every distinct n-gram of the text, as the trainer adds them. */
	public double score(String text) {
		int[] points = normalized(text);
		Set<String> seen = new HashSet<>();
		double sum = bias;
		for (int n = 1; n <= 3; n++) {
			for (int i = 0; i + n <= points.length; i++) {
				String gram = new String(points, i, n);
				if (seen.add(gram)) {
					Float weight = weights.get(gram);
					sum += weight == null ? 0 : weight;
				}
			}
		}
		return sum;
	}

	/** The clause (between punctuation) whose n-grams weigh most towards the finding. */
	public Span strongestClause(String text) {
		int bestStart = 0;
		int bestEnd = text.length();
		double best = Double.NEGATIVE_INFINITY;
		int start = 0;
		for (int i = 0; i <= text.length(); i++) {
			if (i == text.length() || "，。；！？、：,;".indexOf(text.charAt(i)) >= 0) {
				if (i > start) {
					double weight = clauseWeight(text.substring(start, i));
					if (weight > best) {
						best = weight;
						bestStart = start;
						bestEnd = i;
					}
				}
				start = i + 1;
			}
		}
		return new Span(bestStart, bestEnd - bestStart);
	}

	private double clauseWeight(String clause) {
		String folded = new String(normalized(clause), 1, clause.codePointCount(0, clause.length()));
		double sum = 0;
		for (int n = 1; n <= 3; n++) {
			for (int i = 0; i + n <= folded.length(); i++) {
				Float weight = weights.get(folded.substring(i, i + n));
				sum += weight == null ? 0 : weight;
			}
		}
		return sum;
	}

	/** The text's code points as the trainer sees them: lower case, digits as 0, between ^ and $. */
	private static int[] normalized(String text) {
		int[] points = new int[text.codePointCount(0, text.length()) + 2];
		points[0] = '^';
		int k = 1;
		for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
			int c = text.codePointAt(i);
			if (c >= '0' && c <= '9' || c >= '０' && c <= '９') {
				c = '0';
			} else if (c < 128) {
				c = Character.toLowerCase(c);
			}
			points[k++] = c;
		}
		points[k] = '$';
		return points;
	}
}
