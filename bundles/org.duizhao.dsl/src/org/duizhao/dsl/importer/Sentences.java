package org.duizhao.dsl.importer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.duizhao.dsl.text.Deadlines;
import org.duizhao.dsl.text.StatedDeadlines;
import org.duizhao.dsl.text.Typography;

/** Splitting an item's text: the first sentence is its headline, a 比如/例如 sentence its example, ledger fields. */
final class Sentences {

	/** A headline and the text after it. */
	record Split(String headline, String body) {
	}

	/** A body without its example, and the example. */
	record Example(String body, Optional<String> example) {
	}

	/** A measure's text without its ledger fields, and the fields. */
	record Ledger(String body, Optional<String> responsible, Optional<String> deadline) {
	}

	/** The marks that end a sentence (or a clause that stands for one): 。；！？ and their half-width forms. */
	static final Pattern END = Pattern.compile("[。；;！？!?]|" + Typography.HALF_WIDTH_STOP);

	private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.+?(?:[。！？!?]|" + Typography.HALF_WIDTH_STOP + "))(.*)$", Pattern.DOTALL);
	private static final Pattern EXAMPLE = Pattern.compile("(?:^|(?<=[。；;！？!?])|(?<=" + Typography.HALF_WIDTH_STOP + "))\\s*(?:"
			+ String.join("|", ImportVocabulary.get().list("example").stream().map(Pattern::quote).toList()) + ")\\s*[，,：:]\\s*");
	private static final Pattern LEDGER_GROUP = Pattern.compile("[（(]([^（()）]*(?:责任|时限|牵头|由[^（()）]{2,20}负责)[^（()）]*)[）)]");
	/** Brackets that hold only a deadline: （2026年6月底前完成）, （立行立改）. */
	private static final Pattern BRACKETS = Pattern.compile("[（(]([^（()）]{2,20})[）)]");
	/** 由局办公室牵头 / 由某某负责, in the ledger's brackets: who answers for the measure. */
	private static final Pattern LED_BY = Pattern.compile("由([^；;。，,（()）]{2,20})(?:牵头|负责)(?:落实|实施)?[；;，,。]?");
	/** What a deadline in brackets may add: 2026年6月底前完成. */
	private static final Pattern DONE_WORD = Pattern.compile("(?:完成|办结|到位)$");
	/** A day's date without 前: when something happened, not by when it will. */
	private static final Pattern DAY = Pattern.compile("\\d{1,2}日$");
	/**
	 * A 责任人 ends where the 时限 starts (when the two stood on lines of their own and were joined), at a ； or a full
	 * stop, or before a date: several people or units are listed with commas (驻局纪检监察组配合，党组成员、机关党委书记陈某；),
	 * but a comma before the rest of a sentence or before another label ends it (明确责任人：张某，定期督查进度。).
	 */
	/** The labels of who answers for a measure. */
	private static final String RESPONSIBLE_LABELS = "(?:责任人|责任领导|牵头领导|牵头单位|责任单位|牵头)";
	private static final Pattern RESPONSIBLE = Pattern
			.compile(RESPONSIBLE_LABELS + "\\s*[：:]\\s*([^；;。（()）]+?)"
					+ "(?=[，,]?(?:完成时限|整改时限|时限)|[；;。（()）]|[，,]\\s*[0-9０-９]{4}\\s*年|[，,][^；;]*。|[，,][^，,；;：:]{1,8}[：:]|$)[；;，,。]?");
	private static final Pattern LAYOUT_SPACE = Pattern.compile("(?<=\\p{IsHan})[ \\u3000]+(?=\\p{IsHan})");
	/** A headline's last clause, after its last comma, up to its stop. */
	private static final Pattern LAST_CLAUSE = Pattern.compile("[，,]\\s*([^，,。；;]+?)[。；;]?\\s*$");
	/** Labelled fields after a headline's last comma, up to its stop: ，责任人：张某，完成时限：长期坚持。 */
	private static final Pattern TRAILING_FIELDS = Pattern.compile("[，,；;]\\s*((?:" + RESPONSIBLE_LABELS
			+ "|完成时限|整改时限|时限)\\s*[：:][^。（()）]*?)[。；;]?\\s*$");
	/** A 时限 ends at a ； or a stop, or where a 责任人 follows it on the same line after a space (时限：长期坚持　责任人：……). */
	private static final Pattern DEADLINE = Pattern.compile("(?:完成时限|整改时限|时限)\\s*[：:]\\s*([^；;，,。（()）]+?)"
			+ "(?=\\s*" + RESPONSIBLE_LABELS + "\\s*[：:]|[；;，,。（()）]|$)[；;，,。]?");

	private Sentences() {
	}

	static Split split(String text) {
		Matcher m = FIRST_SENTENCE.matcher(text.strip());
		return m.matches() ? new Split(m.group(1).strip(), m.group(2).strip()) : new Split(text.strip(), "");
	}

	/** Whether the text so far ends a sentence (so that what is appended may start an example). */
	static boolean endsSentence(CharSequence text) {
		return text.length() > 0 && END.matcher(text).region(text.length() - 1, text.length()).useTransparentBounds(true).matches();
	}

	/** The body's example sentence (and what follows it) as the example. */
	static Example example(String body) {
		Matcher m = EXAMPLE.matcher(body);
		if (m.find()) {
			return new Example(body.substring(0, m.start()).strip(), Optional.of(body.substring(m.end()).strip()));
		}
		return new Example(body, Optional.empty());
	}

	/** The first brackets that hold only a deadline (（2026年6月底前完成）, （立行立改）), or null. */
	private static Matcher deadlineOnly(String body) {
		if (RESPONSIBLE.matcher(body).find() || DEADLINE.matcher(body).find()) {
			return null; // labelled fields elsewhere in the text are the ledger's
		}
		Matcher m = BRACKETS.matcher(body);
		while (m.find()) {
			String said = DONE_WORD.matcher(m.group(1).strip()).replaceFirst("");
			// at the end of the measure, and not the date of a speech or a document (2024年1月8日) it cites
			if (body.substring(m.end()).matches("[。；;，,]?\\s*") && Deadlines.isValid(said) && !DAY.matcher(said).find()) {
				return m;
			}
		}
		return null;
	}

	/**
	 * The fields of a measure's headline: in brackets before its stop (每季度开展1次专题研讨（责任人：党组书记）。),
	 * or labelled after its last comma (每月撰写心得1篇，完成时限：长期坚持。); none else: a headline's plain words
	 * (逐项明确整改时限：每月通报, 整改时限：每月通报 that names no date) are no fields.
	 */
	static Optional<Ledger> ledgerInHeadline(String headline) {
		if (!LEDGER_GROUP.matcher(headline).find() && deadlineOnly(headline) == null) {
			return trailingFields(headline);
		}
		Ledger ledger = ledger(headline);
		return ledger.responsible().isEmpty() && ledger.deadline().isEmpty() ? Optional.empty()
				: Optional.of(new Ledger(Typography.asSentence(ledger.body()), ledger.responsible(), ledger.deadline()));
	}

	/**
	 * ……先听取承办人意见再发表意见，长期坚持。— a measure of one sentence whose last clause is 长期坚持 or 立行立改 says its
	 * 时限 so, as it would in brackets; 立即整改 or 持续推进 there are what the measure does (对群众反映的问题，立即整改。).
	 */
	static Optional<Ledger> termAtTheEnd(String headline) {
		Matcher term = LAST_CLAUSE.matcher(headline);
		if (!term.find() || !ImportVocabulary.get().list("measure.termAtEnd").contains(term.group(1).strip())) {
			return Optional.empty();
		}
		return Optional.of(new Ledger(Typography.asSentence(headline.substring(0, term.start())), Optional.empty(), Optional.of(term.group(1).strip())));
	}

	private static Optional<Ledger> trailingFields(String headline) {
		Matcher m = TRAILING_FIELDS.matcher(headline);
		if (!m.find()) {
			return Optional.empty();
		}
		Ledger fields = ledger(m.group(1));
		boolean onlyFields = fields.body().replaceAll("[\\s，,；;。]", "").isEmpty();
		return onlyFields && fields.deadline().map(StatedDeadlines::isDate).orElse(true)
				? Optional.of(new Ledger(Typography.asSentence(headline.substring(0, m.start())), fields.responsible(), fields.deadline()))
				: Optional.empty();
	}

	/** A measure's 责任人 and 时限 taken out of its text: （责任人：局党组书记；完成时限：2024年6月底前）. */
	static Ledger ledger(String body) {
		Matcher group = LEDGER_GROUP.matcher(body);
		boolean bracketed = group.find() || (group = deadlineOnly(body)) != null;
		String fields = bracketed ? group.group(1) : body;
		String rest = bracketed ? (body.substring(0, group.start()) + body.substring(group.end())).strip() : body;
		Matcher responsible = RESPONSIBLE.matcher(fields);
		Matcher ledBy = LED_BY.matcher(fields);
		Optional<String> who = responsible.find() ? Optional.of(responsible.group(1).strip())
				: bracketed && ledBy.find() ? Optional.of(ledBy.group(1).strip()) : Optional.empty();
		if (bracketed && who.isPresent() && !responsible.reset().find()) {
			fields = LED_BY.matcher(fields).replaceFirst("");
		}
		Matcher deadline = DEADLINE.matcher(fields);
		Optional<String> when = deadline.find() ? Optional.of(deadline.group(1).strip()) : Optional.empty();
		if (bracketed) {
			String left = DONE_WORD.matcher(DEADLINE.matcher(RESPONSIBLE.matcher(fields).replaceAll("")).replaceAll("")
					.replaceAll("[\\s；;，,。：:]", "")).replaceFirst("");
			// （责任人：局长某某，2025年6月底）: in the ledger's brackets a date without its label is the 时限
			if (when.isEmpty() && Deadlines.isValid(left)) {
				when = Optional.of(left);
				left = "";
			}
			if (!left.isEmpty()) {
				// what the brackets say besides the fields stays in the text, in its brackets: nothing is lost, and the
				// fields are not there twice (the export writes them after the text)
				String besides = DEADLINE.matcher(RESPONSIBLE.matcher(fields).replaceAll("")).replaceAll("").replaceAll("^[；;，,\\s]+|[；;，,\\s]+$", "");
				rest = (body.substring(0, group.start()) + "（" + besides + "）" + body.substring(group.end())).strip();
			}
		} else {
			rest = DEADLINE.matcher(RESPONSIBLE.matcher(body).replaceAll("")).replaceAll("").strip();
		}
		// 党组书记、局长 彭远 in a table's cell: the space between post and name is the cell's layout, not the 责任人's
		return new Ledger(rest.replaceAll("^[；;，,。]+|(?<=[。；;])[。；;]+", ""), who.map(w -> LAYOUT_SPACE.matcher(w).replaceAll("")), when);
	}
}
