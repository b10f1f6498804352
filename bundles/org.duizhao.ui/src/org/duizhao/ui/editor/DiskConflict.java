package org.duizhao.ui.editor;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Asks what to do when a save finds the file changed on disk by another program: 覆盖, 重新载入, or 比较 first (the
 * platform's compare viewer, side by side, after which the question is asked again).
 */
final class DiskConflict {

	enum Choice {
		OVERWRITE, RELOAD, CANCEL
	}

	private DiskConflict() {
	}

	static Choice ask(Shell shell, String fileName, String editorText, String diskText) {
		String[] buttons = { EditorMessages.ChangedOnDiskOverwrite, EditorMessages.ChangedOnDiskReload,
				EditorMessages.ChangedOnDiskCompare, EditorMessages.ChangedOnDiskCancel };
		while (true) {
			MessageDialog dialog = new MessageDialog(shell, EditorMessages.ChangedOnDiskTitle, null,
					EditorMessages.bind(EditorMessages.ChangedOnDisk, fileName), MessageDialog.WARNING, 3, buttons);
			switch (dialog.open()) {
			case 0:
				return Choice.OVERWRITE;
			case 1:
				return Choice.RELOAD;
			case 2:
				compare(fileName, editorText, diskText);
				break;
			default:
				return Choice.CANCEL;
			}
		}
	}

	private static void compare(String fileName, String editorText, String diskText) {
		TextComparison.open(EditorMessages.bind(EditorMessages.CompareTitle, fileName), EditorMessages.CompareEditorSide, editorText,
				EditorMessages.CompareDiskSide, diskText);
	}
}
