package org.duizhao.ui.editor;

import java.util.HashMap;
import java.util.Map;

import org.duizhao.dsl.ide.analysis.Analysis;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.IAnnotationAccess;
import org.eclipse.jface.text.source.ISharedTextColors;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionSupport;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.xtext.ide.editor.folding.FoldingRange;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Folding of the report's aspects and parts, from the ide service's folding ranges. A range that is still where it
 * was keeps its annotation, and with it whether the user folded it: replacing them all on every pause in typing would
 * unfold every aspect.
 */
final class AspectFolding {

	private final ProjectionViewer viewer;
	private final ProjectionSupport support;
	/** Null until the language is built; the folding column is there from the start, so the text does not move. */
	private IFoldingRangeProvider folding;

	AspectFolding(ProjectionViewer viewer, IAnnotationAccess access, ISharedTextColors colours) {
		this.viewer = viewer;
		support = new ProjectionSupport(viewer, access, colours);
		// a folded aspect still shows in its summary that it holds errors or warnings
		support.addSummarizableAnnotationType("org.eclipse.ui.workbench.texteditor.error");
		support.addSummarizableAnnotationType("org.eclipse.ui.workbench.texteditor.warning");
		support.install();
		viewer.doOperation(ProjectionViewer.TOGGLE);
	}

	void use(IFoldingRangeProvider provider) {
		folding = provider;
	}

	void update(Analysis result) {
		ProjectionAnnotationModel model = viewer.getProjectionAnnotationModel();
		if (model == null || folding == null) {
			return;
		}
		Map<Position, ProjectionAnnotation> existing = new HashMap<>();
		model.getAnnotationIterator().forEachRemaining(a -> existing.put(new Position(model.getPosition(a).getOffset(),
				model.getPosition(a).getLength()), (ProjectionAnnotation) a));
		Map<ProjectionAnnotation, Position> additions = new HashMap<>();
		for (FoldingRange range : result.read(a -> folding.getFoldingRanges(a.resource(), CancelIndicator.NullImpl))) {
			Position position = wholeLines(viewer.getDocument(), range.getOffset(), range.getLength());
			if (position != null && existing.remove(position) == null) {
				additions.put(new ProjectionAnnotation(), position);
			}
		}
		if (!additions.isEmpty() || !existing.isEmpty()) {
			model.modifyAnnotations(existing.values().toArray(new ProjectionAnnotation[0]), additions, null);
		}
	}

	void dispose() {
		support.dispose();
	}

	/** The lines a range touches, whole; {@code null} for a range within one line (nothing to fold). */
	private static Position wholeLines(IDocument document, int offset, int length) {
		try {
			int firstLine = document.getLineOfOffset(offset);
			int lastLine = document.getLineOfOffset(offset + length);
			if (lastLine <= firstLine) {
				return null;
			}
			int start = document.getLineOffset(firstLine);
			IRegion last = document.getLineInformation(lastLine);
			int end = Math.min(document.getLength(), last.getOffset() + last.getLength() + 1);
			return new Position(start, end - start);
		} catch (BadLocationException e) {
			return null;
		}
	}
}
