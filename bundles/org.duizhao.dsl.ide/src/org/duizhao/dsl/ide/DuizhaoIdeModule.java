package org.duizhao.dsl.ide;

import org.duizhao.dsl.ide.analysis.DuizhaoFoldingRangeProvider;
import org.duizhao.dsl.ide.contentassist.DuizhaoContentProposalProvider;
import org.duizhao.dsl.ide.contentassist.DuizhaoCrossrefProposalProvider;
import org.duizhao.dsl.ide.highlighting.DuizhaoSemanticHighlighter;
import org.duizhao.dsl.ide.quickfix.DuizhaoQuickfixProvider;
import org.duizhao.dsl.ide.server.DuizhaoDocumentSymbolService;
import org.duizhao.dsl.ide.server.DuizhaoFormattingService;
import org.duizhao.dsl.ide.server.DuizhaoHoverService;
import org.duizhao.dsl.ide.server.ItemRenameService;
import org.duizhao.dsl.ide.server.SubmissionCheckService;
import org.eclipse.xtext.ide.LexerIdeBindings;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.ILanguageServerExtension;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.parser.antlr.AntlrTokenDefProvider;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/** Editor services with no Eclipse UI: what the JFace editor, a language server and the tests share. */
public class DuizhaoIdeModule extends AbstractDuizhaoIdeModule {

	/** Colouring maps the runtime lexer's tokens, so it reads the runtime token definitions. */
	public void configureHighlightingTokenDefProvider(Binder binder) {
		binder.bind(ITokenDefProvider.class).annotatedWith(Names.named(LexerIdeBindings.HIGHLIGHTING))
				.to(AntlrTokenDefProvider.class);
	}

	public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
		return DuizhaoQuickfixProvider.class;
	}

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return DuizhaoContentProposalProvider.class;
	}

	public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
		return DuizhaoCrossrefProposalProvider.class;
	}

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return DuizhaoSemanticHighlighter.class;
	}

	/** Language clients get every quick fix as a code action, one per library item where the editor offers one. */
	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return QuickFixCodeActionService.class;
	}

	public Class<? extends FormattingService> bindFormattingService() {
		return DuizhaoFormattingService.class;
	}

	public Class<? extends HierarchicalDocumentSymbolService> bindHierarchicalDocumentSymbolService() {
		return DuizhaoDocumentSymbolService.class;
	}

	/** One folding for both front ends: the editor's projection and the language server's folding ranges. */
	public Class<? extends IFoldingRangeProvider> bindIFoldingRangeProvider() {
		return DuizhaoFoldingRangeProvider.class;
	}

	public Class<? extends IHoverService> bindIHoverService() {
		return DuizhaoHoverService.class;
	}

	public Class<? extends IRenameService2> bindIRenameService2() {
		return ItemRenameService.class;
	}

	public Class<? extends ILanguageServerExtension> bindILanguageServerExtension() {
		return SubmissionCheckService.class;
	}
}
