package org.duizhao.dsl.ide.contentassist;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.duizhao.dsl.library.Libraries;
import org.duizhao.dsl.nodes.Ids;
import org.duizhao.dsl.profiles.ProfileResolver;
import org.duizhao.dsl.services.DuizhaoGrammarAccess;
import org.duizhao.dsl.ide.templates.ItemTemplates;
import org.duizhao.model.ItemKind;
import org.duizhao.model.Profile;
import org.duizhao.model.Report;
import org.duizhao.model.Section;
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
 * Keywords in Chinese (the English aliases only once the user types Latin letters), for 问题/原因/措施 a template for
 * the whole item with a fresh id and [待填] where the texts go, and the library items of the section's aspect, found
 * by a word of their text or by the pinyin initials of their headline.
 */
public class DuizhaoContentProposalProvider extends IdeContentProposalProvider {

	@Inject
	private DuizhaoGrammarAccess grammar;

	@Inject
	private ProfileResolver profileResolver;

	@Inject
	private Libraries libraries;

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
		if (report != null) {
			libraryProposals(keyword, report, context, acceptor);
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

	/**
	 * Inside a section, the library items of its aspect for the kind the keyword opens, filtered by what is typed
	 * (matched in headline and body); choosing one replaces the typed text by the whole item.
	 */
	private void libraryProposals(Keyword keyword, Report report, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		Section section = EcoreUtil2.getContainerOfType(context.getCurrentModel(), Section.class);
		ItemKind kind = opens(keyword, grammar.getProblemRule(), "问题") ? ItemKind.PROBLEM
				: opens(keyword, grammar.getCauseRule(), "原因") ? ItemKind.CAUSE
						: opens(keyword, grammar.getMeasureRule(), "措施") ? ItemKind.MEASURE : null;
		if (section == null || kind == null || section.getAspect() == null || section.getAspect().eIsProxy()) {
			return;
		}
		String prefix = context.getPrefix();
		String idPrefix = kind == ItemKind.PROBLEM ? "P" : kind == ItemKind.CAUSE ? "C" : "M";
		Profile profile = profileResolver.effectiveProfile(report);
		for (Libraries.Entry entry : libraries.items(report, section.getAspect().getName(), kind)) {
			String headline = entry.item().getHeadline();
			String body = entry.item().getBody();
			boolean byInitials = PinyinInitials.matches(headline, prefix);
			if (!prefix.isEmpty() && !byInitials && !contains(headline, prefix) && !contains(body, prefix)
					&& !keyword.getValue().startsWith(prefix)) {
				continue;
			}
			ContentAssistEntry proposal = new ContentAssistEntry();
			proposal.setPrefix(prefix);
			proposal.setProposal(ItemTemplates.fromLibrary(kind, Ids.fresh(report, idPrefix, new HashSet<>()), headline, body,
					entry.origin(), List.of(), profile));
			proposal.setLabel(keyword.getValue() + "：" + headline);
			proposal.setDescription("来自" + entry.origin());
			proposal.setKind(ContentAssistEntry.KIND_TEXT);
			// Typing the initials of a headline is a deliberate choice: those come first.
			int priority = getProposalPriorities().getDefaultPriority(proposal) + (byInitials ? 50 : -1);
			acceptor.accept(proposal, priority);
		}
	}

	private static boolean contains(String text, String part) {
		return text != null && text.contains(part);
	}

	private String template(Keyword keyword, Report report) {
		Set<String> reserved = new HashSet<>();
		if (opens(keyword, grammar.getProblemRule(), "问题")) {
			return ItemTemplates.withBody(ItemTemplates.problem(Ids.fresh(report, "P", reserved)));
		}
		if (opens(keyword, grammar.getCauseRule(), "原因")) {
			// 针对 comes last in a cause, so the template ends where the user picks the problem ids.
			return ItemTemplates.withBody(ItemTemplates.cause(Ids.fresh(report, "C", reserved), List.of())) + " 针对 ";
		}
		if (opens(keyword, grammar.getMeasureRule(), "措施")) {
			Profile profile = profileResolver.effectiveProfile(report);
			// The ledger fields follow 针对 in a measure; the link is added by the "让措施…也针对" fix.
			return ItemTemplates.withBody(ItemTemplates.measure(Ids.fresh(report, "M", reserved), List.of(), profile));
		}
		return null;
	}

	/** Whether the keyword is the Chinese keyword that starts an item rule (not the alias, not a 针对 list). */
	private static boolean opens(Keyword keyword, AbstractRule rule, String value) {
		return value.equals(keyword.getValue()) && GrammarUtil.containingRule(keyword) == rule;
	}
}
