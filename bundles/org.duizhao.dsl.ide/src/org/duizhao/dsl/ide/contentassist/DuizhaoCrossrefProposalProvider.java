package org.duizhao.dsl.ide.contentassist;

import static org.duizhao.dsl.nodes.StringLiteral.joined;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.duizhao.dsl.ide.IdeMessages;
import org.duizhao.model.Aspect;
import org.duizhao.model.Cause;
import org.duizhao.model.Item;
import org.duizhao.model.Measure;
import org.duizhao.model.Problem;
import org.duizhao.model.Profile;
import org.duizhao.model.Section;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

import com.google.common.base.Predicate;

/** Proposals for 针对, 方面 and 依据 described in the user's terms: what the id stands for, and its headline. */
public class DuizhaoCrossrefProposalProvider extends IdeCrossrefProposalProvider {

	/** Above every offset: the items of the section being written come before all others. */
	private static final int SAME_SECTION = 1 << 29;
	/** Offsets beyond this (reports of 256 MB) all rank last. */
	private static final int LAST = (1 << 28) - 1;

	@Override
	public void lookupCrossReference(IScope scope, CrossReference crossReference, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor, Predicate<IEObjectDescription> filter) {
		Section here = EcoreUtil2.getContainerOfType(context.getCurrentModel(), Section.class);
		super.lookupCrossReference(scope, crossReference, context, new DocumentOrder(acceptor, here), filter);
	}

	/**
	 * Items of the section being written first, then the others, each in the order they stand in the text: P1, P2 …
	 * P10, where the acceptor's own tie-break (the label) would give P1, P10, P11, P2. The editor and the language
	 * server both take this order.
	 */
	private record DocumentOrder(IIdeContentProposalAcceptor delegate, Section here) implements IIdeContentProposalAcceptor {

		@Override
		public void accept(ContentAssistEntry entry, int priority) {
			delegate.accept(entry, priority + rank(entry));
		}

		@Override
		public boolean canAcceptMoreProposals() {
			return delegate.canAcceptMoreProposals();
		}

		private int rank(ContentAssistEntry entry) {
			if (entry.getSource() instanceof IEObjectDescription candidate && candidate.getEObjectOrProxy() instanceof Profile profile) {
				return year(profile); // after 依据 the newest meeting comes first
			}
			if (!(entry.getSource() instanceof IEObjectDescription candidate) || !(candidate.getEObjectOrProxy() instanceof Item item)
					|| item.eIsProxy()) {
				return 0;
			}
			ICompositeNode node = NodeModelUtils.getNode(item);
			int offset = node == null ? LAST : Math.min(node.getOffset(), LAST);
			return (here != null && item.eContainer() == here ? SAME_SECTION : 0) + LAST - offset;
		}
	}

	private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");

	/** The year a profile is for, by its name or title (民主生活会2025 → 2025); 0 when neither says. */
	static int year(Profile profile) {
		if (profile.eIsProxy()) {
			return 0;
		}
		int year = 0;
		for (String text : new String[] { profile.getName(), profile.getTitle() }) {
			Matcher m = YEAR.matcher(text == null ? "" : text);
			while (m.find()) {
				year = Math.max(year, Integer.parseInt(m.group()));
			}
		}
		return year;
	}

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
			String pattern = item instanceof Problem ? IdeMessages.CrossrefProblem
					: item instanceof Cause ? IdeMessages.CrossrefCause
							: item instanceof Measure ? IdeMessages.CrossrefMeasure : IdeMessages.CrossrefItem;
			return IdeMessages.bind(pattern, joined(item.getHeadline()));
		}
		if (target instanceof Aspect aspect) {
			return IdeMessages.bind(IdeMessages.CrossrefAspect, aspect.getLabel() == null ? aspect.getName() : aspect.getLabel());
		}
		if (target instanceof Profile profile) {
			return IdeMessages.bind(IdeMessages.CrossrefProfile, profile.getTitle() == null ? profile.getName() : profile.getTitle());
		}
		return null;
	}
}
