package org.duizhao.ui.editor;

import org.duizhao.dsl.library.Libraries;
import org.eclipse.jface.text.ITextViewerExtension5;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.texteditor.ITextEditorDropTargetListener;

/** A library item dragged from the 问题库 view onto the report goes into the section of its aspect. */
final class LibraryDrop extends DropTargetAdapter implements ITextEditorDropTargetListener {

	private final DuizhaoEditor editor;

	LibraryDrop(DuizhaoEditor editor) {
		this.editor = editor;
	}

	@Override
	public Transfer[] getTransfers() {
		return new Transfer[] { LocalSelectionTransfer.getTransfer() };
	}

	@Override
	public void dragEnter(DropTargetEvent event) {
		event.detail = entry() == null ? DND.DROP_NONE : DND.DROP_COPY;
	}

	@Override
	public void dragOperationChanged(DropTargetEvent event) {
		dragEnter(event);
	}

	@Override
	public void drop(DropTargetEvent event) {
		Libraries.Entry entry = entry();
		if (entry == null) {
			event.detail = DND.DROP_NONE;
			return;
		}
		StyledText text = editor.viewer().getTextWidget();
		Point point = text.toControl(event.x, event.y);
		int widgetOffset = text.getOffsetAtPoint(point);
		int offset = widgetOffset < 0 ? text.getCaretOffset() : widgetOffset;
		if (editor.viewer() instanceof ITextViewerExtension5 extension) {
			offset = extension.widgetOffset2ModelOffset(offset);
		}
		LibraryItems.insert(editor, entry, offset);
	}

	private static Libraries.Entry entry() {
		return LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof Libraries.Entry entry ? entry : null;
	}
}
