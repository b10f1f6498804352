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

	/** Null until the language is built: the text is drawn plain until then. */
	private LexicalTokens tokens;
	private IDocument document;
	private DocumentEvent lastEvent;
	private IRegion lastDamage;

	void use(Highlighter highlighter) {
		tokens = new LexicalTokens(highlighter);
	}

	@Override
	public void setDocument(IDocument document) {
		this.document = document;
	}

	/**
	 * The characters to colour again after {@code event}: those it wrote (all of them when the whole text was set, as
	 * a reload does; the region asked for when the viewer redraws part of the text) and those whose tokens changed.
	 * The presentation reconciler may ask twice for one event (a deletion), so the answer is kept for that event.
	 */
	@Override
	public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean documentPartitioningChanged) {
		if (event == lastEvent) {
			return lastDamage;
		}
		LexicalTokens.Damage tokensChanged = tokens == null ? new LexicalTokens.Damage(0, 0) : tokens.update(document.get());
		int length = document.getLength();
		int start = Math.min(event.getOffset(), length);
		int end = Math.min(length, event.getOffset() + (event.getText() == null ? 0 : event.getText().length()));
		if (tokensChanged.length() > 0) {
			start = Math.min(start, tokensChanged.offset());
			end = Math.max(end, tokensChanged.offset() + tokensChanged.length());
		}
		lastEvent = event;
		lastDamage = new Region(start, end - start);
		return lastDamage;
	}

	@Override
	public void createPresentation(TextPresentation presentation, ITypedRegion damage) {
		if (tokens == null) {
			return;
		}
		tokens.update(document.get()); // a no-op after getDamageRegion; needed when the whole text is drawn anew
		int start = damage.getOffset();
		int end = start + damage.getLength();
		tokens.forEachIn(start, damage.getLength(), range -> {
			StyleRange style = Colours.styleRangeWithin(range, start, end);
			if (style != null) {
				presentation.addStyleRange(style);
			}
		});
	}
}
