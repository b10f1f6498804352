package org.duizhao.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.duizhao.dsl.ide.analysis.Analysis;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/**
 * Runs the ide quick fixes without a language server: for an issue of a loaded resource, the fixes on offer and the
 * text edits each makes. The JFace editor, the command line and the tests all go through here.
 */
public class QuickfixEngine {

	/** A fix on offer: its label and the edits it makes, relative to the text it was computed on. */
	public record Fix(String label, List<TextEdit> edits) {

		/** The text after the fix, for a text the edits were computed on. */
		public String applyTo(String text) {
			return QuickfixEngine.apply(new Document(1, text), edits);
		}
	}

	@Inject
	private IQuickFixProvider quickFixProvider;

	/** A fix together with the issue it fixes. */
	public record IssueFix(Issue issue, Fix fix) {
		public String label() {
			return fix.label();
		}
	}

	/**
	 * The fixes on offer at a place of an analysed text: for the issues that cover {@code offset}; failing that, for
	 * the issues on its line ({@code line} 1-based), as Ctrl+1 on a line with a marker expects.
	 */
	public List<IssueFix> fixesAt(Analysis analysis, int offset, int line) {
		List<Issue> covering = Analysis.issuesAt(analysis.issues(), offset);
		if (covering.isEmpty()) {
			covering = analysis.issues().stream().filter(i -> i.getLineNumber() != null && i.getLineNumber() == line).toList();
		}
		List<IssueFix> result = new ArrayList<>();
		for (Issue issue : covering) {
			for (Fix fix : analysis.read(a -> fixes(a.resource(), issue))) {
				result.add(new IssueFix(issue, fix));
			}
		}
		return result;
	}

	public List<Fix> fixes(XtextResource resource, Issue issue) {
		Document document = new Document(1, resource.getParseResult().getRootNode().getText());
		Options options = new Options();
		options.setDocument(document);
		options.setResource(resource);
		options.setURI(resource.getURI().toString());
		options.setLanguageServerAccess(new SingleResourceAccess(resource, document));
		options.setCancelIndicator(CancelIndicator.NullImpl);
		Diagnostic diagnostic = toDiagnostic(issue, document);
		List<Fix> result = new ArrayList<>();
		if (!quickFixProvider.handlesDiagnostic(diagnostic)) {
			return result;
		}
		for (DiagnosticResolution resolution : quickFixProvider.getResolutions(options, diagnostic)) {
			WorkspaceEdit edit = resolution.apply();
			if (edit != null && edit.getChanges() != null) {
				List<TextEdit> edits = edit.getChanges().values().stream().flatMap(List::stream).toList();
				result.add(new Fix(resolution.getLabel(), edits));
			}
		}
		return result;
	}

	public static Diagnostic toDiagnostic(Issue issue, Document document) {
		Diagnostic diagnostic = new Diagnostic();
		diagnostic.setCode(issue.getCode());
		diagnostic.setData(issue.getData());
		diagnostic.setMessage(issue.getMessage());
		diagnostic.setSeverity(issue.getSeverity() == Severity.ERROR ? DiagnosticSeverity.Error
				: issue.getSeverity() == Severity.WARNING ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information);
		int offset = issue.getOffset() == null ? 0 : issue.getOffset();
		int length = issue.getLength() == null ? 0 : issue.getLength();
		diagnostic.setRange(new Range(document.getPosition(offset), document.getPosition(offset + length)));
		return diagnostic;
	}

	/** Applies edits whose ranges all refer to the original text (as LSP defines them), back to front. */
	public static String apply(Document document, List<TextEdit> edits) {
		StringBuilder text = new StringBuilder(document.getContents());
		List<TextEdit> ordered = new ArrayList<>(edits);
		ordered.sort(Comparator.comparing((TextEdit e) -> document.getOffSet(e.getRange().getStart())).reversed());
		for (TextEdit edit : ordered) {
			int start = document.getOffSet(edit.getRange().getStart());
			int end = document.getOffSet(edit.getRange().getEnd());
			text.replace(start, end, edit.getNewText());
		}
		return text.toString();
	}

	/** What a resolution needs of a language server, answered from the one resource being edited. */
	private record SingleResourceAccess(XtextResource resource, Document document) implements ILanguageServerAccess {

		@Override
		public <T> CompletableFuture<T> doRead(String uri, Function<Context, T> function) {
			return CompletableFuture.completedFuture(doSyncRead(uri, function));
		}

		@Override
		public <T> T doSyncRead(String uri, Function<Context, T> function) {
			return function.apply(new Context(resource, document, true, CancelIndicator.NullImpl));
		}

		@Override
		public <T> CompletableFuture<T> doReadIndex(Function<? super IndexContext, ? extends T> function) {
			return CompletableFuture.failedFuture(new UnsupportedOperationException("no index outside a language server"));
		}

		@Override
		public void addBuildListener(IBuildListener listener) {
			// nothing is built here
		}

		@Override
		public LanguageClient getLanguageClient() {
			return null;
		}

		@Override
		public ResourceSet newLiveScopeResourceSet(URI uri) {
			return resource.getResourceSet();
		}

		@Override
		public InitializeParams getInitializeParams() {
			return null;
		}

		@Override
		public InitializeResult getInitializeResult() {
			return null;
		}
	}

}
