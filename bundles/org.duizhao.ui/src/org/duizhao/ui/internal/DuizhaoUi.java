package org.duizhao.ui.internal;

import org.duizhao.dsl.ide.DuizhaoIdeSetup;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

import com.google.inject.Injector;

/**
 * The editor bundle: holds the one injector of the language (runtime and ide services), from which every editor
 * takes its parser, validator, quick fixes and content assist.
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
					plugin.injector = new DuizhaoIdeSetup().createInjectorAndDoEMFRegistration();
				}
			}
		}
		return plugin.injector;
	}

	public static <T> T get(Class<T> type) {
		return injector().getInstance(type);
	}

	public static void log(String message, Throwable error) {
		DuizhaoUi plugin = getDefault();
		if (plugin != null) {
			plugin.getLog().error(message, error);
		}
	}
}
