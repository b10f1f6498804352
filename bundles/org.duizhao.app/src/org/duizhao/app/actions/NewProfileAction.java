package org.duizhao.app.actions;

import org.duizhao.app.AppMessages;
import org.duizhao.app.wizards.NewProfileWizard;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;

/** 文件 > 新建方案: the wizard that makes next year's profile from the notice. */
public class NewProfileAction extends Action {

	private final IWorkbenchWindow window;

	public NewProfileAction(IWorkbenchWindow window) {
		super(AppMessages.NewProfileAction);
		this.window = window;
		setId("org.duizhao.app.newProfile");
	}

	@Override
	public void run() {
		NewProfileWizard wizard = new NewProfileWizard();
		wizard.init(window.getWorkbench(), null);
		new WizardDialog(window.getShell(), wizard).open();
	}
}
