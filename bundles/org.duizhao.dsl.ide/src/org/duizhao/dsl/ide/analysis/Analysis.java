package org.duizhao.dsl.ide.analysis;

import java.util.List;

import org.duizhao.model.Document;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

/** One parse and validation of a document's text: what the editor's views are drawn from. */
public record Analysis(String text, XtextResource resource, List<Issue> issues) {

	/** The root object; a half-typed file still has one when anything parsed. */
	public Document document() {
		return resource.getContents().isEmpty() ? null : (Document) resource.getContents().get(0);
	}

	public long count(Severity severity) {
		return issues.stream().filter(i -> i.getSeverity() == severity).count();
	}
}
