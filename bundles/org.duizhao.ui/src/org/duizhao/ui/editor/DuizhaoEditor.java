package org.duizhao.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.duizhao.dsl.ide.analysis.Analysis;
import org.duizhao.dsl.ide.analysis.DocumentAnalyzer;
import org.duizhao.dsl.ide.analysis.DocumentFormatter.Replacement;
import org.duizhao.dsl.ide.analysis.SubmissionCheck.Finding;
import org.duizhao.dsl.ide.quickfix.LibraryInsertion;
import org.duizhao.dsl.library.Libraries;
import org.duizhao.ui.internal.DuizhaoUi;
import org.duizhao.ui.outline.DuizhaoOutlinePage;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceStatus;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
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
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.texteditor.ChainedPreferenceStore;
import org.eclipse.ui.texteditor.IDocumentProvider;
import org.eclipse.ui.texteditor.IStatusField;
import org.eclipse.ui.texteditor.ITextEditorDropTargetListener;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;
import org.eclipse.ui.texteditor.StatusLineContributionItem;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * The report editor: JFace text over the ide services. It owns no language logic: every pause in typing produces
 * an {@link Analysis}, from which markers, colours, folding, the outline and the submission check are drawn.
 */
public class DuizhaoEditor extends TextEditor {

	public static final String ID = "org.duizhao.ui.editor";

	private static final String MATCHING_BRACKETS = "duizhao.matchingBrackets";
	private static final String MATCHING_BRACKETS_COLOR = "duizhao.matchingBracketsColor";
	private static final char[] PAIRS = { '{', '}', '“', '”', '（', '）', '《', '》', '‘', '’' };

	private final EditorAnalysis analyses = new EditorAnalysis(() -> document() == null ? null : document().get());
	private SemanticColouring semanticColouring;
	private AspectFolding folding;
	private DuizhaoOutlinePage outlinePage;
	private final UnsavedTextKeeper unsavedText = new UnsavedTextKeeper(this);
	private final Navigation navigation = new Navigation(this);
	private List<Finding> importSummary = List.of();

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
		ProjectionViewer viewer = (ProjectionViewer) getSourceViewer();
		folding = new AspectFolding(viewer, getAnnotationAccess(), getSharedColors());
		semanticColouring = new SemanticColouring(viewer);
		// The editor's own views of an analysis come first, then those of the outline and the workbench views.
		analyses.add(result -> DiagnosticMarkers.replace(file(), result.issues()));
		analyses.add(semanticColouring::update);
		analyses.add(folding::update);
		unsavedText.install(viewer.getTextWidget());
		// Chinese paragraphs are long lines; users expect them wrapped.
		setWordWrap(true);
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
			current = DuizhaoUi.get(DocumentAnalyzer.class).analyze(documentUri(), document.get(), libraryFolders());
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

	/** What an import found about the source this report came from, shown with the 提交前检查 until it is closed. */
	public List<Finding> importSummary() {
		return importSummary;
	}

