package org.duizhao.ui.editor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.duizhao.dsl.depth.CompareFolders;
import org.duizhao.dsl.depth.DepthSwitch;
import org.duizhao.ui.internal.DuizhaoUi;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

import com.google.inject.Injector;

/**
 * 首选项 for the checks of substance: whether they run, and the folder of past reports copied text is looked for in.
 * Handed to the language's settings when the injector is made and whenever the preferences change.
 */
public final class ReviewPreferences {

	public static final String DEPTH = "depthChecks";
	public static final String PAST_REPORTS = "pastReportsFolder";

	private ReviewPreferences() {
	}

	/** Gives the language the preferences as they are now, and again whenever they change. */
	public static void follow(Injector injector) {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(DuizhaoUi.PLUGIN_ID);
		apply(injector, node);
		node.addPreferenceChangeListener(event -> apply(injector, node));
	}

	private static void apply(Injector injector, IEclipsePreferences node) {
		injector.getInstance(DepthSwitch.class).set(node.getBoolean(DEPTH, true));
		String folder = node.get(PAST_REPORTS, "");
		injector.getInstance(CompareFolders.class).set(folder.isBlank() || !Files.isDirectory(Path.of(folder)) ? List.of() : List.of(Path.of(folder)));
	}
}
