package org.duizhao.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.duizhao.dsl.ide.analysis.Analysis;
import org.duizhao.dsl.ide.quickfix.QuickfixEngine;
import org.duizhao.ui.internal.DuizhaoUi;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.validation.Issue;

/** The quick fixes of the ide bundle for the issues at a place, applied to the editor's document as one change. */
public final class Fixes {

	/** A fix for one issue, ready to apply to the document it was computed on. */
	public record Fix(Issue issue, QuickfixEngine.Fix fix) {
		public String label() {
			return fix.label();
		}
	}

	private Fixes() {
	}

	/** The ide's fixes at a place ({@link QuickfixEngine#fixesAt}): for issues covering it, else on its line. */
	public static List<Fix> at(Analysis analysis, int offset, int line) {
		return DuizhaoUi.get(QuickfixEngine.class).fixesAt(analysis, offset, line).stream().map(f -> new Fix(f.issue(), f.fix())).toList();
	}

	/**
	 * Applies a fix's edits back to front, inside one compound change so that a single undo reverts it. Returns the
	 * selection afterwards ({@code x} offset, {@code y} length): the end of the first edit, where the user goes on
	 * typing; or, for an edit that leaves its text as it was (select a placeholder), that text selected.
	 */
	public static org.eclipse.swt.graphics.Point apply(Fix fix, String analysedText, IDocument document, IRewriteTarget rewriteTarget) {
		Document positions = new Document(1, analysedText);
		List<TextEdit> edits = new ArrayList<>(fix.fix().edits());
		edits.sort((a, b) -> Integer.compare(positions.getOffSet(b.getRange().getStart()), positions.getOffSet(a.getRange().getStart())));
		org.eclipse.swt.graphics.Point selection = null;
		if (rewriteTarget != null) {
			rewriteTarget.beginCompoundChange();
		}
		try {
			for (TextEdit edit : edits) {
				int start = positions.getOffSet(edit.getRange().getStart());
				int end = positions.getOffSet(edit.getRange().getEnd());
				boolean unchanged = analysedText.substring(start, end).equals(edit.getNewText());
				document.replace(start, end - start, edit.getNewText());
				selection = unchanged ? new org.eclipse.swt.graphics.Point(start, end - start)
						: new org.eclipse.swt.graphics.Point(start + edit.getNewText().length(), 0);
			}
		} catch (BadLocationException e) {
			DuizhaoUi.log("Quick fix did not fit the document", e);
		} finally {
			if (rewriteTarget != null) {
				rewriteTarget.endCompoundChange();
			}
		}
		return selection;
	}
}
