package org.duizhao.app.actions;

import org.duizhao.app.AppMessages;
import org.duizhao.app.wizards.NewReportWizard;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbenchWindow;

/** 文件 > 新建报告: the wizard that writes a report skeleton for every aspect of a profile. */
public class NewReportAction extends Action {

	private final IWorkbenchWindow window;

	public NewReportAction(IWorkbenchWindow window) {
		super(AppMessages.NewReportAction);
		this.window = window;
		setId("org.duizhao.app.newReport");
		setActionDefinitionId("org.eclipse.ui.newWizard");
	}

	@Override
	public void run() {
		try {
			INewWizard wizard = (INewWizard) window.getWorkbench().getNewWizardRegistry().findWizard(NewReportWizard.ID).createWizard();
			wizard.init(window.getWorkbench(), null);
			new WizardDialog(window.getShell(), wizard).open();
		} catch (CoreException e) {
			ErrorDialog.openError(window.getShell(), AppMessages.NewReportTitle, null, e.getStatus());
		}
	}
}
