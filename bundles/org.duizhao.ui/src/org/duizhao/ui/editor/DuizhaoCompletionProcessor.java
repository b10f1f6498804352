package org.duizhao.ui.editor;

import org.duizhao.dsl.ide.analysis.Analysis;
import org.duizhao.dsl.ide.contentassist.Completion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;

/** Ctrl+Space: keywords, ids for 针对, aspects of the profile, item templates, from the ide proposal provider. */
final class DuizhaoCompletionProcessor implements IContentAssistProcessor {

	private final DuizhaoEditor editor;

	DuizhaoCompletionProcessor(DuizhaoEditor editor) {
		this.editor = editor;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		// Proposals need the text as it is now, not as it was at the last pause in typing.
		Analysis analysis = editor.currentAnalysis();
		return analysis.read(a -> editor.language().completions().complete(a.resource(), a.text(), offset)).stream()
				.map(DuizhaoCompletionProcessor::proposal).toArray(ICompletionProposal[]::new);
	}

	private static ICompletionProposal proposal(Completion completion) {
		String display = completion.detail() == null ? completion.label() : completion.label() + " — " + completion.detail();
		return new CompletionProposal(completion.text(), completion.offset(), completion.length(), completion.text().length(),
				null, display, null, completion.detail());
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return null;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
