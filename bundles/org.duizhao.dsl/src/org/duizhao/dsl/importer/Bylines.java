package org.duizhao.dsl.importer;

import java.util.regex.Pattern;

import org.duizhao.dsl.text.Names;

/**
 * The writer named above or below a report's title: 区政府党组成员、副区长 魏景然 — a position, a space and a name that
 * starts with a surname (not a unit: 某某县财政局 领导班子). The importer takes such a line for the byline, and the
 * checks leave its space alone: one rule for both.
 */
public final class Bylines {

	private static final Pattern BYLINE = Pattern.compile("^[^，。；：:！？]{2,30}?[\\s\u3000]+(?:\\p{IsHan}{2,4}(?<![局委组部院所厅处办会府校队站司行社])|"
			+ Names.DOTTED + ")$");

	private Bylines() {
	}

	public static boolean isByline(String line) {
		ImportVocabulary words = ImportVocabulary.get();
		String text = line.strip();
		if (!BYLINE.matcher(text).matches() || words.mentions("title.words", text) || words.endsWithAny("signature.unit", text)) {
			return false;
		}
		String[] tokens = text.split("[\\s\u3000]+");
		String name = tokens[tokens.length - 1];
		return Names.isDotted(name) || words.list("criticism.surnames").stream().anyMatch(name::startsWith);
	}
}
