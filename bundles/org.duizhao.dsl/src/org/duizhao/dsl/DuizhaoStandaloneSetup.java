package org.duizhao.dsl;

import org.duizhao.model.ReportPackage;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.xtext.XtextPackage;
import org.eclipse.xtext.resource.impl.BinaryGrammarResourceFactoryImpl;

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
		registerGrammarLoading();
		Injector injector = createInjector();
		register(injector);
		return injector;
	}

	/**
	 * What loading our compiled grammar needs of Xtext's own set-up. The generated set-up calls
	 * TerminalsStandaloneSetup, which also builds a whole injector for the Terminals language that nothing here
	 * uses; that is a third of the command line's start-up, so only its registrations are made.
	 */
	private static void registerGrammarLoading() {
		var factories = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap();
		factories.putIfAbsent("ecore", new EcoreResourceFactoryImpl());
		factories.putIfAbsent("xmi", new XMIResourceFactoryImpl());
		factories.putIfAbsent("xtextbin", new BinaryGrammarResourceFactoryImpl());
		EPackage.Registry.INSTANCE.putIfAbsent(XtextPackage.eNS_URI, XtextPackage.eINSTANCE);
	}
}
