package org.duizhao.dsl;

import org.duizhao.dsl.linking.DuizhaoLinkingDiagnosticMessageProvider;
import org.duizhao.dsl.naming.DuizhaoQualifiedNameProvider;
import org.duizhao.dsl.scoping.BuiltinAwareGlobalScopeProvider;
import org.duizhao.dsl.syntax.DuizhaoSyntaxErrorMessageProvider;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;

/** Binds the Duizhao-specific services; everything else is Xtext's default. */
public class DuizhaoRuntimeModule extends AbstractDuizhaoRuntimeModule {

	@Override
	public Class<? extends IGlobalScopeProvider> bindIGlobalScopeProvider() {
		return BuiltinAwareGlobalScopeProvider.class;
	}

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return DuizhaoQualifiedNameProvider.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return DuizhaoSyntaxErrorMessageProvider.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return DuizhaoLinkingDiagnosticMessageProvider.class;
	}
}
