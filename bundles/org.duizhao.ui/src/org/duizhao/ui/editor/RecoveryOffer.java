package org.duizhao.ui.editor;

import java.io.IOException;
import java.nio.file.Files;

import org.duizhao.dsl.io.TextFiles;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;

/**
 * At start: the unsaved texts an abnormal exit left in the recovery folder, offered back one by one — 恢复 (open the
 * report with the text, unsaved), 比较 (with the file on disk first), or 丢弃.
 */
public final class RecoveryOffer {

	private RecoveryOffer() {
	}

	public static void offer(IWorkbenchPage page) {
		for (Recovery.Copy copy : Recovery.left()) {
			String onDisk = textOnDisk(copy);
			boolean decided = false;
			while (!decided) {
				MessageDialog dialog = new MessageDialog(page.getWorkbenchWindow().getShell(), EditorMessages.RecoveryTitle, null,
						EditorMessages.bind(EditorMessages.RecoveryQuestion, copy.file()), MessageDialog.QUESTION, 0,
						EditorMessages.RecoveryRestore, EditorMessages.ChangedOnDiskCompare, EditorMessages.RecoveryDiscard);
				switch (dialog.open()) {
				case 0 -> {
					restore(page, copy);
					decided = true;
				}
				case 1 -> TextComparison.open(EditorMessages.bind(EditorMessages.CompareTitle, copy.file()), EditorMessages.RecoverySide,
						copy.text(), EditorMessages.CompareDiskSide, onDisk);
				case 2 -> {
					Recovery.discard(copy);
					decided = true;
				}
				default -> decided = true; // closed: asked again at the next start
				}
			}
		}
	}

	private static void restore(IWorkbenchPage page, Recovery.Copy copy) {
		try {
			IFile file = WorkspaceFiles.fileFor(copy.file());
			// After a crash the workspace refreshes itself in the background; refreshed now, the file raises no
			// change later that could be taken for a change on disk.
			file.refreshLocal(IResource.DEPTH_ZERO, null);
			DuizhaoEditor editor = (DuizhaoEditor) IDE.openEditor(page, file, DuizhaoEditor.ID, true);
			editor.document().set(copy.text()); // unsaved, as it was; the editor keeps its own recovery copy from now on
		} catch (CoreException e) {
			MessageDialog.openError(page.getWorkbenchWindow().getShell(), EditorMessages.RecoveryTitle, e.getMessage());
		}
	}

	private static String textOnDisk(Recovery.Copy copy) {
		try {
			return Files.exists(copy.file()) ? TextFiles.read(copy.file()).text() : "";
		} catch (IOException e) {
			return e.getMessage();
		}
	}
}
