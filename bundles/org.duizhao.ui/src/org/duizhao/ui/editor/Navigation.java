package org.duizhao.ui.editor;

import java.nio.file.Path;

import org.duizhao.dsl.ide.analysis.Analysis;
import org.duizhao.dsl.ide.analysis.DocumentFormatter.Replacement;
import org.duizhao.dsl.ide.navigation.Definitions;
import org.duizhao.dsl.ide.navigation.ItemOccurrences;
import org.duizhao.ui.internal.DuizhaoUi;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.dialogs.ListDialog;
import org.eclipse.ui.ide.IDE;
import org.eclipse.xtext.util.TextRegion;

/**
 * F3 / Ctrl+click, Alt+Shift+R and Ctrl+Shift+G in the report editor: the ide services ({@link Definitions},
 * {@link ItemOccurrences}) decide where and what; this class only moves the selection, opens files and asks.
 */
public final class Navigation {

	private final DuizhaoEditor editor;

	Navigation(DuizhaoEditor editor) {
		this.editor = editor;
	}

	private int caret() {
		return ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset();
	}

	/** The target of the reference at {@code offset} in an analysis of this editor's text, read under its lock. */
	public Definitions.Target targetAt(Analysis analysis, int offset) {
		return analysis.read(a -> editor.language().definitions().at(a.resource(), offset));
	}

	/** F3: goes to what the reference at the caret names. */
	public void openDeclaration() {
		Definitions.Target target = targetAt(editor.currentAnalysis(), caret());
		if (target == null) {
			editor.say(EditorMessages.NoTargetHere);
		} else {
			open(target);
		}
	}

	/** Shows the target: in this editor when it is in this report, else in the editor of its file. */
	public void open(Definitions.Target target) {
		if (target.in(editor.documentUri())) {
			editor.selectAndReveal(target.offset(), target.length());
			return;
		}
		if (!target.uri().isFile()) {
			String name = editor.document().get().substring(target.sourceOffset(), target.sourceOffset() + target.sourceLength());
			editor.say(EditorMessages.bind(EditorMessages.TargetWithoutFile, name));
			return;
		}
		try {
			IEditorPart opened = IDE.openEditor(editor.getSite().getPage(), WorkspaceFiles.fileFor(Path.of(target.uri().toFileString())),
					DuizhaoEditor.ID, true);
			if (opened instanceof DuizhaoEditor other) {
				other.selectAndReveal(target.offset(), target.length());
			}
		} catch (CoreException e) {
			DuizhaoUi.log("Opening " + target.uri() + " failed", e);
		}
	}

	/** The occurrences of the id at the caret, or {@code null} (said in the status line). */
	public ItemOccurrences.Occurrences occurrencesAtCaret() {
		int offset = caret();
		ItemOccurrences.Occurrences found = editor.currentAnalysis()
				.read(a -> editor.language().occurrences().at(a.resource(), offset));
		if (found == null) {
			editor.say(EditorMessages.NotAnId);
		}
		return found;
	}

	/** Alt+Shift+R: asks for the new id and renames the item and every 针对 naming it, as one undoable change. */
	public void rename() {
		ItemOccurrences.Occurrences found = occurrencesAtCaret();
		if (found == null) {
			return;
		}
		String id = found.item().getName();
		InputDialog dialog = new InputDialog(editor.getSite().getShell(), EditorMessages.RenameTitle,
				EditorMessages.bind(EditorMessages.RenamePrompt, id), id, ItemOccurrences::problemWithId);
		if (dialog.open() == Window.OK && !dialog.getValue().equals(id)) {
			rename(found, dialog.getValue());
		}
	}

	/** Replaces every occurrence by {@code newId}, as one undoable change. */
	public void rename(ItemOccurrences.Occurrences found, String newId) {
		editor.replace(found.all().stream().map(r -> new Replacement(r.getOffset(), r.getLength(), newId)).toList());
	}

	/** Ctrl+Shift+G: lists the lines that name the item at the caret; choosing one goes there. */
	public void findReferences() {
		ItemOccurrences.Occurrences found = occurrencesAtCaret();
		if (found == null) {
			return;
		}
		String id = found.item().getName();
		if (found.references().isEmpty()) {
			editor.say(EditorMessages.bind(EditorMessages.ReferencesNone, id));
			return;
		}
		IDocument document = editor.document();
		ListDialog dialog = new ListDialog(editor.getSite().getShell());
		dialog.setTitle(EditorMessages.bind(EditorMessages.ReferencesTitle, id, found.references().size()));
		dialog.setContentProvider(ArrayContentProvider.getInstance());
		dialog.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return line((TextRegion) element, document);
			}
		});
		dialog.setInput(found.references());
		dialog.setInitialSelections(found.references().get(0));
		if (dialog.open() == Window.OK && dialog.getResult().length > 0) {
			TextRegion chosen = (TextRegion) dialog.getResult()[0];
			editor.selectAndReveal(chosen.getOffset(), chosen.getLength());
		}
	}

	private static String line(TextRegion region, IDocument document) {
		try {
			int line = document.getLineOfOffset(region.getOffset());
			String text = document.get(document.getLineOffset(line), document.getLineLength(line)).strip();
			return EditorMessages.bind(EditorMessages.ReferenceLine, line + 1, text);
		} catch (BadLocationException e) {
			return String.valueOf(region.getOffset());
		}
	}
}
