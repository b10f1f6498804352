package org.duizhao.app.actions;

import java.io.IOException;
import java.nio.file.Path;

import org.duizhao.app.AppMessages;
import org.duizhao.ui.internal.DuizhaoUi;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * 文件 > 导入材料…: a report written in Word (or as text) in the traditional layout becomes a new, unsaved report
 * beside its source, laid out by the formatter; what the import found (items per aspect, how causes and measures
 * were placed, numbering faults of the source with their lines) is listed in the 提交前检查 view.
 */
public class ImportReportAction extends Action {

	private final IWorkbenchWindow window;

	public ImportReportAction(IWorkbenchWindow window) {
		super(AppMessages.ImportAction);
		this.window = window;
		setId("org.duizhao.app.importReport");
	}

	@Override
	public void run() {
		FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
		dialog.setText(AppMessages.ImportTitle);
		dialog.setFilterExtensions(new String[] { "*.docx;*.txt;*.md", "*.*" });
		dialog.setFilterNames(new String[] { AppMessages.ImportFilter, "*.*" });
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		try {
			// made by the workbench advisor in code, not from an extension: the importer comes from the injector when needed
			DuizhaoUi.injector().getInstance(ReportImporter.class).open(window.getActivePage(), Path.of(chosen));
		} catch (IOException | CoreException | RuntimeException e) {
			MessageDialog.openError(window.getShell(), AppMessages.ImportTitle,
					AppMessages.bind(AppMessages.ImportFailed, chosen, e.getMessage() == null ? e.toString() : e.getMessage()));
		}
	}
}
