package org.duizhao.ui.editor;

import java.util.List;

import org.duizhao.dsl.ide.analysis.Analysis;
import org.duizhao.dsl.ide.quickfix.QuickfixEngine.IssueFix;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.MarkerAnnotation;

/** Ctrl+1: the fixes for the findings at the caret. */
final class DuizhaoQuickAssistProcessor implements IQuickAssistProcessor {

	private final DuizhaoEditor editor;

	DuizhaoQuickAssistProcessor(DuizhaoEditor editor) {
		this.editor = editor;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation instanceof MarkerAnnotation marker && !marker.isMarkedDeleted();
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext context) {
		return false;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		Analysis analysis = editor.currentAnalysis();
		IDocument document = context.getSourceViewer().getDocument();
		int line;
		try {
			line = document.getLineOfOffset(context.getOffset()) + 1;
		} catch (BadLocationException e) {
			line = -1;
		}
		List<IssueFix> fixes = editor.language().quickfixes().fixesAt(analysis, context.getOffset(), line);
		IRewriteTarget rewriteTarget = editor.getAdapter(IRewriteTarget.class);
		return fixes.stream().map(fix -> new FixProposal(fix, analysis.text(), rewriteTarget)).toArray(ICompletionProposal[]::new);
	}

	/** A quick fix in the Ctrl+1 list. */
	private static final class FixProposal implements ICompletionProposal {
		private final IssueFix fix;
		private final String analysedText;
		private final IRewriteTarget rewriteTarget;
		private Point selection;

		FixProposal(IssueFix fix, String analysedText, IRewriteTarget rewriteTarget) {
			this.fix = fix;
			this.analysedText = analysedText;
			this.rewriteTarget = rewriteTarget;
		}

		@Override
		public void apply(IDocument document) {
			selection = Fixes.apply(fix, analysedText, document, rewriteTarget);
		}

		@Override
		public Point getSelection(IDocument document) {
			return selection;
		}

		@Override
		public String getAdditionalProposalInfo() {
			return fix.issue().getMessage();
		}

		@Override
		public String getDisplayString() {
			return fix.label();
		}

		@Override
		public Image getImage() {
			return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_TOOL_FORWARD);
		}

		@Override
		public IContextInformation getContextInformation() {
			return null;
		}
	}
}
