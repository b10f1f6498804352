package org.duizhao.ui.editor;

import org.duizhao.dsl.ide.analysis.Analysis;
import org.duizhao.dsl.ide.hover.HoverTexts;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;

/** Hover: what {@link HoverTexts} says at the place (the language server shows the same). */
final class DuizhaoTextHover implements ITextHover {

	private final DuizhaoEditor editor;

	DuizhaoTextHover(DuizhaoEditor editor) {
		this.editor = editor;
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		Analysis analysis = editor.analysisIfCurrent();
		return analysis == null ? null
				: analysis.read(a -> editor.language().hoverTexts().at(a.resource(), a.issues(), region.getOffset()));
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}
}
