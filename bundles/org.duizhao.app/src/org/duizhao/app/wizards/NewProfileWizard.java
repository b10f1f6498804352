package org.duizhao.app.wizards;

import org.duizhao.app.AppMessages;
import org.duizhao.dsl.importer.ImportMessages;
import org.duizhao.dsl.importer.ReportImport;

/** 文件 > 新建方案: next year's profile from the notice's text, written to the user's library folder and opened. */
public class NewProfileWizard extends FileWizard<NewProfilePage> {

	public NewProfileWizard() {
		super(AppMessages.NewProfileTitle);
	}

	@Override
	protected NewProfilePage createPage() {
		return new NewProfilePage();
	}

	@Override
	public boolean performFinish() {
		return write(page().target(), ReportImport.profileText(page().profile().profile(),
				ImportMessages.bind(ImportMessages.FromNotice, AppMessages.NewProfileFromPasted)));
	}
}
