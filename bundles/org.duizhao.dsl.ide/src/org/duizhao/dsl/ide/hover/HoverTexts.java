package org.duizhao.dsl.ide.hover;

import static org.duizhao.dsl.nodes.StringLiteral.joined;

import java.util.List;
import java.util.stream.Collectors;

import org.duizhao.dsl.ide.IdeMessages;
import org.duizhao.dsl.ide.analysis.Analysis;
import org.duizhao.dsl.validation.CheckCatalogue;
import org.duizhao.model.Item;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/**
 * What a hover says at a place of the text, for the editor and the language server alike: the findings there, each
 * with what the check means and how to fix it (the check catalogue); else, on a reference (针对 P1), the headline and
 * text of the item it names; else nothing.
 */
public class HoverTexts {

	@Inject
	private EObjectAtOffsetHelper objectAtOffset;

	/** Plain text, paragraphs separated by an empty line; {@code null} when there is nothing to say. */
	public String at(XtextResource resource, List<Issue> issues, int offset) {
		String findings = Analysis.issuesAt(issues, offset).stream().map(HoverTexts::explained).collect(Collectors.joining("\n\n"));
		if (!findings.isEmpty()) {
			return findings;
		}
		EObject target = objectAtOffset.resolveCrossReferencedElementAt(resource, offset);
		if (target instanceof Item item && !item.eIsProxy()) {
			return item.getName() + " " + joined(item.getHeadline()) + (item.getBody() == null ? "" : "\n" + joined(item.getBody()));
		}
		return null;
	}

	private static String explained(Issue issue) {
		return CheckCatalogue.check(issue.getCode())
				.map(c -> IdeMessages.bind(IdeMessages.HoverFinding, issue.getMessage(), c.meaning())
						+ (c.fix().isEmpty() ? "" : IdeMessages.bind(IdeMessages.HoverFix, c.fix())))
				.orElse(issue.getMessage());
	}

}
