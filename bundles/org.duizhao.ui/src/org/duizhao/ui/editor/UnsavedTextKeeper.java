package org.duizhao.ui.editor;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;

/**
 * The editor's part of crash recovery: every few seconds, and whenever the text loses focus, unsaved text that
 * changed since last time goes to the {@link Recovery} folder; a save or a deliberate close removes it.
 */
final class UnsavedTextKeeper {

	private static final int INTERVAL_MS = 3000;

	private final DuizhaoEditor editor;
	private String kept;

	UnsavedTextKeeper(DuizhaoEditor editor) {
		this.editor = editor;
	}

	void install(StyledText text) {
		text.addListener(SWT.FocusOut, e -> keep());
		schedule(text);
	}

	private void schedule(StyledText text) {
		text.getDisplay().timerExec(INTERVAL_MS, () -> {
			if (!text.isDisposed()) {
				keep();
				schedule(text);
			}
		});
	}

	void keep() {
		Path path = path();
		IDocument document = editor.document();
		if (path == null || document == null || !editor.isDirty()) {
			return;
		}
		String text = document.get();
		if (!text.equals(kept)) {
			Recovery.keep(path, text);
			kept = text;
		}
	}

	void forget() {
		Path path = path();
		if (path != null) {
			Recovery.forget(path);
		}
		kept = null;
	}

	private Path path() {
		IFile file = editor.file();
		return file == null || file.getLocation() == null ? null : file.getLocation().toFile().toPath();
	}
}
