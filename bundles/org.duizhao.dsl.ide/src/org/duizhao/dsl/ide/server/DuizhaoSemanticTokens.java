package org.duizhao.dsl.ide.server;

import org.duizhao.dsl.ide.highlighting.HighlightStyles;
import org.eclipse.xtext.ide.server.semantictokens.SemanticTokensService;

/**
 * Semantic tokens with the editor's own styles: besides LSP's standard types, {@code placeholder} (XX, *, [待填]),
 * {@code reference} (针对 P1, 依据 …) and {@code id}, so that a client can colour placeholders red as the product does.
 */
public class DuizhaoSemanticTokens extends SemanticTokensService {

	@Override
	protected void addTokenTypes() {
		super.addTokenTypes();
		getTokenTypes().add(HighlightStyles.PLACEHOLDER);
		getTokenTypes().add(HighlightStyles.REFERENCE);
		getTokenTypes().add(HighlightStyles.ID);
	}
}
