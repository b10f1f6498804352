package org.duizhao.ui.editor;

import java.nio.file.Path;

import org.duizhao.dsl.library.LibraryFiles;
import org.duizhao.ui.internal.DuizhaoUi;
import org.eclipse.core.runtime.preferences.InstanceScope;

/** The user's library folder: .dzlib files there are visible to every report (a preference). */
public final class LibraryFolders {

	public static final String PREFERENCE = "userLibraryFolder";

	private LibraryFolders() {
	}

	public static Path defaultFolder() {
		return LibraryFiles.defaultUserFolder();
	}

	public static Path userFolder() {
		String value = InstanceScope.INSTANCE.getNode(DuizhaoUi.PLUGIN_ID).get(PREFERENCE, null);
		return value == null || value.isBlank() ? defaultFolder() : Path.of(value);
	}
}
