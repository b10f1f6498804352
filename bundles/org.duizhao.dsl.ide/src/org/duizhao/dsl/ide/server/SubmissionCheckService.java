package org.duizhao.dsl.ide.server;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.duizhao.dsl.ide.IdeMessages;
import org.duizhao.dsl.ide.analysis.Analysis;
import org.duizhao.dsl.ide.analysis.SubmissionCheck;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.ILanguageServerExtension;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

/**
 * The 提交前检查 table for language clients that want to show it: the request {@value #METHOD} with the document's
 * URI answers the rows (aspect × problems/causes/measures), the verdict and the findings by group, computed by the
 * same {@link SubmissionCheck} as the product's view, on the text the client has open.
 */
public class SubmissionCheckService implements ILanguageServerExtension {

	public static final String METHOD = "duizhao/submissionCheck";

	/** One aspect of the profile and what the report has for it. */
	public record Row(String aspect, int problems, int causes, int measures, boolean present, boolean complete) {
	}

	/** A finding under its group (占位符, 台账, 完整性, 文字), with its 1-based line. */
	public record Finding(String group, String severity, String message, int line) {
	}

	/** The whole table; {@code verdict} is what the product shows (可以提交 / 还有 N 个问题). */
	public record Table(List<Row> rows, List<String> parts, String review, String verdict, boolean canSubmit, List<Finding> findings) {
	}

	@Inject
	private ResourceIssues issues;

	@Inject
	private SubmissionCheck submissionCheck;

	private ILanguageServerAccess access;

	@Override
	public void initialize(ILanguageServerAccess access) {
		this.access = access;
	}

	/** Checks the document as the server holds it: the libraries and findings are those its diagnostics show. */
	@JsonRequest(METHOD)
	public CompletableFuture<Table> submissionCheck(TextDocumentIdentifier document) {
		if (document == null || document.getUri() == null || document.getUri().isBlank()) {
			// an LSP error the client can show, not a NullPointerException in the server's log
			return CompletableFuture.failedFuture(new ResponseErrorException(
					new ResponseError(ResponseErrorCode.InvalidParams, IdeMessages.bind(IdeMessages.SubmissionCheckWithoutUri, METHOD), null)));
		}
		return access.doRead(document.getUri(), context -> {
			XtextResource resource = (XtextResource) context.getResource();
			return table(new Analysis(context.getDocument().getContents(), resource, issues.of(resource, context.getCancelChecker())));
		});
	}

	private Table table(Analysis analysis) {
		SubmissionCheck.Result result = submissionCheck.check(analysis);
		List<Row> rows = result.rows().stream()
				.map(r -> new Row(r.aspect(), r.problems(), r.causes(), r.measures(), r.present(), r.complete())).toList();
		List<Finding> findings = result.findings().stream()
				.map(f -> new Finding(f.group(), f.severity().name(), f.message(), f.line())).toList();
		return new Table(rows, result.parts().stream().map(SubmissionCheck.PartRow::text).toList(), result.review().text(), result.verdict(),
				result.canSubmit(), findings);
	}
}
