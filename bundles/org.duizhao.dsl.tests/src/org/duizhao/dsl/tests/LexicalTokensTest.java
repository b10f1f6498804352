package org.duizhao.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.duizhao.dsl.ide.highlighting.Highlighter;
import org.duizhao.dsl.ide.highlighting.LexicalTokens;
import org.duizhao.dsl.ide.highlighting.StyledRange;
import org.duizhao.dsl.text.TextChange;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The editor's colouring lexes again only around an edit, and always ends with the tokens of the whole text. */
@ExtendWith(InjectionExtension.class)
@InjectWith(DuizhaoIdeInjectorProvider.class)
class LexicalTokensTest {

	/** What users type: letters, a quote opened or closed, a line break, a bracket, a comment, a keyword. */
	private static final String[] TYPED = { "X", "\"", "\n", "[", "]", "//", "问题 ", "#", " ", "“", "{", "}", "P9" };

	@Inject
	private Highlighter highlighter;

	@Test
	void afterEveryEditTheTokensAreThoseOfTheWholeText() throws IOException {
		String text = example();
		LexicalTokens tokens = new LexicalTokens(highlighter);
		tokens.update(text);
		Random random = new Random(3);
		for (int edit = 0; edit < 300; edit++) {
			int offset = random.nextInt(text.length() + 1);
			int removed = random.nextInt(4) == 0 ? Math.min(random.nextInt(20), text.length() - offset) : 0;
			String edited = text.substring(0, offset) + TYPED[random.nextInt(TYPED.length)] + text.substring(offset + removed);
			List<StyledRange> before = all(tokens, text);
			LexicalTokens.Damage damage = tokens.update(edited);
			List<StyledRange> after = all(tokens, edited);
			assertEquals(highlighter.lexical(edited), after, "after edit " + edit + " at " + offset);
			assertTokensOutsideTheDamageOnlyMoved(before, after, TextChange.between(text, edited), damage);
			text = edited;
		}
	}

	@Test
	void aLetterTypedIntoATextColoursAFewCharactersAgainAQuoteTheRest() throws IOException {
		String text = example();
		int offset = text.indexOf("问题 ") + 40;
		LexicalTokens tokens = new LexicalTokens(highlighter);
		tokens.update(text);
		LexicalTokens.Damage letter = tokens.update(text.substring(0, offset) + "X" + text.substring(offset));
		assertTrue(letter.length() < 200, "a letter: " + letter);
		LexicalTokens.Damage quote = tokens.update(text.substring(0, offset) + "\"" + text.substring(offset));
		assertEquals(text.length() + 1, quote.offset() + quote.length(), "a quote opened: to the end");
	}

	private static void assertTokensOutsideTheDamageOnlyMoved(List<StyledRange> before, List<StyledRange> after, TextChange change,
			LexicalTokens.Damage damage) {
		List<StyledRange> moved = new ArrayList<>();
		for (StyledRange token : before) {
			int offset = change.newOffset(token.offset(), token.length());
			if (offset >= 0) {
				moved.add(new StyledRange(offset, token.length(), token.style()));
			}
		}
		for (StyledRange token : after) {
			boolean outside = token.offset() + token.length() <= damage.offset() || token.offset() >= damage.offset() + damage.length();
			assertTrue(!outside || moved.contains(token), "a token outside the damage changed: " + token + ", " + damage);
		}
	}

	private static List<StyledRange> all(LexicalTokens tokens, String text) {
		List<StyledRange> all = new ArrayList<>();
		tokens.forEachIn(0, text.length(), all::add);
		return all;
	}

	private static String example() throws IOException {
		return Files.readString(ExamplesTest.examples().resolve("2025-个人对照检查材料.dzr"), StandardCharsets.UTF_8);
	}
}
