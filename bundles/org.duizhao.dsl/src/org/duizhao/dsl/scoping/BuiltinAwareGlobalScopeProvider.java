package org.duizhao.dsl.scoping;

import org.duizhao.dsl.profiles.BuiltinProfiles;
import org.duizhao.model.ReportPackage;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.DefaultGlobalScopeProvider;
import org.eclipse.xtext.scoping.impl.SimpleScope;

import com.google.common.base.Predicate;
import com.google.common.collect.Iterables;
import com.google.inject.Inject;

/**
 * The index scope with the built-in profiles underneath: a user's own profile of the same name wins, and a report
 * that names the built-in one resolves even when no library file is around.
 */
public class BuiltinAwareGlobalScopeProvider extends DefaultGlobalScopeProvider {

	@Inject
	private BuiltinProfiles builtinProfiles;

	@Override
	protected IScope getScope(Resource context, boolean ignoreCase, EClass type,
			Predicate<IEObjectDescription> filter) {
		if (!ReportPackage.Literals.PROFILE.isSuperTypeOf(type) || builtinProfiles.isBuiltin(context)) {
			return super.getScope(context, ignoreCase, type, filter);
		}
		Iterable<IEObjectDescription> builtins = builtinProfiles.descriptions();
		if (filter != null) {
			builtins = Iterables.filter(builtins, filter);
		}
		return getScope(new SimpleScope(IScope.NULLSCOPE, builtins, ignoreCase), context, ignoreCase, type, filter);
	}
}
