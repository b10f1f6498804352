package org.duizhao.app.wizards;

import java.time.LocalDate;
import java.util.List;

import org.duizhao.app.AppMessages;
import org.duizhao.dsl.ide.templates.ItemTemplates;
import org.duizhao.dsl.profiles.BuiltinProfiles;
import org.duizhao.model.Profile;

import com.google.inject.Inject;

/** Writes a new report with a skeleton for every aspect of the chosen profile, and opens it. */
public class NewReportWizard extends FileWizard<NewReportPage> {

	/** The id of its entry in the workbench's new-wizard registry, which builds it from the language's injector. */
	public static final String ID = "org.duizhao.app.newReport";

	private final List<Profile> profiles;

	@Inject
	public NewReportWizard(BuiltinProfiles builtin) {
		super(AppMessages.NewReportTitle);
		profiles = builtin.profiles();
	}

	@Override
	protected NewReportPage createPage() {
		return new NewReportPage(profiles);
	}

	@Override
	public boolean performFinish() {
		NewReportPage page = page();
		return write(page.target(), ItemTemplates.report(page.profile(), page.scope(), page.organization(), page.title(), LocalDate.now()));
	}
}
