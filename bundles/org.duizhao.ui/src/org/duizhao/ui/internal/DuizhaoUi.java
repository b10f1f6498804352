package org.duizhao.ui.internal;

import java.util.List;

import org.duizhao.dsl.ide.DuizhaoIdeSetup;
import org.duizhao.dsl.ide.analysis.DocumentAnalyzer;
import org.duizhao.dsl.profiles.BuiltinProfiles;
import org.duizhao.dsl.syntax.ReportSyntax;
import org.duizhao.dsl.syntax.ReportSyntax.Keyword;
import org.duizhao.ui.editor.ReviewPreferences;
import org.eclipse.emf.common.util.URI;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

import com.google.inject.Injector;

/**
 * The editor bundle: holds the one injector of the language (runtime and ide services). The workbench builds the
 * editor, the views and the wizard from it ({@link LanguageExtensionFactory}), which get the services injected.
 */
public class DuizhaoUi extends AbstractUIPlugin {

	public static final String PLUGIN_ID = "org.duizhao.ui";

	private static DuizhaoUi instance;

	private volatile Injector injector;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		instance = null;
		super.stop(context);
	}

	public static DuizhaoUi getDefault() {
		return instance;
	}

	public static Injector injector() {
		DuizhaoUi plugin = getDefault();
		if (plugin.injector == null) {
			synchronized (plugin) {
				if (plugin.injector == null) {
					Injector made = new DuizhaoIdeSetup().createInjectorAndDoEMFRegistration();
					ReviewPreferences.follow(made);
					plugin.injector = made;
				}
			}
		}
		return plugin.injector;
	}

	/**
	 * Builds the injector and runs one small analysis on another thread while the workbench starts: creating the
	 * injector and loading the parser and checks take most of a second, which the first editor would otherwise wait
	 * for on the UI thread.
	 */
	public static void prepareInBackground() {
		Thread thread = new Thread(() -> {
			try {
				injector().getInstance(DocumentAnalyzer.class).analyze(URI.createURI("memory:/warm-up.dzr"), WARM_UP, List.of());
			} catch (RuntimeException e) {
				log("Preparing the language services failed", e);
			}
		}, "Duizhao language services");
		thread.setDaemon(true);
		thread.setPriority(Thread.NORM_PRIORITY - 1);
		thread.start();
	}

	private static final String WARM_UP = ReportSyntax.text(Keyword.REPORT, "") + "\n"
			+ ReportSyntax.name(Keyword.FOLLOWS, BuiltinProfiles.DEFAULT_PROFILE) + "\n"
			+ ReportSyntax.section("理论学习", List.of(ReportSyntax.item(Keyword.PROBLEM, "P1", "学习不够深入。", null))) + "\n";

	public static void log(String message, Throwable error) {
		DuizhaoUi plugin = getDefault();
		if (plugin != null) {
			plugin.getLog().error(message, error);
		}
	}
}
