package org.duizhao.ui.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.duizhao.dsl.ide.analysis.Analysis;
import org.duizhao.dsl.ide.analysis.DocumentFormatter.Replacement;
import org.duizhao.ui.internal.AfterFirstPaint;
import org.duizhao.ui.internal.DuizhaoUi;
import org.duizhao.ui.internal.WaitsForLanguage;
import org.duizhao.ui.outline.DuizhaoOutlinePage;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.preference.PreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.jface.text.source.SourceViewerConfiguration;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ChainedPreferenceStore;
import org.eclipse.ui.texteditor.ITextEditorDropTargetListener;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import com.google.inject.Inject;

/**
 * The report editor: JFace text over the ide services. It owns no language logic: every pause in typing produces
 * an {@link Analysis}, from which markers, colours, folding, the outline and the submission check are drawn.
 */
public class DuizhaoEditor extends TextEditor implements WaitsForLanguage {

	public static final String ID = "org.duizhao.ui.editor";

	private static final String MATCHING_BRACKETS = "duizhao.matchingBrackets";
	private static final String MATCHING_BRACKETS_COLOR = "duizhao.matchingBracketsColor";
	/** A report opened behind another is not drawn: it starts the language's build itself after this long. */
	private static final int LANGUAGE_AT_THE_LATEST_MS = 3000;
	private static final char[] PAIRS = { '{', '}', '“', '”', '（', '）', '《', '》', '‘', '’' };

	private final EditorAnalysis analyses = new EditorAnalysis(() -> document() == null ? null : document().get());
	private SemanticColouring semanticColouring;
	private AspectFolding folding;
	private DuizhaoOutlinePage outlinePage;
	private final UnsavedTextKeeper unsavedText = new UnsavedTextKeeper(this);
	private final Navigation navigation = new Navigation(this);
	private final DiskFile diskFile = new DiskFile(this);
	private final EncodingStatus encoding = new EncodingStatus(this);

