package org.duizhao.dsl.ide.contentassist;

import java.util.HashSet;
import java.util.Set;

import org.duizhao.dsl.nodes.Ids;
import org.duizhao.dsl.profiles.ProfileResolver;
import org.duizhao.dsl.services.DuizhaoGrammarAccess;
import org.duizhao.dsl.text.Placeholders;
import org.duizhao.model.Profile;
import org.duizhao.model.Report;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

import com.google.inject.Inject;

/**
 * Keywords in Chinese (the English aliases only once the user types Latin letters), and for 问题/原因/措施 a template
 * for the whole item with a fresh id and [待填] where the texts go.
 */
public class DuizhaoContentProposalProvider extends IdeContentProposalProvider {

	private static final String TO_FILL = "\"" + Placeholders.TO_FILL + "\"";

	@Inject
	private DuizhaoGrammarAccess grammar;

	@Inject
	private ProfileResolver profileResolver;

	@Override
	protected boolean filterKeyword(Keyword keyword, ContentAssistContext context) {
		boolean latinKeyword = keyword.getValue().chars().allMatch(c -> c < 128);
		boolean latinPrefix = !context.getPrefix().isEmpty() && context.getPrefix().chars().allMatch(c -> c < 128);
		boolean hiddenAlias = latinKeyword && !latinPrefix && Character.isLetter(keyword.getValue().charAt(0));
		return !hiddenAlias && super.filterKeyword(keyword, context); // true keeps the keyword
	}

	@Override
	protected void _createProposals(Keyword keyword, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		super._createProposals(keyword, context, acceptor);
		Report report = EcoreUtil2.getContainerOfType(context.getCurrentModel(), Report.class);
		if (report == null) {
			report = context.getRootModel() instanceof Report r ? r : null;
		}
		String template = report == null ? null : template(keyword, report);
		if (template != null && template.startsWith(context.getPrefix())) {
			ContentAssistEntry entry = getProposalCreator().createProposal(template, context);
			if (entry != null) {
				entry.setLabel(keyword.getValue() + " …（模板）");
				entry.setDescription("插入一条完整的" + keyword.getValue());
				acceptor.accept(entry, getProposalPriorities().getKeywordPriority(keyword.getValue(), entry) + 1);
			}
		}
	}

	private String template(Keyword keyword, Report report) {
		Set<String> reserved = new HashSet<>();
		if (opens(keyword, grammar.getProblemRule(), "问题")) {
			return "问题 " + Ids.fresh(report, "P", reserved) + " " + TO_FILL + " " + TO_FILL;
		}
		if (opens(keyword, grammar.getCauseRule(), "原因")) {
			return "原因 " + Ids.fresh(report, "C", reserved) + " " + TO_FILL + " " + TO_FILL + " 针对 ";
		}
		if (opens(keyword, grammar.getMeasureRule(), "措施")) {
			Profile profile = profileResolver.effectiveProfile(report);
			return "措施 " + Ids.fresh(report, "M", reserved) + " " + TO_FILL + " " + TO_FILL
					+ (profile.isRequiresResponsible() ? " 责任人 " + TO_FILL : "")
					+ (profile.isRequiresDeadline() ? " 时限 " + TO_FILL : "") + " 针对 ";
		}
		return null;
	}

	/** Whether the keyword is the Chinese keyword that starts an item rule (not the alias, not a 针对 list). */
	private static boolean opens(Keyword keyword, AbstractRule rule, String value) {
		return value.equals(keyword.getValue()) && GrammarUtil.containingRule(keyword) == rule;
	}
}
