package org.duizhao.ui.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

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
 * editor, the views and the wizard from it ({@link LanguageExtensionFactory}), which get the services injected; the
 * editor and the views are shown before it is built and get them when it is ({@link WaitsForLanguage}).
 */
public class DuizhaoUi extends AbstractUIPlugin {

	public static final String PLUGIN_ID = "org.duizhao.ui";

	private static DuizhaoUi instance;

	/** The language's injector, once built: after the first paint, or sooner when something cannot wait for it. */
	private final CompletableFuture<Injector> language = new CompletableFuture<>();
	private final AtomicBoolean building = new AtomicBoolean();

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

	/**
	 * The language's injector; the caller waits while it is built (starting the build if nothing has yet). Parts
	 * that can show something without the language wait for it instead ({@link #whenLanguageReady}).
	 */
	public static Injector injector() {
		buildLanguage();
		return awaitLanguage();
	}

	/**
	 * The injector, waiting for a build someone else starts (the first paint): for threads of the editor's that may
	 * run before it, and should not take the cores from the window that is being drawn.
	 */
	public static Injector awaitLanguage() {
		try {
			return getDefault().language.join();
		} catch (CompletionException e) {
			throw e.getCause() instanceof RuntimeException cause ? cause : e;
		}
	}

	/** Whether the injector is built, so that asking for it does not wait. */
	public static boolean languageReady() {
		CompletableFuture<Injector> language = getDefault().language;
		return language.isDone() && !language.isCompletedExceptionally();
	}

	/** Whether building the injector failed (it was logged then): nothing that needs the language can be done. */
	public static boolean languageFailed() {
		return getDefault().language.isCompletedExceptionally();
	}

	/** Runs {@code action} if building the injector fails: at once if it did, else on the thread that tried. */
	public static void whenLanguageFails(Runnable action) {
		getDefault().language.exceptionally(error -> {
			action.run();
			return null;
		});
	}

	/** Runs {@code action} with the injector once it is built: at once if it is, else on the thread that built it. */
	public static void whenLanguageReady(Consumer<Injector> action) {
		getDefault().language.thenAccept(action);
	}

	/**
	 * Builds the injector and runs one small analysis on another thread. Called after the first paint of the
	 * window: creating the injector and loading the parser and checks take over a second of the two cores a small
	 * machine has, which the window would otherwise share with them before it shows anything. Only the first call
	 * builds.
	 */
	public static void buildLanguage() {
		DuizhaoUi plugin = getDefault();
		if (!plugin.building.compareAndSet(false, true)) {
			return;
		}
		Thread thread = new Thread(() -> {
			Injector made;
			try {
				made = new DuizhaoIdeSetup().createInjectorAndDoEMFRegistration();
				ReviewPreferences.follow(made);
				plugin.language.complete(made);
			} catch (Throwable e) { // whatever fails, those waiting for the language must not wait for ever
				log("Building the language services failed", e);
				plugin.language.completeExceptionally(e);
				return;
			}
			try {
				// the first analysis of a report, which the editor is about to ask for, then finds its code loaded
				made.getInstance(DocumentAnalyzer.class).analyze(URI.createURI("memory:/warm-up.dzr"), WARM_UP, List.of());
			} catch (RuntimeException e) {
				log("Preparing the language services failed", e);
			}
		}, "Duizhao language services");
		thread.setDaemon(true);
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
