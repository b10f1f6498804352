package org.duizhao.ui.editor;

import org.duizhao.dsl.ide.highlighting.Highlighter;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.DefaultAnnotationHover;
import org.eclipse.jface.text.source.IAnnotationHover;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

/** Wires the ide services into JFace text: colouring, reconciling, content assist, quick fixes, hovers. */
public class DuizhaoSourceViewerConfiguration extends TextSourceViewerConfiguration {

	/**
	 * The pause in typing after which the text is parsed and checked again. Measured on screen
	 * (LatencyWorkbenchTest): for a report of 30 KB the analysis and the views' update take about 80 ms, so this
	 * pause is most of what the user waits; 300 ms made the verdict come 430 ms after the keystroke.
	 */
	public static final int RECONCILE_DELAY_MS = 150;

	private final DuizhaoEditor editor;
	private final LexicalColouring colouring = new LexicalColouring();

	public DuizhaoSourceViewerConfiguration(DuizhaoEditor editor, IPreferenceStore preferences) {
		super(preferences);
		this.editor = editor;
	}

	@Override
	public IPresentationReconciler getPresentationReconciler(ISourceViewer viewer) {
		PresentationReconciler reconciler = new PresentationReconciler();
		reconciler.setDamager(colouring, IDocument.DEFAULT_CONTENT_TYPE);
		reconciler.setRepairer(colouring, IDocument.DEFAULT_CONTENT_TYPE);
		return reconciler;
	}

	/** The lexer's colours from now on (the text is shown plain until the language is built). */
	void colourWith(Highlighter highlighter) {
		colouring.use(highlighter);
	}

	@Override
	public IReconciler getReconciler(ISourceViewer viewer) {
		MonoReconciler reconciler = new MonoReconciler(new AnalysisReconcilingStrategy(editor), false);
		reconciler.setDelay(RECONCILE_DELAY_MS);
		return reconciler;
	}

	@Override
	public IContentAssistant getContentAssistant(ISourceViewer viewer) {
		ContentAssistant assistant = new ContentAssistant();
		assistant.setContentAssistProcessor(new DuizhaoCompletionProcessor(editor), IDocument.DEFAULT_CONTENT_TYPE);
		assistant.setInformationControlCreator(getInformationControlCreator(viewer));
		assistant.setShowEmptyList(true);
		assistant.setEmptyMessage(EditorMessages.ContentAssistEmpty);
		return assistant;
	}

	@Override
	public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer viewer) {
		QuickAssistAssistant assistant = new QuickAssistAssistant();
		assistant.setQuickAssistProcessor(new DuizhaoQuickAssistProcessor(editor));
		assistant.setInformationControlCreator(getInformationControlCreator(viewer));
		return assistant;
	}

	@Override
	public ITextHover getTextHover(ISourceViewer viewer, String contentType) {
		return new DuizhaoTextHover(editor);
	}

	@Override
	public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer viewer) {
		return new IHyperlinkDetector[] { new ReferenceHyperlinks(editor) };
	}

	@Override
	public IAnnotationHover getAnnotationHover(ISourceViewer viewer) {
		return new DefaultAnnotationHover(true);
	}

	/** The line comment, for JFace's prefix operations (Ctrl+/). */
	@Override
	public String[] getDefaultPrefixes(ISourceViewer viewer, String contentType) {
		return new String[] { "//", "" };
	}
}
