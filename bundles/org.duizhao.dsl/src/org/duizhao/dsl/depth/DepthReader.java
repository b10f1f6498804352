package org.duizhao.dsl.depth;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judges a statement as a reviewer would: which depth checks it triggers, and on which words. Each check is a few
 * patterns and the condition that turns them round (a denied excuse, a named fault), all data in depth.properties;
 * how well each decides is measured on the labelled corpus ({@link DepthEvaluation}).
 */
public final class DepthReader {

	/** A check a statement triggers, on the characters {@code [offset, offset + length)} of its text. */
	public record Hit(DepthCheck check, int offset, int length) {
	}

	private static final String[] FACTS = { "fact.number", "fact.time", "fact.document", "fact.meeting", "fact.named" };
	private static final Pattern SENTENCE_END = Pattern.compile("[。！？；]");

	private static final DepthModel ACHIEVEMENT = DepthModel.load("achievement");
	private static final DepthModel HOPE = DepthModel.load("criticism.as.hope");
	private static final DepthModel PRAISE = DepthModel.load("disguised.praise");

	private final DepthWords words;

	public DepthReader(DepthWords words) {
		this.words = words;
	}

	public List<Hit> judge(Statement statement) {
		String text = statement.text();
		List<Hit> hits = new ArrayList<>();
		switch (statement.kind()) {
		case PROBLEM -> problem(text, statement.personal(), hits);
		case CAUSE -> first("objective", text).filter(m -> !words.contains("denial", text) && !namesSubjectiveRoot(text)
				&& !words.contains("selfcritical", text))
				.ifPresent(m -> hits.add(hit(DepthCheck.OBJECTIVE_CAUSE, m)));
		case CRITICISM -> criticism(text, hits);
		}
		return hits;
	}

	/** Hope words with no fault named, or what the model learned such criticisms read like. */
	private void criticism(String text, List<Hit> hits) {
		Optional<MatchResult> hope = first("hope", text).filter(m -> !words.contains("fault", text) && !hasFact(text));
		if (hope.isPresent()) {
			hits.add(hit(DepthCheck.CRITICISM_AS_HOPE, hope.get()));
		} else if (HOPE.flags(text)) {
			hits.add(modelHit(DepthCheck.CRITICISM_AS_HOPE, HOPE, text));
		}
	}

	private static Hit modelHit(DepthCheck check, DepthModel model, String text) {
		DepthModel.Span clause = model.strongestClause(text);
		return new Hit(check, clause.offset(), clause.length());
	}

	/** A virtue the statement says is lacking or feared (冲锋在前不够, 担心得罪人): a real fault, not praise. */
	private boolean turnedRound(String text, MatchResult praise) {
		String before = text.substring(Math.max(0, praise.start() - 8), praise.start());
		String after = text.substring(praise.end(), Math.min(text.length(), praise.end() + 6));
		return words.contains("praise.before", before) || words.contains("praise.after", after);
	}

	/** Whether a cause names a subjective root (理想信念, 宗旨意识 …). */
	public boolean namesSubjectiveRoot(String cause) {
		return words.contains("subjective", cause);
	}

	private void problem(String text, boolean personal, List<Hit> hits) {
		if (personal) {
			first("others", text).filter(m -> !words.contains("self", text))
					.ifPresent(m -> hits.add(hit(DepthCheck.INDIRECT_VOICE, m)));
		}
		Optional<MatchResult> praise = first("praise", text).filter(m -> !turnedRound(text, m));
		if (praise.isPresent()) {
			hits.add(hit(DepthCheck.DISGUISED_PRAISE, praise.get()));
		} else if (PRAISE.flags(text)) {
			hits.add(modelHit(DepthCheck.DISGUISED_PRAISE, PRAISE, text));
		}
		Optional<MatchResult> achievement = first("achievement", text).filter(m -> !words.contains("shortfall", text));
		if (achievement.isPresent()) {
			hits.add(hit(DepthCheck.ACHIEVEMENT, achievement.get()));
		} else if (ACHIEVEMENT.flags(text) && !words.contains("burden", text)) {
			// the model reads counts of work done as results; one that says the work weighs too much (……迎检负担重)
			// confesses it
			hits.add(modelHit(DepthCheck.ACHIEVEMENT, ACHIEVEMENT, text));
		}
		if (!hasFact(text)) {
			// nothing concrete anywhere: the headline, the sentence a reviewer reads first, carries the finding
			Matcher end = SENTENCE_END.matcher(text);
			int length = end.find() ? end.end() : text.length();
			hits.add(new Hit(DepthCheck.VAGUE, 0, length));
		}
	}

	/** A count, date, named document, meeting, project, place or unit, set phrases (两张皮) not counted. */
	public boolean hasFact(String text) {
		String plain = blankIdioms(text);
		for (String key : FACTS) {
			if (words.contains(key, plain)) {
				return true;
			}
		}
		return false;
	}

	private String blankIdioms(String text) {
		Matcher idiom = words.pattern("idiom").matcher(text);
		StringBuilder sb = new StringBuilder(text);
		while (idiom.find()) {
			for (int i = idiom.start(); i < idiom.end(); i++) {
				sb.setCharAt(i, '　');
			}
		}
		return sb.toString();
	}

	private Optional<MatchResult> first(String key, String text) {
		return words.find(key, text);
	}

	private static Hit hit(DepthCheck check, MatchResult m) {
		return new Hit(check, m.start(), m.end() - m.start());
	}
}
