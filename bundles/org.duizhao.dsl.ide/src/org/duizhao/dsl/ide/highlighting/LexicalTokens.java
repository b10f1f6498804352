package org.duizhao.dsl.ide.highlighting;

import java.util.Arrays;
import java.util.Iterator;
import java.util.function.Consumer;

import org.duizhao.dsl.text.TextChange;

/**
 * The lexical tokens of an editor's text, kept in step with it. A report is one long run of tokens in which a text
 * may span lines, so after a change the tokens are lexed again from shortly before it until they fall in step with
 * the old ones (a token starting where an old one started, past the change): at 1 MB a keystroke re-lexes a few
 * tokens instead of the whole report, and only those characters need colouring again.
 */
public final class LexicalTokens {

	/** The characters whose tokens changed with an update, in the new text. */
	public record Damage(int offset, int length) {
	}

	/** How many tokens before the one the change touches are lexed again: the lexer may have looked ahead. */
	private static final int LOOK_BEHIND = 2;

	private final Highlighter highlighter;
	private String text = "";
	private int count;
	private int[] offsets = new int[0];
	private int[] lengths = new int[0];
	private String[] styles = new String[0];

	public LexicalTokens(Highlighter highlighter) {
		this.highlighter = highlighter;
	}

	/** Brings the tokens in line with {@code now}; what changed. */
	public Damage update(String now) {
		if (now.equals(text)) {
			return new Damage(0, 0);
		}
		TextChange change = TextChange.between(text, now);
		int prefix = change.start();
		int delta = change.delta();
		int changeEndOld = change.oldEnd();
		int changeEndNew = change.newEnd();
		int first = prefix == 0 ? 0 : Math.max(0, lastStartingAtOrBefore(prefix - 1) - LOOK_BEHIND);
		int from = first < count ? Math.min(offsets[first], prefix) : Math.min(prefix, endOfTokens());
		Tokens lexed = new Tokens();
		int resync = count;
		int old = firstStartingAtOrAfter(changeEndOld);
		for (Iterator<StyledRange> tokens = highlighter.tokens(now, from); tokens.hasNext();) {
			StyledRange token = tokens.next();
			if (token.offset() >= changeEndNew) {
				while (old < count && offsets[old] < token.offset() - delta) {
					old++;
				}
				if (old < count && offsets[old] == token.offset() - delta) {
					resync = old; // the same text from the same kind of place on: the same tokens
					break;
				}
			}
			lexed.add(token);
		}
		int end = resync < count ? offsets[resync] + delta : now.length();
		splice(first, lexed, resync, delta);
		text = now;
		return new Damage(from, end - from);
	}

	/** Gives the tokens that overlap the characters from {@code offset} on, for {@code length} characters. */
	public void forEachIn(int offset, int length, Consumer<StyledRange> action) {
		int end = offset + length;
		for (int i = Math.max(0, lastStartingAtOrBefore(offset)); i < count && offsets[i] < end; i++) {
			if (offsets[i] + lengths[i] > offset) {
				action.accept(new StyledRange(offsets[i], lengths[i], styles[i]));
			}
		}
	}

	private void splice(int first, Tokens lexed, int resync, int delta) {
		int kept = count - resync;
		int size = first + lexed.count + kept;
		int[] newOffsets = new int[size];
		int[] newLengths = new int[size];
		String[] newStyles = new String[size];
		System.arraycopy(offsets, 0, newOffsets, 0, first);
		System.arraycopy(lengths, 0, newLengths, 0, first);
		System.arraycopy(styles, 0, newStyles, 0, first);
		System.arraycopy(lexed.offsets, 0, newOffsets, first, lexed.count);
		System.arraycopy(lexed.lengths, 0, newLengths, first, lexed.count);
		System.arraycopy(lexed.styles, 0, newStyles, first, lexed.count);
		for (int i = 0; i < kept; i++) {
			newOffsets[first + lexed.count + i] = offsets[resync + i] + delta;
		}
		System.arraycopy(lengths, resync, newLengths, first + lexed.count, kept);
		System.arraycopy(styles, resync, newStyles, first + lexed.count, kept);
		offsets = newOffsets;
		lengths = newLengths;
		styles = newStyles;
		count = size;
	}

	/** The index of the last token starting at or before {@code offset}, or -1. */
	private int lastStartingAtOrBefore(int offset) {
		int found = Arrays.binarySearch(offsets, 0, count, offset);
		return found >= 0 ? found : -found - 2;
	}

	/** The index of the first token starting at or after {@code offset} ({@code count} if none). */
	private int firstStartingAtOrAfter(int offset) {
		int found = Arrays.binarySearch(offsets, 0, count, offset);
		return found >= 0 ? found : -found - 1;
	}

	private int endOfTokens() {
		return count == 0 ? 0 : offsets[count - 1] + lengths[count - 1];
	}

	/** Tokens lexed again, in growing arrays. */
	private static final class Tokens {
		int count;
		int[] offsets = new int[16];
		int[] lengths = new int[16];
		String[] styles = new String[16];

		void add(StyledRange token) {
			if (count == offsets.length) {
				offsets = Arrays.copyOf(offsets, 2 * count);
				lengths = Arrays.copyOf(lengths, 2 * count);
				styles = Arrays.copyOf(styles, 2 * count);
			}
			offsets[count] = token.offset();
			lengths[count] = token.length();
			styles[count] = token.style();
			count++;
		}
	}
}
