package org.duizhao.dsl.ide.highlighting;

import java.util.ArrayList;
import java.util.List;

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
		Lexer lexer = lexerProvider.get();
		lexer.setCharStream(new ANTLRStringStream(text));
		List<StyledRange> result = new ArrayList<>();
		for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
			CommonToken common = (CommonToken) token;
			int length = common.getStopIndex() - common.getStartIndex() + 1;
			if (length > 0) {
				result.add(new StyledRange(common.getStartIndex(), length, tokenStyles.getId(token.getType())));
			}
		}
		return result;
	}

	public List<StyledRange> semantic(XtextResource resource) {
		List<StyledRange> result = new ArrayList<>();
		semanticCalculator.provideHighlightingFor(resource,
				(offset, length, styles) -> result.add(new StyledRange(offset, length, styles[0])), CancelIndicator.NullImpl);
		return result;
	}
}
