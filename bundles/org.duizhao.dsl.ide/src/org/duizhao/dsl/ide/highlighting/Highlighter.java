package org.duizhao.dsl.ide.highlighting;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.name.Named;

/**
 * Colouring in two layers: lexical (keywords, ids, texts, comments) straight from the language's own lexer, so it
 * is right while the user types; semantic (references, placeholders) from the parsed model after reconciling.
 */
public class Highlighter {

	@Inject
	@Named(LexerBindings.RUNTIME)
	private Provider<Lexer> lexerProvider;

	@Inject
	private DuizhaoTokenStyles tokenStyles;

	@Inject
	private ISemanticHighlightingCalculator semanticCalculator;

	public List<StyledRange> lexical(String text) {
		List<StyledRange> result = new ArrayList<>();
		tokens(text, 0).forEachRemaining(result::add);
		return result;
	}

	/**
	 * The tokens of {@code text} from {@code from} on, lexed as they are asked for; {@code from} must be where a
	 * token starts (the language's lexer keeps no state between tokens, so lexing from there gives what lexing the
	 * whole text gives).
	 */
	public Iterator<StyledRange> tokens(String text, int from) {
		Lexer lexer = lexerProvider.get();
		lexer.setCharStream(new ANTLRStringStream(text) {
			{
				p = from; // not seek(): that walks every character before
			}
		});
		return new Iterator<>() {
			private StyledRange next = advance();

			@Override
			public boolean hasNext() {
				return next != null;
			}

			@Override
			public StyledRange next() {
				if (next == null) {
					throw new NoSuchElementException();
				}
				StyledRange current = next;
				next = advance();
				return current;
			}

			private StyledRange advance() {
				for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
					CommonToken common = (CommonToken) token;
					int length = common.getStopIndex() - common.getStartIndex() + 1;
					if (length > 0) {
						return new StyledRange(common.getStartIndex(), length, tokenStyles.getId(token.getType()));
					}
				}
				return null;
			}
		};
	}

	public List<StyledRange> semantic(XtextResource resource) {
		List<StyledRange> result = new ArrayList<>();
		semanticCalculator.provideHighlightingFor(resource,
				(offset, length, styles) -> result.add(new StyledRange(offset, length, styles[0])), CancelIndicator.NullImpl);
		return result;
	}
}
