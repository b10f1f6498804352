package org.duizhao.ui.editor;

import java.util.List;

import org.duizhao.dsl.ide.analysis.DocumentFormatter.Replacement;
import org.duizhao.dsl.ide.quickfix.LibraryInsertion;
import org.duizhao.dsl.library.Libraries;

/** Library items put into a report: by double-click and drop in the 问题库 view. */
public final class LibraryItems {

	private LibraryItems() {
	}

	/**
	 * Puts a library item into the report where it belongs (the section of its aspect near {@code offset}, created
	 * when missing), as one undoable change, and shows it; whether it went in.
	 */
	public static boolean insert(DuizhaoEditor editor, Libraries.Entry entry, int offset) {
		LibraryInsertion.Edit edit = editor.language().libraryInsertion().insert(editor.currentAnalysis(), entry.item(), entry.origin(), offset);
		if (edit == null || !editor.replace(List.of(new Replacement(edit.offset(), 0, edit.text())))) {
			return false;
		}
		editor.getSite().getPage().activate(editor);
		editor.selectAndReveal(edit.caret(), 0);
		return true;
	}
}