	public void setImportSummary(List<Finding> summary) {
		importSummary = List.copyOf(summary);
		analyses.tellListeners();
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

	/**
	 * A report that is not on disk yet (just imported beside its source) or no longer (deleted meanwhile) is written
	 * where it belongs: the platform would otherwise ask for a new place with Save As.
	 */
	@Override
	public void doSave(IProgressMonitor monitor) {
		IFile file = file();
		if (file != null && file.getLocation() != null && !file.getLocation().toFile().exists()
				&& file.getLocation().toFile().getParentFile().isDirectory()) {
			performSave(false, monitor);
			return;
		}
		super.doSave(monitor);
	}

	/** Save As to any folder on disk, not only into the workspace. */
	@Override
	protected void performSaveAs(IProgressMonitor monitor) {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setText(EditorMessages.SaveAsTitle);
		dialog.setFilterExtensions(new String[] { "*.dzr", "*.dzlib", "*.*" });
		dialog.setFilterNames(new String[] { EditorMessages.FilterReports, EditorMessages.FilterLibraries, EditorMessages.FilterAll });
		dialog.setOverwrite(true);
		IFile current = file();
		if (current != null && current.getLocation() != null) {
			dialog.setFilterPath(current.getLocation().removeLastSegments(1).toOSString());
			dialog.setFileName(current.getName());
		}
		String chosen = dialog.open();
		if (chosen == null) {
			if (monitor != null) {
				monitor.setCanceled(true);
			}
			return;
		}
		try {
			saveAs(Path.of(chosen), monitor);
		} catch (CoreException e) {
			ErrorDialog.openError(getSite().getShell(), EditorMessages.SaveAsTitle, EditorMessages.bind(EditorMessages.SaveAsFailed, chosen),
					e.getStatus());
		}
	}

	/** Writes the text to {@code target} and continues editing there. */
	public void saveAs(Path target, IProgressMonitor monitor) throws CoreException {
		IDocument document = document();
		FileEditorInput newInput = new FileEditorInput(WorkspaceFiles.fileFor(target));
		IDocumentProvider provider = getDocumentProvider();
		provider.aboutToChange(newInput);
		try {
			provider.saveDocument(monitor, newInput, document, true);
		} finally {
			provider.changed(newInput);
		}
		setInputWithNotify(newInput);
		setPartName(newInput.getName());
	}

	/**
	 * Puts a library item into the report where it belongs (the section of its aspect near {@code offset}, created
	 * when missing), as one undoable change, and shows it. Used by double-click and drop in the 问题库 view.
	 */
	public boolean insertLibraryItem(Libraries.Entry entry, int offset) {
		LibraryInsertion.Edit edit = DuizhaoUi.get(LibraryInsertion.class).insert(currentAnalysis(), entry.item(), entry.origin(), offset);
		if (edit == null || !replace(List.of(new Replacement(edit.offset(), 0, edit.text())))) {
			return false;
		}
		getSite().getPage().activate(this);
		selectAndReveal(edit.caret(), 0);
		return true;
	}

	// ---- the file on disk ------------------------------------------------------------------------------------------

	private DuizhaoDocumentProvider provider() {
		return (DuizhaoDocumentProvider) getDocumentProvider();
	}

	/**
	 * Called when the editor is activated and the file's time stamp moved. Without unsaved changes the editor simply
	 * shows the new text; with them, asking now would interrupt the writer, so the save asks (see
	 * {@link #handleExceptionOnSave}) if the text on disk really differs.
	 */
	@Override
	protected void handleEditorInputChanged() {
		IFile file = file();
		if (file == null || file.getLocation() == null) {
			super.handleEditorInputChanged();
			return;
		}
		if (!file.getLocation().toFile().exists()) {
			setStatusLineMessage(EditorMessages.bind(EditorMessages.DeletedOnDisk, file.getLocation().toOSString()));
		} else if (!isDirty()) {
			reloadFromDisk();
		} else if (provider().changedOnDisk(getEditorInput())) {
			setStatusLineMessage(EditorMessages.bind(EditorMessages.ChangedOnDiskLater, file.getLocation().toOSString()));
		}
	}

	/** Shows the file as it is on disk, dropping unsaved changes. */
	public void reloadFromDisk() {
		try {
			provider().reload(getEditorInput());
		} catch (CoreException e) {
			DuizhaoUi.log("Reloading " + getEditorInput().getName() + " failed", e);
		}
		updateStatusFields();
	}

	/**
	 * A save that found the file changed by another program asks 覆盖 / 重新载入 / 比较; any other failure says, in
	 * Chinese and naming the file, that the file on disk is unchanged and the text is still in the editor.
	 */
	@Override
	protected void handleExceptionOnSave(CoreException exception, IProgressMonitor monitor) {
		IFile file = file();
		String path = file != null && file.getLocation() != null ? file.getLocation().toOSString() : getEditorInput().getName();
		if (exception.getStatus().getCode() == IResourceStatus.OUT_OF_SYNC_LOCAL) {
			String onDisk;
			try {
				onDisk = provider().textOnDisk(getEditorInput());
			} catch (IOException e) {
				onDisk = e.getMessage();
			}
			switch (DiskConflict.ask(getSite().getShell(), path, document().get(), onDisk)) {
			case OVERWRITE -> {
				performSave(true, monitor);
				return;
			}
			case RELOAD -> reloadFromDisk();
			case CANCEL -> {
			}
			}
		} else {
			MessageDialog.openError(getSite().getShell(), EditorMessages.SaveFailedTitle,
					EditorMessages.bind(EditorMessages.SaveFailed, exception.getStatus().getMessage()));
		}
		if (monitor != null) {
			monitor.setCanceled(true);
		}
	}

	/** 文件 > 转换为 UTF-8: the next save writes UTF-8 instead of the encoding the file was found in. */
	public void convertToUtf8() {
		provider().convertToUtf8(getEditorInput());
		updateStatusFields();
	}

	@Override
	protected void updateStatusField(String category) {
		if (DuizhaoEditorActionContributor.ENCODING.equals(category)) {
			IStatusField field = getStatusField(category);
			if (field != null && getDocumentProvider() != null) {
				boolean unreadable = provider().unreadable(getEditorInput()) != null;
				String label = unreadable ? EditorMessages.UnknownEncoding : provider().encodingOf(getEditorInput()).label();
				field.setText(label);
				if (field instanceof StatusLineContributionItem item) {
					item.setToolTipText(EditorMessages.bind(EditorMessages.EncodingTooltip, label));
				}
			}
			return;
		}
		super.updateStatusField(category);
	}

	@Override
	protected void doSetInput(IEditorInput input) throws CoreException {
		super.doSetInput(input);
		String unreadable = provider().unreadable(input);
		if (unreadable != null) {
			setStatusLineErrorMessage(unreadable);
		}
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
		DuizhaoUi.get(DocumentAnalyzer.class).forget(documentUri());
	}

	@Override
	public void dispose() {
		// A deliberate close (saved, or changes discarded) leaves nothing to recover; a crash never gets here.
		unsavedText.forget();
		DuizhaoUi.get(DocumentAnalyzer.class).forget(documentUri());
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
