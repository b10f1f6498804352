package org.duizhao.ui.editor;

import java.io.IOException;
import java.nio.file.Path;

import org.duizhao.ui.internal.DuizhaoUi;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceStatus;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.texteditor.IDocumentProvider;

/**
 * The editor's file on disk: saving where a report belongs, Save As anywhere, and what happens when another
 * program changed or deleted the file (never losing the text in the editor).
 */
final class DiskFile {

	private final DuizhaoEditor editor;

	DiskFile(DuizhaoEditor editor) {
		this.editor = editor;
	}

	/**
	 * Whether the file is not on disk (yet, just imported beside its source, or no longer) in a folder that is: it is
	 * written there, where the platform would ask for a new place with Save As.
	 */
	boolean missingInItsFolder() {
		IFile file = editor.file();
		return file != null && file.getLocation() != null && !file.getLocation().toFile().exists()
				&& file.getLocation().toFile().getParentFile().isDirectory();
	}

	/** Asks where to save, in any folder on disk (not only in the workspace), and continues editing there. */
	void saveAsAsked(IProgressMonitor monitor) {
		FileDialog dialog = new FileDialog(editor.getSite().getShell(), SWT.SAVE);
		dialog.setText(EditorMessages.SaveAsTitle);
		dialog.setFilterExtensions(new String[] { "*.dzr", "*.dzlib", "*.*" });
		dialog.setFilterNames(new String[] { EditorMessages.FilterReports, EditorMessages.FilterLibraries, EditorMessages.FilterAll });
		dialog.setOverwrite(true);
		IFile current = editor.file();
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
			ErrorDialog.openError(editor.getSite().getShell(), EditorMessages.SaveAsTitle,
					EditorMessages.bind(EditorMessages.SaveAsFailed, chosen), e.getStatus());
		}
	}

	/** Writes the text to {@code target} and continues editing there. */
	void saveAs(Path target, IProgressMonitor monitor) throws CoreException {
		IDocument document = editor.document();
		FileEditorInput newInput = new FileEditorInput(WorkspaceFiles.fileFor(target));
		IDocumentProvider provider = editor.getDocumentProvider();
		provider.aboutToChange(newInput);
		try {
			provider.saveDocument(monitor, newInput, document, true);
		} finally {
			provider.changed(newInput);
		}
		editor.continueIn(newInput);
	}

	/**
	 * The editor was activated and the file's time stamp moved. Without unsaved changes the editor simply shows the
	 * new text; with them, asking now would interrupt the writer, so the save asks (see {@link #saveFailed}) if the
	 * text on disk really differs. Whether this was a file on disk at all.
	 */
	boolean changedOnDisk() {
		IFile file = editor.file();
		if (file == null || file.getLocation() == null) {
			return false;
		}
		if (!file.getLocation().toFile().exists()) {
			editor.say(EditorMessages.bind(EditorMessages.DeletedOnDisk, file.getLocation().toOSString()));
		} else if (!editor.isDirty()) {
			reload();
		} else if (provider().changedOnDisk(editor.getEditorInput())) {
			editor.say(EditorMessages.bind(EditorMessages.ChangedOnDiskLater, file.getLocation().toOSString()));
		}
		return true;
	}

	/** Shows the file as it is on disk, dropping unsaved changes. */
	void reload() {
		try {
			provider().reload(editor.getEditorInput());
		} catch (CoreException e) {
			DuizhaoUi.log("Reloading " + editor.getEditorInput().getName() + " failed", e);
		}
		editor.statusChanged();
	}

	/**
	 * A save that found the file changed by another program asks 覆盖 / 重新载入 / 比较; any other failure says, in
	 * Chinese and naming the file, that the file on disk is unchanged and the text is still in the editor.
	 */
	void saveFailed(CoreException exception, IProgressMonitor monitor) {
		IFile file = editor.file();
		String path = file != null && file.getLocation() != null ? file.getLocation().toOSString() : editor.getEditorInput().getName();
		if (exception.getStatus().getCode() == IResourceStatus.OUT_OF_SYNC_LOCAL) {
			String onDisk;
			try {
				onDisk = provider().textOnDisk(editor.getEditorInput());
			} catch (IOException e) {
				onDisk = e.getMessage();
			}
			switch (DiskConflict.ask(editor.getSite().getShell(), path, editor.document().get(), onDisk)) {
			case OVERWRITE -> {
				editor.saveOverwriting(monitor);
				return;
			}
			case RELOAD -> reload();
			case CANCEL -> {
			}
			}
		} else {
			MessageDialog.openError(editor.getSite().getShell(), EditorMessages.SaveFailedTitle,
					EditorMessages.bind(EditorMessages.SaveFailed, exception.getStatus().getMessage()));
		}
		if (monitor != null) {
			monitor.setCanceled(true);
		}
	}

	private DuizhaoDocumentProvider provider() {
		return (DuizhaoDocumentProvider) editor.getDocumentProvider();
	}
}
