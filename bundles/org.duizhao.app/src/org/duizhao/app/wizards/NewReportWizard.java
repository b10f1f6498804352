package org.duizhao.app.wizards;

import java.time.LocalDate;

import org.duizhao.app.AppMessages;
import org.duizhao.dsl.ide.templates.ItemTemplates;

/** Writes a new report with a skeleton for every aspect of the chosen profile, and opens it. */
public class NewReportWizard extends FileWizard<NewReportPage> {

	public NewReportWizard() {
		super(AppMessages.NewReportTitle);
	}

	@Override
	protected NewReportPage createPage() {
		return new NewReportPage();
	}

	@Override
	public boolean performFinish() {
		NewReportPage page = page();
		return write(page.target(), ItemTemplates.report(page.profile(), page.scope(), page.organization(), page.title(), LocalDate.now()));
	}
}
