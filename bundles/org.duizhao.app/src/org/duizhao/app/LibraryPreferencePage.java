package org.duizhao.app;

import java.io.IOException;
import java.nio.file.Files;

import org.duizhao.ui.editor.LibraryFolders;
import org.duizhao.ui.editor.ReviewPreferences;
import org.duizhao.ui.internal.DuizhaoUi;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** 首选项 > 问题库: the folder whose libraries every report can draw from, and the checks of substance. */
public class LibraryPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public LibraryPreferencePage() {
		super(GRID);
		setDescription(AppMessages.LibraryPreferencesDescription);
	}

	@Override
	public void init(IWorkbench workbench) {
		ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, DuizhaoUi.PLUGIN_ID);
		store.setDefault(LibraryFolders.PREFERENCE, LibraryFolders.defaultFolder().toString());
		store.setDefault(ReviewPreferences.DEPTH, true);
		setPreferenceStore(store);
		// The folder field accepts existing folders only; the default one is made here, so that the page can be
		// applied as it comes and the user has a place to put libraries.
		try {
			Files.createDirectories(LibraryFolders.defaultFolder());
		} catch (IOException e) {
			DuizhaoUi.log("The default library folder could not be made", e);
		}
	}

	@Override
	protected void createFieldEditors() {
		addField(new DirectoryFieldEditor(LibraryFolders.PREFERENCE, AppMessages.LibraryPreferencesFolder, getFieldEditorParent()));
		addField(new BooleanFieldEditor(ReviewPreferences.DEPTH, AppMessages.ReviewPreferencesDepth, getFieldEditorParent()));
		DirectoryFieldEditor past = new DirectoryFieldEditor(ReviewPreferences.PAST_REPORTS, AppMessages.ReviewPreferencesPastReports,
				getFieldEditorParent());
		past.setEmptyStringAllowed(true);
		addField(past);
	}
}
