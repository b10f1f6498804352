package org.duizhao.dsl.ide.contentassist;

import org.duizhao.model.Aspect;
import org.duizhao.model.Cause;
import org.duizhao.model.Item;
import org.duizhao.model.Measure;
import org.duizhao.model.Problem;
import org.duizhao.model.Profile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;

/** Proposals for 针对, 方面 and 依据 described in the user's terms: what the id stands for, and its headline. */
public class DuizhaoCrossrefProposalProvider extends IdeCrossrefProposalProvider {

	@Override
	protected ContentAssistEntry createProposal(IEObjectDescription candidate, CrossReference crossRef, ContentAssistContext context) {
		ContentAssistEntry entry = super.createProposal(candidate, crossRef, context);
		if (entry != null) {
			entry.setDescription(describe(candidate.getEObjectOrProxy()));
		}
		return entry;
	}

	static String describe(EObject target) {
		if (target == null || target.eIsProxy()) {
			return null;
		}
		if (target instanceof Item item) {
			String kind = item instanceof Problem ? "问题" : item instanceof Cause ? "原因" : item instanceof Measure ? "措施" : "条目";
			return kind + "：" + (item.getHeadline() == null ? "" : item.getHeadline().replaceAll("\\s*\\n\\s*", ""));
		}
		if (target instanceof Aspect aspect) {
			return "方面：" + (aspect.getLabel() == null ? aspect.getName() : aspect.getLabel());
		}
		if (target instanceof Profile profile) {
			return "方案：" + (profile.getTitle() == null ? profile.getName() : profile.getTitle());
		}
		return null;
	}
}
