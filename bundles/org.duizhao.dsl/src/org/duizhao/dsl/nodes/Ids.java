package org.duizhao.dsl.nodes;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.Token;
import org.duizhao.dsl.parser.antlr.internal.InternalDuizhaoLexer;
import org.duizhao.model.Item;
import org.duizhao.model.ItemKind;
import org.duizhao.model.Report;

/** Fresh ids for items that fixes and templates insert. */
public final class Ids {

	private static final Pattern NUMBERED_ID = Pattern.compile("([A-Za-z]+)(\\d+)");

	private Ids() {
	}

	/**
	 * Whether {@code text} can be an id, as the language's own lexer decides: one ID token (Latin or Chinese, 学习1),
	 * not a keyword (问题, 对), nothing else.
	 */
	public static boolean isId(String text) {
		if (text == null || text.isEmpty()) {
			return false;
		}
		InternalDuizhaoLexer lexer = new InternalDuizhaoLexer(
				new ANTLRStringStream(text));
		Token token = lexer.nextToken();
		return token.getType() == InternalDuizhaoLexer.RULE_ID
				&& token.getText().equals(text) && lexer.nextToken().getType() == Token.EOF;
	}

	/** The id prefix of items of a kind: P for problems, C for causes, M for measures. */
	public static String prefix(ItemKind kind) {
		return switch (kind) {
		case PROBLEM -> "P";
		case CAUSE -> "C";
		case MEASURE -> "M";
		};
	}

	/** The next free id for an item of a kind. */
	public static String fresh(Report report, ItemKind kind, Set<String> reserved) {
		return fresh(report, prefix(kind), reserved);
	}

	/** The next free id with a prefix (P, C, M), skipping ids already given out ({@code reserved}, updated). */
	public static String fresh(Report report, String prefix, Set<String> reserved) {
		Set<String> taken = new HashSet<>(reserved);
		int max = 0;
		for (Item item : Reports.items(report)) {
			if (item.getName() == null) {
				continue;
			}
			taken.add(item.getName());
			Matcher m = NUMBERED_ID.matcher(item.getName());
			if (m.matches() && m.group(1).equals(prefix)) {
				max = Math.max(max, Integer.parseInt(m.group(2)));
			}
		}
		int n = max + 1;
		while (taken.contains(prefix + n)) {
			n++;
		}
		String id = prefix + n;
		reserved.add(id);
		return id;
	}
}
