package org.duizhao.ui.editor;

import org.duizhao.dsl.ide.analysis.Analysis;
import org.duizhao.dsl.ide.navigation.Definitions;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;

/** Ctrl+click on 针对 P1 or 依据 主题教育2023 goes where F3 goes. */
final class ReferenceHyperlinks implements IHyperlinkDetector {

	private final DuizhaoEditor editor;

	ReferenceHyperlinks(DuizhaoEditor editor) {
		this.editor = editor;
	}

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		Analysis analysis = editor.analysisIfCurrent();
		Definitions.Target target = analysis == null ? null : editor.navigation().targetAt(analysis, region.getOffset());
		if (target == null) {
			return null;
		}
		IRegion link = new Region(target.sourceOffset(), target.sourceLength());
		return new IHyperlink[] { new IHyperlink() {
			@Override
			public IRegion getHyperlinkRegion() {
				return link;
			}

			@Override
			public String getTypeLabel() {
				return null;
			}

			@Override
			public String getHyperlinkText() {
				return EditorMessages.OpenDeclaration;
			}

			@Override
			public void open() {
				editor.navigation().open(target);
			}
		} };
	}
}
