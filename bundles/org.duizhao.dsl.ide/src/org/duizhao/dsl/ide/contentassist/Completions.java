package org.duizhao.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Content assist at an offset of a parsed document, as plain replacements the editor can apply. */
public class Completions {

	@Inject
	private Provider<ContentAssistContextFactory> contextFactoryProvider;

	@Inject
	private IdeContentProposalProvider proposalProvider;

	@Inject
	private Provider<IdeContentProposalAcceptor> acceptorProvider;

	@Inject
	private ExecutorService executorService;

	public List<Completion> complete(XtextResource resource, String text, int offset) {
		if (offset < 0 || offset > text.length()) {
			return List.of();
		}
		ContentAssistContextFactory factory = contextFactoryProvider.get();
		factory.setPool(executorService);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalAcceptor acceptor = acceptorProvider.get();
		proposalProvider.createProposals(Arrays.asList(contexts), acceptor);
		List<Completion> result = new ArrayList<>();
		for (ContentAssistEntry entry : acceptor.getEntries()) {
			String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
			String label = entry.getLabel() == null ? entry.getProposal() : entry.getLabel();
			result.add(new Completion(label, entry.getDescription(), offset - prefix.length(), prefix.length(), entry.getProposal()));
		}
		return result;
	}
}
