package org.duizhao.dsl.tests;

import org.duizhao.dsl.ide.DuizhaoIdeModule;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;

/** The runtime injector with the ide services mixed in, as the editor uses it. */
public class DuizhaoIdeInjectorProvider extends DuizhaoInjectorProvider {

	@Override
	protected Injector internalCreateInjector() {
		new org.duizhao.dsl.DuizhaoStandaloneSetup().createInjectorAndDoEMFRegistration();
		return Guice.createInjector(Modules2.mixin(createRuntimeModule(), new DuizhaoIdeModule()));
	}
}
