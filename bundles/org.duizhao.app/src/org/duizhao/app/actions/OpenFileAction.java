package org.duizhao.app.actions;

import java.nio.file.Path;

import org.duizhao.app.AppMessages;
import org.duizhao.app.StudioWorkbenchAdvisor;
import org.duizhao.ui.editor.EditorMessages;
import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;

/** 文件 > 打开文件: a report or library from any folder on disk. */
public class OpenFileAction extends Action {

	private final IWorkbenchWindow window;

	public OpenFileAction(IWorkbenchWindow window) {
		super(AppMessages.OpenFileAction);
		this.window = window;
		setId("org.duizhao.app.openFile");
		setActionDefinitionId("org.eclipse.ui.edit.text.openLocalFile");
	}

	@Override
	public void run() {
		FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setText(AppMessages.OpenFileDialogTitle);
		dialog.setFilterExtensions(new String[] { "*.dzr;*.dzlib", "*.dzr", "*.dzlib", "*.*" });
		dialog.setFilterNames(new String[] { AppMessages.OpenFileFilterAll, EditorMessages.FilterReports, EditorMessages.FilterLibraries,
				EditorMessages.FilterAll });
		if (dialog.open() == null) {
			return;
		}
		for (String name : dialog.getFileNames()) {
			StudioWorkbenchAdvisor.open(window.getActivePage(), Path.of(dialog.getFilterPath(), name));
		}
	}
}