	/** Null until the language is built, which the editor's first paint starts (see {@link #languageArrived}). */
	private volatile LanguageServices language;

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		setPreferenceStore(new ChainedPreferenceStore(new IPreferenceStore[] { editorDefaults(), EditorsUI.getPreferenceStore() }));
		setDocumentProvider(new DuizhaoDocumentProvider());
		setSourceViewerConfiguration(new DuizhaoSourceViewerConfiguration(this, getPreferenceStore()));
		// Own menu ids: the platform's contributions to every text editor (bookmarks, tasks, version control on the
		// file) have no place in a report editor.
		setEditorContextMenuId("#DuizhaoEditorContext");
		setRulerContextMenuId("#DuizhaoRulerContext");
		setKeyBindingScopes(new String[] { "org.duizhao.ui.editorScope" });
	}

	@Override
	protected boolean isEditorInputIncludedInContextMenu() {
		return false;
	}

	@Override
	protected String[] collectContextMenuPreferencePages() {
		return new String[] { "org.duizhao.app.preferences.libraries" };
	}

	private static IPreferenceStore editorDefaults() {
		PreferenceStore store = new PreferenceStore();
		store.setValue(MATCHING_BRACKETS, true);
		PreferenceConverter.setValue(store, MATCHING_BRACKETS_COLOR, new RGB(150, 150, 150));
		return store;
	}

	@Override
	protected ISourceViewer createSourceViewer(Composite parent, IVerticalRuler ruler, int styles) {
		ProjectionViewer viewer = new ProjectionViewer(parent, ruler, getOverviewRuler(), isOverviewRulerVisible(), styles);
		getSourceViewerDecorationSupport(viewer);
		return viewer;
	}

	@Override
	protected void configureSourceViewerDecorationSupport(SourceViewerDecorationSupport support) {
		super.configureSourceViewerDecorationSupport(support);
		support.setCharacterPairMatcher(new DefaultCharacterPairMatcher(PAIRS));
		support.setMatchingCharacterPainterPreferenceKeys(MATCHING_BRACKETS, MATCHING_BRACKETS_COLOR);
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		// The editor's own views of an analysis come first, then those of the outline and the workbench views; the
		// analyses start once the language has come, and so do the colours and folds.
		analyses.add(result -> DiagnosticMarkers.replace(file(), result.issues()));
		analyses.add(result -> {
			if (semanticColouring != null) {
				semanticColouring.update(result);
			}
		});
		analyses.add(result -> folding.update(result));
		ProjectionViewer viewer = (ProjectionViewer) getSourceViewer();
		folding = new AspectFolding(viewer, getAnnotationAccess(), getSharedColors());
		StyledText text = viewer.getTextWidget();
		unsavedText.install(text);
		// Chinese paragraphs are long lines; users expect them wrapped.
		setWordWrap(true);
		if (language != null) {
			useLanguage();
		} else {
			// The report is shown in plain text first, the language is built after that (DuizhaoUi.buildLanguage).
			AfterFirstPaint.run(text, DuizhaoUi::buildLanguage);
			text.getDisplay().timerExec(LANGUAGE_AT_THE_LATEST_MS, DuizhaoUi::buildLanguage);
		}
	}

	/** Called by the injector, at creation or when the language is built after the first paint. */
	@Inject
	private void languageArrived(LanguageServices services) {
		language = services;
		if (getSourceViewer() != null) {
			useLanguage();
		}
	}

	/** Colours and folds the text with the language's services, once both the text and they are there. */
	private void useLanguage() {
		ProjectionViewer viewer = (ProjectionViewer) getSourceViewer();
		if (viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed()) {
			return;
		}
		folding.use(language.folding());
		semanticColouring = new SemanticColouring(viewer, language.highlighter());
		((DuizhaoSourceViewerConfiguration) getSourceViewerConfiguration()).colourWith(language.highlighter());
		viewer.invalidateTextPresentation();
		Analysis first = analyses.ifCurrent(); // should the first analysis have come before the services
		if (first != null) {
			semanticColouring.update(first);
			folding.update(first);
		}
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (ITextEditorDropTargetListener.class.equals(adapter)) {
			return adapter.cast(new LibraryDrop(this));
		}
		if (IContentOutlinePage.class.equals(adapter)) {
			if (outlinePage == null) {
				outlinePage = new DuizhaoOutlinePage(this);
			}
			return adapter.cast(outlinePage);
		}
		return super.getAdapter(adapter);
	}

	// ---- the analysis ---------------------------------------------------------------------------------------

	/** Called on the UI thread with each new analysis; stale ones (the text changed since) are dropped. */
	void reconciled(Analysis result) {
		analyses.accept(result);
	}

	/** The analysis of the text as it is now (computed on the spot if typing outran the reconciler). */
	public Analysis currentAnalysis() {
		Analysis current = analyses.ifCurrent();
		IDocument document = document();
		if (current == null && document != null) {
			current = language().analyzer().analyze(documentUri(), document.get(), libraryFolders());
		}
		return current != null ? current : analyses.last();
	}

	/**
	 * The last analysis when the text has not changed since, else {@code null}: for what runs at every rest or move of
	 * the mouse (hover, Ctrl+hover links), which waits for the reconciler rather than parse a whole report itself.
	 */
	public Analysis analysisIfCurrent() {
		return analyses.ifCurrent();
	}

	/** The last analysis the views were drawn from, or {@code null} before the first. */
	public Analysis lastAnalysis() {
		return analyses.last();
	}

	public void addAnalysisListener(Consumer<Analysis> listener) {
		analyses.add(listener);
	}

	public void removeAnalysisListener(Consumer<Analysis> listener) {
		analyses.remove(listener);
	}

	// ---- where the document lives -----------------------------------------------------------------------------

	public IFile file() {
		return getEditorInput() instanceof IFileEditorInput input ? input.getFile() : null;
	}

	URI documentUri() {
		IEditorInput input = getEditorInput();
		if (input instanceof IFileEditorInput fileInput && fileInput.getFile().getLocation() != null) {
			return URI.createFileURI(fileInput.getFile().getLocation().toOSString());
		}
		if (input instanceof IURIEditorInput uriInput) {
			return URI.createURI(uriInput.getURI().toString());
		}
		return URI.createURI("memory:/" + input.getName());
	}

	/** The report's own folder, then the user's library folder (a preference). */
	List<Path> libraryFolders() {
		List<Path> folders = new ArrayList<>();
		IFile file = file();
		if (file != null && file.getLocation() != null) {
			folders.add(file.getLocation().toFile().toPath().getParent());
		}
		folders.add(LibraryFolders.userFolder());
		return folders;
	}

	/** The viewer and its configuration, for tests that drive content assist and quick fixes as the keys do. */
	public ISourceViewer viewer() {
		return getSourceViewer();
	}

	public SourceViewerConfiguration configuration() {
		return getSourceViewerConfiguration();
	}

	public IDocument document() {
		return getDocumentProvider() == null ? null : getDocumentProvider().getDocument(getEditorInput());
	}

	/** The language's services, for the editor's parts; a command given before they came waits for them. */
	public LanguageServices language() {
		LanguageServices services = language;
		return services != null ? services : DuizhaoUi.injector().getInstance(LanguageServices.class);
	}

	// ---- the file on disk ------------------------------------------------------------------------------------------

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (diskFile.missingInItsFolder()) {
			performSave(false, monitor);
			return;
		}
		super.doSave(monitor);
	}

	@Override
	protected void performSaveAs(IProgressMonitor monitor) {
		diskFile.saveAsAsked(monitor);
	}

	/** Writes the text to {@code target} and continues editing there. */
	public void saveAs(Path target, IProgressMonitor monitor) throws CoreException {
		diskFile.saveAs(target, monitor);
	}

	@Override
	protected void handleEditorInputChanged() {
		if (!diskFile.changedOnDisk()) {
			super.handleEditorInputChanged();
		}
	}

	/** Shows the file as it is on disk, dropping unsaved changes. */
	public void reloadFromDisk() {
		diskFile.reload();
	}

	@Override
	protected void handleExceptionOnSave(CoreException exception, IProgressMonitor monitor) {
		diskFile.saveFailed(exception, monitor);
	}

	/** 文件 > 转换为 UTF-8: the next save writes UTF-8 instead of the encoding the file was found in. */
	public void convertToUtf8() {
		encoding.convertToUtf8();
	}

	@Override
	protected void updateStatusField(String category) {
		if (DuizhaoEditorActionContributor.ENCODING.equals(category)) {
			encoding.show(getStatusField(category));
			return;
		}
		super.updateStatusField(category);
	}

	@Override
	protected void doSetInput(IEditorInput input) throws CoreException {
		super.doSetInput(input);
		String unreadable = encoding.unreadable(input);
		if (unreadable != null) {
			setStatusLineErrorMessage(unreadable);
		}
		updateStatusFields();
	}

	/** Saves over a file another program changed (the user said 覆盖). */
	void saveOverwriting(IProgressMonitor monitor) {
		performSave(true, monitor);
	}

	/** Goes on editing {@code input} (after Save As). */
	void continueIn(IEditorInput input) {
		setInputWithNotify(input);
		setPartName(input.getName());
	}

	/** What the status bar shows of the file changed. */
	void statusChanged() {
		updateStatusFields();
	}

	// ---- commands -------------------------------------------------------------------------------------------

	/** F3, Ctrl+click, rename and references of this editor. */
	public Navigation navigation() {
		return navigation;
	}

	/** A line in the status bar (the editor's own, for the editor's helpers). */
	void say(String message) {
		setStatusLineMessage(message);
	}

	/** Makes replacements computed on the current text, as one undoable change; whether they all fitted. */
	boolean replace(List<Replacement> replacements) {
		return replacements.isEmpty() || CompoundChange.apply(document(), getAdapter(IRewriteTarget.class), replacements);
	}

	@Override
	protected void editorSaved() {
		super.editorSaved();
		unsavedText.forget();
		forgetAnalysis();
	}

	private void forgetAnalysis() {
		if (language != null) {
			language.analyzer().forget(documentUri());
		}
	}

	@Override
	public void dispose() {
		// A deliberate close (saved, or changes discarded) leaves nothing to recover; a crash never gets here.
		unsavedText.forget();
		forgetAnalysis();
		// Nothing keeps the markers of a closed report current (there is no builder), so they go with the editor.
		DiagnosticMarkers.replace(file(), List.of());
		if (semanticColouring != null) {
			semanticColouring.dispose();
		}
		if (folding != null) {
			folding.dispose();
		}
		analyses.clear();
		super.dispose();
	}
}
