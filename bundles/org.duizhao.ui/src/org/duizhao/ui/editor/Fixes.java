package org.duizhao.ui.editor;

import java.util.Comparator;
import java.util.List;

import org.duizhao.dsl.ide.analysis.DocumentFormatter.Replacement;
import org.duizhao.dsl.ide.quickfix.QuickfixEngine.IssueFix;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.swt.graphics.Point;
import org.eclipse.xtext.ide.server.Document;

/** A quick fix of the ide bundle applied to the editor's document as one change. */
public final class Fixes {

	private Fixes() {
	}

	/**
	 * Applies a fix's edits as one undoable change. Returns the selection afterwards ({@code x} offset, {@code y}
	 * length): the end of the front-most edit, where the user goes on typing; or, for an edit that leaves its text as
	 * it was (select a placeholder), that text selected.
	 */
	public static Point apply(IssueFix fix, String analysedText, IDocument document, IRewriteTarget rewriteTarget) {
		Document positions = new Document(1, analysedText);
		List<Replacement> replacements = fix.fix().edits().stream().map(edit -> {
			int start = positions.getOffSet(edit.getRange().getStart());
			return new Replacement(start, positions.getOffSet(edit.getRange().getEnd()) - start, edit.getNewText());
		}).toList();
		if (replacements.isEmpty() || !CompoundChange.apply(document, rewriteTarget, replacements)) {
			return null;
		}
		Replacement first = replacements.stream().min(Comparator.comparingInt(Replacement::offset)).orElseThrow();
		boolean unchanged = analysedText.substring(first.offset(), first.offset() + first.length()).equals(first.text());
		return unchanged ? new Point(first.offset(), first.length()) : new Point(first.offset() + first.text().length(), 0);
	}
}
