package org.duizhao.ui.editor;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.CompareEditorInput;
import org.eclipse.compare.CompareUI;
import org.eclipse.compare.IEncodedStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.graphics.Image;
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
		CompareConfiguration configuration = new CompareConfiguration();
		configuration.setLeftLabel(EditorMessages.CompareEditorSide);
		configuration.setRightLabel(EditorMessages.CompareDiskSide);
		configuration.setLeftEditable(false);
		configuration.setRightEditable(false);
		CompareEditorInput input = new CompareEditorInput(configuration) {
			@Override
			protected Object prepareInput(IProgressMonitor monitor) {
				return new DiffNode(new Text(EditorMessages.CompareEditorSide, editorText),
						new Text(EditorMessages.CompareDiskSide, diskText));
			}
		};
		input.setTitle(EditorMessages.bind(EditorMessages.CompareTitle, fileName));
		CompareUI.openCompareDialog(input);
	}

	/** One side of the comparison: a text, shown by the compare plug-in's text viewer. */
	private record Text(String name, String text) implements ITypedElement, IEncodedStreamContentAccessor {
		@Override
		public String getName() {
			return name;
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public String getType() {
			return ITypedElement.TEXT_TYPE;
		}

		@Override
		public InputStream getContents() {
			return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		}

		@Override
		public String getCharset() {
			return StandardCharsets.UTF_8.name();
		}
	}
}
