package org.duizhao.dsl.depth;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Speeds up a pattern of many alternative words: Java tries every alternative at every character, so knowing the
 * characters a match can begin with lets the search pass over the others at the cost of one bit test (a character
 * class of hundreds of Chinese characters in the pattern itself would be tested one character at a time). Worked out
 * from the pattern; a pattern whose start it cannot tell (a lookbehind, a wide range) gets none.
 */
final class FirstCharacters {

	private FirstCharacters() {
	}

	/** The characters a match of {@code regex} can begin with, if known. */
	static Optional<BitSet> firstOf(String regex) {
		BitSet chars = new BitSet();
		for (String alternative : alternatives(regex)) {
			Optional<BitSet> first = firstOfAlternative(alternative);
			if (first.isEmpty()) {
				return Optional.empty();
			}
			chars.or(first.get());
		}
		return chars.isEmpty() ? Optional.empty() : Optional.of(chars);
	}

	private static Optional<BitSet> firstOfAlternative(String alternative) {
		if (alternative.isEmpty()) {
			return Optional.empty();
		}
		char c = alternative.charAt(0);
		int end;
		Optional<BitSet> first;
		if (c == '(') {
			if (!alternative.startsWith("(?:")) {
				return Optional.empty(); // a lookaround or a capturing group: not worth telling apart
			}
			end = closing(alternative, 0, '(', ')');
			first = end < 0 ? Optional.empty() : firstOf(alternative.substring(3, end));
		} else if (c == '[') {
			end = closing(alternative, 0, '[', ']');
			first = end < 0 ? Optional.empty() : characterClass(alternative.substring(1, end));
		} else if (c == '\\') {
			end = 1;
			first = alternative.length() > 1 ? escaped(alternative.charAt(1)) : Optional.empty();
		} else if (".^$|)*+?{".indexOf(c) >= 0) {
			return Optional.empty();
		} else {
			end = 0;
			BitSet one = new BitSet();
			one.set(c);
			first = Optional.of(one);
		}
		// an optional first piece lets the match begin later
		String rest = end < 0 ? "" : alternative.substring(end + 1);
		if (rest.startsWith("?") || rest.startsWith("*") || rest.startsWith("{0")) {
			return Optional.empty();
		}
		return first;
	}

	private static Optional<BitSet> escaped(char c) {
		BitSet chars = new BitSet();
		if (c == 'd') {
			chars.set('0', '9' + 1);
		} else if ("\\[](){}|.*+?^$-".indexOf(c) >= 0) {
			chars.set(c);
		} else {
			return Optional.empty();
		}
		return Optional.of(chars);
	}

	/** The inside of {@code [...]}: characters, short ranges and \\d; a negated or wide class is not told. */
	private static Optional<BitSet> characterClass(String inside) {
		if (inside.startsWith("^")) {
			return Optional.empty();
		}
		BitSet chars = new BitSet();
		for (int i = 0; i < inside.length(); i++) {
			char c = inside.charAt(i);
			if (c == '\\') {
				if (i + 1 >= inside.length()) {
					return Optional.empty();
				}
				Optional<BitSet> e = escaped(inside.charAt(++i));
				if (e.isEmpty()) {
					return e;
				}
				chars.or(e.get());
			} else if (i + 2 < inside.length() && inside.charAt(i + 1) == '-') {
				char to = inside.charAt(i + 2);
				if (to - c > 64) {
					return Optional.empty();
				}
				chars.set(c, to + 1);
				i += 2;
			} else {
				chars.set(c);
			}
		}
		return Optional.of(chars);
	}

	/** The index of the bracket closing the one at {@code from}, escapes and classes minded. */
	private static int closing(String text, int from, char open, char close) {
		int depth = 0;
		boolean inClass = false;
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\') {
				i++;
				continue;
			}
			if (open == '(' && c == '[' && !inClass) {
				inClass = true;
				continue;
			}
			if (open == '(' && c == ']' && inClass) {
				inClass = false;
				continue;
			}
			if (inClass) {
				continue;
			}
			if (c == open) {
				depth++;
			} else if (c == close) {
				depth--;
				if (depth == 0) {
					return i;
				}
			}
		}
		return -1;
	}

	/** The top-level alternatives of a pattern. */
	private static List<String> alternatives(String regex) {
		List<String> result = new ArrayList<>();
		int depth = 0;
		boolean inClass = false;
		int start = 0;
		for (int i = 0; i < regex.length(); i++) {
			char c = regex.charAt(i);
			if (c == '\\') {
				i++;
			} else if (inClass) {
				inClass = c != ']';
			} else if (c == '[') {
				inClass = true;
			} else if (c == '(') {
				depth++;
			} else if (c == ')') {
				depth--;
			} else if (c == '|' && depth == 0) {
				result.add(regex.substring(start, i));
				start = i + 1;
			}
		}
		result.add(regex.substring(start));
		return result;
	}
}
