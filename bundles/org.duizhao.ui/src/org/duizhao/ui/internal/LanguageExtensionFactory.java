package org.duizhao.ui.internal;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.IExecutableExtensionFactory;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.Bundle;

/**
 * Builds the workbench's parts (the editor, the views, the wizard) from the language's injector, so that they get
 * the language's services injected instead of looking them up; those shown at start ({@link WaitsForLanguage}) are
 * created at once and get them when the language is ready. In plugin.xml:
 * {@code class="org.duizhao.ui.internal.LanguageExtensionFactory:org.duizhao.app.views.LibraryView"}.
 */
public class LanguageExtensionFactory implements IExecutableExtension, IExecutableExtensionFactory {

	private IConfigurationElement config;
	private String property;
	private String className;

	@Override
	public void setInitializationData(IConfigurationElement config, String property, Object data) {
		this.config = config;
		this.property = property;
		this.className = (String) data;
	}

	@Override
	public Object create() throws CoreException {
		Bundle contributor = Platform.getBundle(config.getContributor().getName());
		try {
			Class<?> type = contributor.loadClass(className);
			Object made = WaitsForLanguage.class.isAssignableFrom(type) && !DuizhaoUi.languageReady() ? injectedLater(type)
					: DuizhaoUi.injector().getInstance(type);
			if (made instanceof IExecutableExtension extension) {
				extension.setInitializationData(config, property, null); // a part's name and icon from plugin.xml
			}
			return made;
		} catch (ReflectiveOperationException | RuntimeException e) {
			throw new CoreException(Status.error("Cannot create " + className + " from the language's injector", e));
		}
	}

	/** The part now, its members when the language is ready (on the UI thread, where the part lives). */
	private static Object injectedLater(Class<?> type) throws ReflectiveOperationException {
		Object made = type.getDeclaredConstructor().newInstance();
		Display display = Display.getCurrent();
		DuizhaoUi.whenLanguageReady(injector -> display.asyncExec(() -> injector.injectMembers(made)));
		return made;
	}
}
