package org.duizhao.ui.editor;

import org.duizhao.ui.internal.DuizhaoUi;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;

/** The editor's commands on its text: format (Ctrl+Shift+F) and toggle comment (Ctrl+/), each one undoable change. */
final class TextCommands {

	private TextCommands() {
	}

	/** Lays the document out canonically, as one undoable change. */
	static void format(DuizhaoEditor editor) {
		editor.replace(editor.language().formatter().format(editor.currentAnalysis()));
	}

	/**
	 * Comments the selected lines out with // or, when all are commented, back in — JFace's prefix operations with
	 * the configuration's default prefix, deciding only which of the two.
	 */
	static void toggleComment(DuizhaoEditor editor) {
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		boolean allCommented = true;
		try {
			for (int line = selection.getStartLine(); line <= Math.max(selection.getStartLine(), selection.getEndLine()); line++) {
				allCommented &= lineText(editor.document(), line).stripLeading().startsWith("//");
			}
		} catch (BadLocationException e) {
			DuizhaoUi.log("Toggle comment failed", e);
			return;
		}
		ITextOperationTarget operations = (ITextOperationTarget) editor.viewer();
		int operation = allCommented ? ITextOperationTarget.STRIP_PREFIX : ITextOperationTarget.PREFIX;
		if (operations.canDoOperation(operation)) {
			operations.doOperation(operation);
		}
	}

	private static String lineText(IDocument document, int line) throws BadLocationException {
		IRegion region = document.getLineInformation(line);
		return document.get(region.getOffset(), region.getLength());
	}
}
