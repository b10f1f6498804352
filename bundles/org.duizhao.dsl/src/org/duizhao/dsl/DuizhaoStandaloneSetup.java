package org.duizhao.dsl;

import org.duizhao.model.ReportPackage;
import org.eclipse.emf.ecore.EPackage;

import com.google.inject.Injector;

/** Set-up outside OSGi (command line, plain JVM): also registers the report metamodel the grammar imports. */
public class DuizhaoStandaloneSetup extends DuizhaoStandaloneSetupGenerated {

	public static void doSetup() {
		new DuizhaoStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		// Under OSGi the model bundle's plugin.xml registers the package; on a plain class path nobody does.
		EPackage.Registry.INSTANCE.putIfAbsent(ReportPackage.eNS_URI, ReportPackage.eINSTANCE);
		return super.createInjectorAndDoEMFRegistration();
	}
}
