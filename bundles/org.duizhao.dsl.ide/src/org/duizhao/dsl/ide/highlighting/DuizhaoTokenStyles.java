package org.duizhao.dsl.ide.highlighting;

import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultAntlrTokenToAttributeIdMapper;

/** Token types of the lexer to style ids; ids get their own colour. */
public class DuizhaoTokenStyles extends DefaultAntlrTokenToAttributeIdMapper {

	@Override
	protected String calculateId(String tokenName, int tokenType) {
		if ("RULE_ID".equals(tokenName)) {
			return HighlightStyles.ID;
		}
		return super.calculateId(tokenName, tokenType);
	}
}
