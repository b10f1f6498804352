package org.duizhao.ui.editor;

import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.editors.text.TextEditorActionContributor;
import org.eclipse.ui.texteditor.ITextEditorExtension;
import org.eclipse.ui.texteditor.StatusLineContributionItem;

/** The text editor's actions, and a status bar field that shows the file's encoding. */
public class DuizhaoEditorActionContributor extends TextEditorActionContributor {

	/** The status field category the editor fills with the encoding's name. */
	public static final String ENCODING = "org.duizhao.ui.status.encoding";

	private final StatusLineContributionItem encoding = new StatusLineContributionItem(ENCODING, true, 14);

	@Override
	public void contributeToStatusLine(IStatusLineManager manager) {
		super.contributeToStatusLine(manager);
		manager.add(encoding);
	}

	@Override
	public void setActiveEditor(IEditorPart part) {
		super.setActiveEditor(part);
		if (part instanceof ITextEditorExtension editor) {
			editor.setStatusField(encoding, ENCODING);
		}
	}
}
