package org.duizhao.ui.editor;

import org.duizhao.dsl.ide.highlighting.Highlighter;
import org.duizhao.dsl.ide.highlighting.LexicalTokens;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.presentation.IPresentationDamager;
import org.eclipse.jface.text.presentation.IPresentationRepairer;
import org.eclipse.swt.custom.StyleRange;

/**
 * Colours tokens as the language's own lexer sees them. Texts may span lines, so a change may recolour what
 * follows it: the tokens are lexed again from just before the change until they fall in step with the old ones
 * ({@link LexicalTokens}), and only those characters are coloured again; a quote typed recolours to the end.
 */
final class LexicalColouring implements IPresentationDamager, IPresentationRepairer {

	private final LexicalTokens tokens;
	private IDocument document;

	LexicalColouring(Highlighter highlighter) {
		tokens = new LexicalTokens(highlighter);
	}

	@Override
	public void setDocument(IDocument document) {
		this.document = document;
	}

	@Override
	public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean documentPartitioningChanged) {
		LexicalTokens.Damage damage = tokens.update(document.get());
		return new Region(damage.offset(), damage.length());
	}

	@Override
	public void createPresentation(TextPresentation presentation, ITypedRegion damage) {
		tokens.update(document.get()); // a no-op after getDamageRegion; needed when the whole text is drawn anew
		int start = damage.getOffset();
		int end = start + damage.getLength();
		tokens.forEachIn(start, damage.getLength(), range -> {
			int from = Math.max(start, range.offset());
			StyleRange style = Colours.styleRange(from, Math.min(end, range.offset() + range.length()) - from, range.style());
			if (style != null) {
				presentation.addStyleRange(style);
			}
		});
	}
}
