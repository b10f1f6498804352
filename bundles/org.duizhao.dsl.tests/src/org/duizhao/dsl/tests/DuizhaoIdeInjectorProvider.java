package org.duizhao.dsl.tests;

import org.duizhao.dsl.ide.DuizhaoIdeSetup;

import com.google.inject.Injector;

/**
 * The runtime injector with the ide services mixed in, as the editor uses it. It is the one injector registered
 * for the file extensions, so resources created anywhere in a test share its grammar access.
 */
public class DuizhaoIdeInjectorProvider extends DuizhaoInjectorProvider {

	@Override
	protected Injector internalCreateInjector() {
		return new DuizhaoIdeSetup().createInjectorAndDoEMFRegistration();
	}
}
