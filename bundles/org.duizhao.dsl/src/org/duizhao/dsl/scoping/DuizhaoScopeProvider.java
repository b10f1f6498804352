package org.duizhao.dsl.scoping;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.duizhao.dsl.nodes.Reports;
import org.duizhao.dsl.profiles.ProfileResolver;
import org.duizhao.model.Document;
import org.duizhao.model.Item;
import org.duizhao.model.Report;
import org.duizhao.model.ReportPackage;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;
import org.eclipse.xtext.scoping.impl.MapBasedScope;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;

/**
 * Ids of problems and causes are local to their report (two reports may both have a P1); aspect names come from the
 * profile the report follows. Profiles themselves resolve globally, through the index and the built-in set.
 */
public class DuizhaoScopeProvider extends AbstractDuizhaoScopeProvider {

	@Inject
	private ProfileResolver profileResolver;

	@Inject
	private IResourceScopeCache cache;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (reference == ReportPackage.Literals.SECTION__ASPECT
				|| reference == ReportPackage.Literals.LIBRARY_SECTION__ASPECT) {
			Document document = EcoreUtil2.getContainerOfType(context, Document.class);
			return Scopes.scopeFor(profileResolver.effectiveProfile(document).getAspects());
		}
		Report report = EcoreUtil2.getContainerOfType(context, Report.class);
		if (report != null && (reference == ReportPackage.Literals.CAUSE__EXPLAINS || reference == ReportPackage.Literals.OPINION__CLAIMED_BY)) {
			return byName(report, reference, () -> Reports.problems(report));
		}
		if (report != null && reference == ReportPackage.Literals.MEASURE__ANSWERS) {
			return byName(report, reference, () -> {
				List<Item> targets = new ArrayList<>(Reports.problems(report));
				targets.addAll(Reports.causes(report));
				return targets;
			});
		}
		return super.getScope(context, reference);
	}

	/**
	 * The items a 针对 may name, looked up by id in a map made once per parse of the report: every 针对 of a report
	 * of thousands of items would otherwise build and scan the whole list again.
	 */
	private IScope byName(Report report, EReference reference, Supplier<List<? extends Item>> items) {
		// 认领 and 针对 of a cause name the same items: one map for both
		Object key = reference == ReportPackage.Literals.OPINION__CLAIMED_BY ? ReportPackage.Literals.CAUSE__EXPLAINS : reference;
		return cache.get(Tuples.pair(report, key), report.eResource(),
				() -> MapBasedScope.createScope(IScope.NULLSCOPE, Scopes.scopedElementsFor(items.get())));
	}
}
