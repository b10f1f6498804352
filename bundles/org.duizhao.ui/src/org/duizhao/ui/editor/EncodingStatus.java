package org.duizhao.ui.editor;

import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.texteditor.IStatusField;
import org.eclipse.ui.texteditor.StatusLineContributionItem;

/**
 * The encoding the report was read in, in the status bar (UTF-8, GB18030, or that it could not be read), and
 * 文件 > 转换为 UTF-8, after which the next save writes UTF-8.
 */
final class EncodingStatus {

	private final DuizhaoEditor editor;

	EncodingStatus(DuizhaoEditor editor) {
		this.editor = editor;
	}

	/** Fills the status field with the input's encoding. */
	void show(IStatusField field) {
		DuizhaoDocumentProvider provider = provider();
		if (field == null || provider == null) {
			return;
		}
		IEditorInput input = editor.getEditorInput();
		String label = provider.unreadable(input) != null ? EditorMessages.UnknownEncoding : provider.encodingOf(input).label();
		field.setText(label);
		if (field instanceof StatusLineContributionItem item) {
			item.setToolTipText(EditorMessages.bind(EditorMessages.EncodingTooltip, label));
		}
	}

	/** Why the input could not be read, or {@code null}. */
	String unreadable(IEditorInput input) {
		return provider().unreadable(input);
	}

	void convertToUtf8() {
		provider().convertToUtf8(editor.getEditorInput());
		editor.statusChanged();
	}

	private DuizhaoDocumentProvider provider() {
		return (DuizhaoDocumentProvider) editor.getDocumentProvider();
	}
}
