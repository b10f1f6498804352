package org.duizhao.ui.editor;

import org.duizhao.dsl.ide.analysis.Analysis;
import org.duizhao.dsl.ide.analysis.DocumentAnalyzer;
import org.duizhao.ui.internal.DuizhaoUi;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * After typing pauses, on the reconciler's thread: re-parse what changed and validate through the ide services,
 * then hand the result to the editor on the UI thread. A half-typed report still yields an analysis.
 */
final class AnalysisReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

	private final DuizhaoEditor editor;
	private DocumentAnalyzer analyzer;
	private IDocument document;

	AnalysisReconcilingStrategy(DuizhaoEditor editor) {
		this.editor = editor;
	}

	/**
	 * On the reconciler's thread, which starts before the editor is first drawn: it waits for the language whose
	 * build the first paint starts, rather than start it itself and take the cores from the window being drawn.
	 */
	private DocumentAnalyzer analyzer() {
		if (analyzer == null) {
			analyzer = DuizhaoUi.awaitLanguage().getInstance(DocumentAnalyzer.class);
		}
		return analyzer;
	}

	@Override
	public void setDocument(IDocument document) {
		this.document = document;
	}

	@Override
	public void setProgressMonitor(IProgressMonitor monitor) {
		// cancelling goes by the document's modification stamp (see analyze): this reconciler does not cancel its monitor
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
		if (current == null || DuizhaoUi.languageFailed()) {
			return; // a failed build was logged once; each pause in typing would log it again
		}
		try {
			// An analysis of a text already typed over is not finished: at 1 MB it would hold the next one back by
			// half a second.
			long stamp = ((IDocumentExtension4) current).getModificationStamp();
			CancelIndicator typedOver = () -> ((IDocumentExtension4) current).getModificationStamp() != stamp;
			DocumentAnalyzer analyzer = analyzer();
			if (editor.document() != current) {
				return; // the editor closed while the language was being built: no analysis to keep for it
			}
			Analysis analysis = analyzer.analyzeEdit(editor.documentUri(), current.get(), editor.libraryFolders(), typedOver);
			Display display = Display.getDefault();
			if (!display.isDisposed()) {
				display.asyncExec(() -> editor.reconciled(analysis));
			}
		} catch (OperationCanceledError e) {
			// typed over: the reconciler runs again for the newer text
		} catch (RuntimeException e) {
			DuizhaoUi.log("Analysis of " + editor.documentUri() + " failed", e);
		}
	}
}
