package org.duizhao.app.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.duizhao.app.AppMessages;
import org.duizhao.app.StudioWorkbenchAdvisor;
import org.duizhao.dsl.io.AtomicFiles;
import org.duizhao.dsl.io.IoMessages;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;

/** A one-page wizard that writes a new file (asking before it replaces one) and opens it in the editor. */
abstract class FileWizard<P extends WizardPage> extends Wizard implements INewWizard {

	private IWorkbench workbench;
	private P page;

	FileWizard(String title) {
		setWindowTitle(title);
		setNeedsProgressMonitor(false);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
	}

	@Override
	public void addPages() {
		page = createPage();
		addPage(page);
	}

	protected abstract P createPage();

	/** The page, for tests that fill it in as a user would. */
	public P page() {
		return page;
	}

	/** Writes {@code text} to {@code target} (its folder made if need be) and opens it; whether it was written. */
	protected boolean write(Path target, String text) {
		if (Files.exists(target) && !MessageDialog.openQuestion(getShell(), getWindowTitle(), AppMessages.bind(AppMessages.FileExists, target))) {
			return false;
		}
		try {
			Files.createDirectories(target.toAbsolutePath().getParent());
			AtomicFiles.write(target, text);
		} catch (IOException e) {
			MessageDialog.openError(getShell(), getWindowTitle(), AppMessages.bind(AppMessages.FileUnwritable, target, IoMessages.reason(e)));
			return false;
		}
		StudioWorkbenchAdvisor.open(workbench.getActiveWorkbenchWindow().getActivePage(), target);
		return true;
	}
}
