package org.duizhao.ui.editor;

import org.duizhao.dsl.ide.analysis.Analysis;
import org.duizhao.dsl.ide.analysis.DocumentAnalyzer;
import org.duizhao.ui.internal.DuizhaoUi;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * After typing pauses, on the reconciler's thread: re-parse what changed and validate through the ide services,
 * then hand the result to the editor on the UI thread. A half-typed report still yields an analysis.
 */
final class AnalysisReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

	private final DuizhaoEditor editor;
	private final DocumentAnalyzer analyzer = DuizhaoUi.get(DocumentAnalyzer.class);
	private IDocument document;

	AnalysisReconcilingStrategy(DuizhaoEditor editor) {
		this.editor = editor;
	}

	@Override
	public void setDocument(IDocument document) {
		this.document = document;
	}

	@Override
	public void setProgressMonitor(IProgressMonitor monitor) {
		// a run takes milliseconds; nothing to report
	}

	@Override
	public void initialReconcile() {
		analyze();
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		analyze();
	}

	@Override
	public void reconcile(IRegion partition) {
		analyze();
	}

	private void analyze() {
		IDocument current = document;
		if (current == null) {
			return;
		}
		try {
			Analysis analysis = analyzer.analyzeEdit(editor.documentUri(), current.get(), editor.libraryFolders(), CancelIndicator.NullImpl);
			Display display = Display.getDefault();
			if (!display.isDisposed()) {
				display.asyncExec(() -> editor.reconciled(analysis));
			}
		} catch (RuntimeException e) {
			DuizhaoUi.log("Analysis of " + editor.documentUri() + " failed", e);
		}
	}
}
