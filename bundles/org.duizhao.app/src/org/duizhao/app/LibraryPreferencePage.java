package org.duizhao.app;

import org.duizhao.ui.editor.LibraryFolders;
import org.duizhao.ui.internal.DuizhaoUi;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** 首选项 > 问题库: the folder whose libraries every report can draw from. */
public class LibraryPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public LibraryPreferencePage() {
		super(GRID);
		setDescription("报告所在文件夹中的 .dzlib 文件，以及下面这个文件夹中的 .dzlib 文件，都可以作为问题库使用；"
				+ "另外总是可以使用随软件提供的默认问题库。");
	}

	@Override
	public void init(IWorkbench workbench) {
		ScopedPreferenceStore store = new ScopedPreferenceStore(org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE,
				DuizhaoUi.PLUGIN_ID);
		store.setDefault(LibraryFolders.PREFERENCE, LibraryFolders.defaultFolder().toString());
		setPreferenceStore(store);
	}

	@Override
	protected void createFieldEditors() {
		addField(new DirectoryFieldEditor(LibraryFolders.PREFERENCE, "我的问题库文件夹：", getFieldEditorParent()));
	}
}
