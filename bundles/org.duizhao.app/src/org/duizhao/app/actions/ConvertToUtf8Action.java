package org.duizhao.app.actions;

import org.duizhao.app.AppMessages;
import org.duizhao.ui.editor.DuizhaoEditor;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * 文件 > 转换为 UTF-8: a report found in GB18030 (or UTF-16, or UTF-8 with BOM) is saved as plain UTF-8 from the next
 * save on. Without it every save keeps the encoding the file came in.
 */
public class ConvertToUtf8Action extends Action {

	private final IWorkbenchWindow window;

	public ConvertToUtf8Action(IWorkbenchWindow window) {
		super(AppMessages.ConvertAction);
		this.window = window;
		setId("org.duizhao.app.convertToUtf8");
		setToolTipText(AppMessages.ConvertTooltip);
	}

	@Override
	public void run() {
		IEditorPart editor = window.getActivePage() == null ? null : window.getActivePage().getActiveEditor();
		if (editor instanceof DuizhaoEditor report) {
			report.convertToUtf8();
		}
	}
}
