package org.duizhao.app.actions;

import java.nio.file.Path;

import org.duizhao.app.StudioWorkbenchAdvisor;
import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;

/** 文件 > 打开文件: a report or library from any folder on disk. */
public class OpenFileAction extends Action {

	private final IWorkbenchWindow window;

	public OpenFileAction(IWorkbenchWindow window) {
		super("打开文件(&O)…");
		this.window = window;
		setId("org.duizhao.app.openFile");
		setActionDefinitionId("org.eclipse.ui.edit.text.openLocalFile");
	}

	@Override
	public void run() {
		FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setText("打开对照检查材料");
		dialog.setFilterExtensions(new String[] { "*.dzr;*.dzlib", "*.dzr", "*.dzlib", "*.*" });
		dialog.setFilterNames(new String[] { "对照检查材料和问题库", "对照检查材料 (*.dzr)", "问题库 (*.dzlib)", "所有文件" });
		if (dialog.open() == null) {
			return;
		}
		for (String name : dialog.getFileNames()) {
			StudioWorkbenchAdvisor.open(window.getActivePage(), Path.of(dialog.getFilterPath(), name));
		}
	}
}
