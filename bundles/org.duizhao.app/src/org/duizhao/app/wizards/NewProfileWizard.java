package org.duizhao.app.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.duizhao.app.AppMessages;
import org.duizhao.app.StudioWorkbenchAdvisor;
import org.duizhao.dsl.importer.ImportMessages;
import org.duizhao.dsl.importer.ReportImport;
import org.duizhao.dsl.io.AtomicFiles;
import org.duizhao.dsl.io.IoMessages;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;

/** 文件 > 新建方案: next year's profile from the notice's text, written to the user's library folder and opened. */
public class NewProfileWizard extends Wizard implements INewWizard {

	private IWorkbench workbench;
	private NewProfilePage page;

	public NewProfileWizard() {
		setWindowTitle(AppMessages.NewProfileTitle);
		setNeedsProgressMonitor(false);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
	}

	@Override
	public void addPages() {
		page = new NewProfilePage();
		addPage(page);
	}

	/** The page, for tests that fill it in as a user would. */
	public NewProfilePage page() {
		return page;
	}

	@Override
	public boolean performFinish() {
		Path target = page.target();
		if (Files.exists(target) && !MessageDialog.openQuestion(getShell(), getWindowTitle(), AppMessages.bind(AppMessages.NewProfileExists, target))) {
			return false;
		}
		String text = ReportImport.profileText(page.profile().profile(), ImportMessages.bind(ImportMessages.FromNotice, AppMessages.NewProfileFromPasted));
		try {
			Files.createDirectories(target.getParent());
			AtomicFiles.write(target, text);
		} catch (IOException e) {
			MessageDialog.openError(getShell(), getWindowTitle(), AppMessages.bind(AppMessages.NewProfileUnwritable, target, IoMessages.reason(e)));
			return false;
		}
		StudioWorkbenchAdvisor.open(workbench.getActiveWorkbenchWindow().getActivePage(), target);
		return true;
	}
}
