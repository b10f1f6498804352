package org.duizhao.dsl.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.duizhao.dsl.importer.Draft.Entry;

/** Splitting an item's text: the first sentence is its headline, a 比如/例如/如： sentence its example. */
final class Sentences {

	private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.+?[。！？!?])(.*)$", Pattern.DOTALL);
	/** Where an example starts: 比如 / 例如 / 如： / 如, at the start of a sentence (主要表现在 is part of the body). */
	private static final Pattern EXAMPLE = Pattern.compile("(?:^|(?<=[。；;！？!?]))\\s*(?:比如|例如|譬如|如)\\s*[，,：:]\\s*");

	private static final Pattern LEDGER_GROUP = Pattern.compile("[（(]([^（()）]*(?:责任|时限)[^（()）]*)[）)]");
	private static final Pattern RESPONSIBLE = Pattern.compile("(?:责任人|责任领导|牵头领导|责任单位)\\s*[：:]\\s*([^；;，,。（()）]+)[；;，,。]?");
	private static final Pattern DEADLINE = Pattern.compile("(?:完成时限|整改时限|时限)\\s*[：:]\\s*([^；;，,。（()）]+)[；;，,。]?");

	private Sentences() {
	}

	static Entry split(int line, String text, boolean withExample) {
		Matcher m = FIRST_SENTENCE.matcher(text);
		Entry entry;
		if (m.matches()) {
			entry = new Entry(line, m.group(1).strip());
			entry.body = m.group(2).strip();
		} else {
			entry = new Entry(line, text.strip());
		}
		if (withExample) {
			moveExample(entry);
		}
		return entry;
	}

	/** Takes a measure's 责任人 and 时限 out of its text: （责任人：局党组书记；完成时限：2024年6月底前）. */
	static void moveLedger(Entry entry) {
		Matcher group = LEDGER_GROUP.matcher(entry.body);
		String fields = entry.body;
		if (group.find()) {
			fields = group.group(1);
			entry.body = (entry.body.substring(0, group.start()) + entry.body.substring(group.end())).strip();
		}
		Matcher responsible = RESPONSIBLE.matcher(fields);
		if (responsible.find()) {
			entry.responsible = responsible.group(1).strip();
		}
		Matcher deadline = DEADLINE.matcher(fields);
		if (deadline.find()) {
			entry.deadline = deadline.group(1).strip();
		}
		if (fields == entry.body) {
			entry.body = DEADLINE.matcher(RESPONSIBLE.matcher(entry.body).replaceAll("")).replaceAll("").strip();
		}
		entry.body = entry.body.replaceAll("^[；;，,。]+|(?<=[。；;])[。；;]+", "");
	}

	/** Moves the body's example sentence (and what follows it) into the example. */
	static void moveExample(Entry entry) {
		if (entry.example != null) {
			return;
		}
		Matcher m = EXAMPLE.matcher(entry.body);
		if (m.find()) {
			entry.example = entry.body.substring(m.end()).strip();
			entry.body = entry.body.substring(0, m.start()).strip();
		}
	}
}
