package org.duizhao.dsl.ide.contentassist;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;

import org.duizhao.dsl.ide.IdeMessages;
import org.duizhao.dsl.ide.templates.ItemTemplates;
import org.duizhao.dsl.library.Libraries;
import org.duizhao.dsl.nodes.Ids;
import org.duizhao.dsl.nodes.Part;
import org.duizhao.dsl.profiles.ProfileResolver;
import org.duizhao.dsl.services.DuizhaoGrammarAccess;
import org.duizhao.dsl.syntax.ReportSyntax;
import org.duizhao.model.ItemKind;
import org.duizhao.model.Profile;
import org.duizhao.model.Report;
import org.duizhao.model.Section;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.nodemodel.INode;

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
	public void createProposals(Collection<ContentAssistContext> contexts, IIdeContentProposalAcceptor acceptor) {
		super.createProposals(contexts.stream().filter(context -> !rightAfterStrayWord(context)).toList(), acceptor);
	}

	/**
	 * A word typed between items parses as stray text, and its context of a finished word would offer every item
	 * unfiltered; the context that takes the word as the prefix is the one that matches what is being typed.
	 */
	private boolean rightAfterStrayWord(ContentAssistContext context) {
		INode last = context.getLastCompleteNode();
		if (!context.getPrefix().isEmpty() || last == null || last.getEndOffset() != context.getOffset()) {
			return false;
		}
		EObject element = last.getGrammarElement();
		return element != null && (GrammarUtil.containingRule(element) == grammar.getStrayRule()
				|| element instanceof RuleCall call && call.getRule() == grammar.getStrayRule());
	}

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
			partTemplate(keyword, report, context, acceptor);
			statementTemplate(keyword, context, acceptor);
		}
		ItemKind kind = opened(keyword);
		if (report == null || kind == null) {
			return;
		}
		libraryProposals(keyword, kind, report, context, acceptor);
		String template = template(kind, report);
		if (template.startsWith(context.getPrefix())) {
			ContentAssistEntry entry = getProposalCreator().createProposal(template, context);
			if (entry != null) {
				entry.setLabel(IdeMessages.bind(IdeMessages.ProposalTemplate, keyword.getValue()));
				entry.setDescription(IdeMessages.bind(IdeMessages.ProposalItemTemplate, keyword.getValue()));
				acceptor.accept(entry, getProposalPriorities().getKeywordPriority(keyword.getValue(), entry) + 1);
			}
		}
	}

	/** For the keyword that starts a part (上年度整改, 征求意见, 相互批评, 落款), the whole part to fill in. */
	private void partTemplate(Keyword keyword, Report report, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		Part.named(keyword.getValue()).filter(p -> p != Part.CASE).ifPresent(part -> {
			String template = ItemTemplates.part(part, report.getOrganization(), report.getScope());
			if (template.startsWith(context.getPrefix())) {
				ContentAssistEntry entry = getProposalCreator().createProposal(template, context);
				if (entry != null) {
					entry.setLabel(IdeMessages.bind(IdeMessages.ProposalTemplate, keyword.getValue()));
					entry.setDescription(IdeMessages.bind(IdeMessages.ProposalPartTemplate, keyword.getValue()));
					acceptor.accept(entry, getProposalPriorities().getKeywordPriority(keyword.getValue(), entry) + 1);
				}
			}
		});
	}

	/** For 说明 (not an opinion's 说明), a part under its own heading, 个人有关事项 the one reports most often add. */
	private void statementTemplate(Keyword keyword, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		if (GrammarUtil.containingRule(keyword) != grammar.getStatementRule()) {
			return;
		}
		String template = ItemTemplates.statement();
		if (template.startsWith(context.getPrefix())) {
			ContentAssistEntry entry = getProposalCreator().createProposal(template, context);
			if (entry != null) {
				entry.setLabel(IdeMessages.bind(IdeMessages.ProposalTemplate, keyword.getValue()));
				entry.setDescription(IdeMessages.ProposalStatementTemplate);
				acceptor.accept(entry, getProposalPriorities().getKeywordPriority(keyword.getValue(), entry) + 1);
			}
		}
	}

	/**
	 * Inside a section, the library items of its aspect for the kind the keyword opens, filtered by what is typed
	 * (matched in headline and body); choosing one replaces the typed text by the whole item.
	 */
	private void libraryProposals(Keyword keyword, ItemKind kind, Report report, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		Section section = EcoreUtil2.getContainerOfType(context.getCurrentModel(), Section.class);
		if (section == null || section.getAspect() == null || section.getAspect().eIsProxy()) {
			return;
		}
		String prefix = context.getPrefix();
		Profile profile = profileResolver.effectiveProfile(report);
		for (Libraries.Entry entry : libraries.items(report, section.getAspect().getName(), kind)) {
			String headline = entry.item().getHeadline();
			String body = entry.item().getBody();
			if (!LibrarySearch.matches(entry.item(), prefix) && !keyword.getValue().startsWith(prefix)) {
				continue;
			}
			// an item the initials find ranks above one a keyword's letters merely begin
			boolean byInitials = !prefix.isEmpty() && PinyinInitials.matches(headline, prefix);
			ContentAssistEntry proposal = new ContentAssistEntry();
			proposal.setPrefix(prefix);
			proposal.setProposal(ItemTemplates.fromLibrary(kind, Ids.fresh(report, kind, new HashSet<>()), headline, body,
					entry.origin(), List.of(), profile));
			proposal.setLabel(keyword.getValue() + "：" + headline);
			proposal.setDescription(IdeMessages.bind(IdeMessages.ProposalFrom, entry.origin()));
			proposal.setKind(ContentAssistEntry.KIND_TEXT);
			// Typing the initials of a headline is a deliberate choice: those come first.
			int priority = getProposalPriorities().getDefaultPriority(proposal) + (byInitials ? 50 : -1);
			acceptor.accept(proposal, priority);
		}
	}


	private String template(ItemKind kind, Report report) {
		String id = Ids.fresh(report, kind, new HashSet<>());
		return switch (kind) {
		case PROBLEM -> ItemTemplates.withBody(ItemTemplates.problem(id));
		// 针对 comes last in a cause, so the template ends where the user picks the problem ids.
		case CAUSE -> ItemTemplates.withBody(ItemTemplates.cause(id, List.of())) + " " + ReportSyntax.Keyword.FOR.word() + " ";
		// The ledger fields follow 针对 in a measure; the link is added by the "让措施…也针对" fix.
		case MEASURE -> ItemTemplates.withBody(ItemTemplates.measure(id, List.of(), profileResolver.effectiveProfile(report)));
		};
	}

	/** The kind of item a keyword starts, when it is the Chinese keyword of an item rule (not an alias, not 针对). */
	private ItemKind opened(Keyword keyword) {
		return opens(keyword, grammar.getProblemRule(), ReportSyntax.Keyword.PROBLEM.word()) ? ItemKind.PROBLEM
				: opens(keyword, grammar.getCauseRule(), ReportSyntax.Keyword.CAUSE.word()) ? ItemKind.CAUSE
						: opens(keyword, grammar.getMeasureRule(), ReportSyntax.Keyword.MEASURE.word()) ? ItemKind.MEASURE : null;
	}

	/** Whether the keyword is the Chinese keyword that starts an item rule (not the alias, not a 针对 list). */
	private static boolean opens(Keyword keyword, AbstractRule rule, String value) {
		return value.equals(keyword.getValue()) && GrammarUtil.containingRule(keyword) == rule;
	}
}
