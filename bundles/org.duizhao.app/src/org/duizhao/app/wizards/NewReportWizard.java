package org.duizhao.app.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.duizhao.app.StudioWorkbenchAdvisor;
import org.duizhao.dsl.ide.templates.ItemTemplates;
import org.duizhao.model.Profile;
import org.duizhao.dsl.io.AtomicFiles;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;

/** Writes a new report with a skeleton for every aspect of the chosen profile, and opens it. */
public class NewReportWizard extends Wizard implements INewWizard {

	private IWorkbench workbench;
	private NewReportPage page;

	public NewReportWizard() {
		setWindowTitle("新建对照检查材料");
		setNeedsProgressMonitor(false);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
	}

	@Override
	public void addPages() {
		page = new NewReportPage();
		addPage(page);
	}

	/** The page, for tests that fill it in as a user would. */
	public NewReportPage page() {
		return page;
	}

	@Override
	public boolean performFinish() {
		Path target = page.target();
		if (Files.exists(target) && !MessageDialog.openQuestion(getShell(), getWindowTitle(), target + " 已存在。要覆盖吗？")) {
			return false;
		}
		Profile profile = page.profile();
		String text = ItemTemplates.report(profile, page.scope(), page.organization(), page.title(), LocalDate.now());
		try {
			AtomicFiles.write(target, text);
		} catch (IOException e) {
			MessageDialog.openError(getShell(), getWindowTitle(), "无法写入 " + target + "：" + e.getMessage());
			return false;
		}
		StudioWorkbenchAdvisor.open(workbench.getActiveWorkbenchWindow().getActivePage(), target);
		return true;
	}
}
