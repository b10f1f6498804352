package org.duizhao.ui.editor;

import org.duizhao.dsl.ide.highlighting.Highlighter;
import org.duizhao.dsl.ide.highlighting.StyledRange;
import org.duizhao.ui.internal.DuizhaoUi;
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
 * Colours tokens as the language's own lexer sees them. Texts may span lines, so a change anywhere may recolour
 * what follows: the whole document is re-lexed, which takes about a millisecond for a report.
 */
final class LexicalColouring implements IPresentationDamager, IPresentationRepairer {

	private final Highlighter highlighter = DuizhaoUi.get(Highlighter.class);
	private IDocument document;

	@Override
	public void setDocument(IDocument document) {
		this.document = document;
	}

	@Override
	public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean documentPartitioningChanged) {
		return new Region(0, document.getLength());
	}

	@Override
	public void createPresentation(TextPresentation presentation, ITypedRegion damage) {
		for (StyledRange range : highlighter.lexical(document.get())) {
			StyleRange style = Colours.styleRange(range.offset(), range.length(), range.style());
			if (style != null) {
				presentation.addStyleRange(style);
			}
		}
	}
}
