package org.duizhao.ui.editor;

import java.util.stream.Collectors;

import org.duizhao.dsl.ide.analysis.Analysis;
import org.duizhao.model.Item;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;

/** Hover: the findings at the place; on a reference (针对 P1), the headline and text of the item it names. */
final class DuizhaoTextHover implements ITextHover {

	private final DuizhaoEditor editor;

	DuizhaoTextHover(DuizhaoEditor editor) {
		this.editor = editor;
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		Analysis analysis = editor.currentAnalysis();
		if (analysis == null) {
			return null;
		}
		int offset = region.getOffset();
		String findings = analysis.issues().stream()
				.filter(i -> i.getOffset() != null && i.getOffset() <= offset && offset <= i.getOffset() + i.getLength())
				.map(i -> i.getMessage()).collect(Collectors.joining("\n"));
		if (!findings.isEmpty()) {
			return findings;
		}
		EObject target = analysis.read(a -> new EObjectAtOffsetHelper().resolveCrossReferencedElementAt(a.resource(), offset));
		if (target instanceof Item item) {
			return item.getName() + " " + nullToEmpty(item.getHeadline())
					+ (item.getBody() == null ? "" : "\n" + item.getBody().replaceAll("\\s*\\n\\s*", ""));
		}
		return null;
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}
}
