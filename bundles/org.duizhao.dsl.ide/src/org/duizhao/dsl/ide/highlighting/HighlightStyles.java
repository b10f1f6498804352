package org.duizhao.dsl.ide.highlighting;

import org.eclipse.xtext.ide.editor.syntaxcoloring.HighlightingStyles;

/** Style ids the editor maps to colours; lexical ones come from Xtext, the rest are ours. */
public interface HighlightStyles extends HighlightingStyles {

	/** An id (P1, 理论学习) where it is used rather than defined. */
	String ID = "id";

	/** A cross reference: 针对 P1, 依据 主题教育2023, 方面 理论学习. */
	String REFERENCE = "reference";

	/** A placeholder left in a report's text: *, XX, 某某, [待填]. */
	String PLACEHOLDER = "placeholder";
}
