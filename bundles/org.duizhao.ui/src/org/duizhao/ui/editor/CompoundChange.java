package org.duizhao.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.duizhao.dsl.ide.analysis.DocumentFormatter.Replacement;
import org.duizhao.ui.internal.DuizhaoUi;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;

/**
 * Replacements computed on one text, made to the editor's document as one undoable change: back to front, so that
 * every offset is still the one it was computed on. Formatting, quick fixes, rename and library insertion all edit
 * the document this way.
 */
final class CompoundChange {

	private CompoundChange() {
	}

	/** Whether all were made; a replacement that does not fit (the text moved on) is logged and ends the change. */
	static boolean apply(IDocument document, IRewriteTarget undo, List<Replacement> replacements) {
		List<Replacement> backToFront = new ArrayList<>(replacements);
		backToFront.sort(Comparator.comparingInt(Replacement::offset).reversed());
		if (undo != null) {
			undo.beginCompoundChange();
		}
		try {
			for (Replacement replacement : backToFront) {
				document.replace(replacement.offset(), replacement.length(), replacement.text());
			}
			return true;
		} catch (BadLocationException e) {
			DuizhaoUi.log("An edit did not fit the document", e);
			return false;
		} finally {
			if (undo != null) {
				undo.endCompoundChange();
			}
		}
	}
}
