package org.duizhao.dsl.ide.server;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/**
 * The findings of a document as the server holds it, for the requests that need them (hover, 提交前检查): validated
 * once per text, kept in the resource's cache until the text changes, so a mouse resting on the text does not
 * validate a whole report each time. (Xtext's build validates on its own for the published diagnostics.)
 */
public class ResourceIssues {

	@Inject
	private IResourceValidator validator;

	@Inject
	private IResourceScopeCache cache;

	public List<Issue> of(XtextResource resource, CancelIndicator cancel) {
		return cache.get(ResourceIssues.class, resource, () -> List.copyOf(validator.validate(resource, CheckMode.ALL, cancel)));
	}
}
