package org.duizhao.ui.editor;

import java.util.List;

import org.duizhao.dsl.ide.analysis.Analysis;
import org.duizhao.dsl.ide.highlighting.Highlighter;
import org.duizhao.dsl.ide.highlighting.StyledRange;
import org.duizhao.ui.internal.DuizhaoUi;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.TextViewer;
import org.eclipse.swt.custom.StyleRange;

/** References and placeholders, drawn over the lexical colours once the model is known. */
final class SemanticColouring implements ITextPresentationListener {

	private final Highlighter highlighter = DuizhaoUi.get(Highlighter.class);
	private final TextViewer viewer;
	private volatile List<StyledRange> ranges = List.of();

	SemanticColouring(TextViewer viewer) {
		this.viewer = viewer;
		viewer.addTextPresentationListener(this);
	}

	void update(Analysis analysis) {
		ranges = analysis.read(a -> highlighter.semantic(a.resource()));
		viewer.invalidateTextPresentation();
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		IRegion extent = presentation.getExtent();
		int end = extent.getOffset() + extent.getLength();
		int length = viewer.getDocument() == null ? 0 : viewer.getDocument().getLength();
		for (StyledRange range : ranges) {
			if (range.offset() + range.length() > extent.getOffset() && range.offset() < end
					&& range.offset() + range.length() <= length) {
				StyleRange style = Colours.styleRange(range.offset(), range.length(), range.style());
				if (style != null) {
					presentation.mergeStyleRange(style);
				}
			}
		}
	}

	void dispose() {
		viewer.removeTextPresentationListener(this);
	}
}
