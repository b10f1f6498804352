package org.duizhao.dsl.ide.analysis;

import java.util.List;
import java.util.function.Function;

import org.duizhao.model.Document;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

/**
 * One parse and validation of a document's text: what the editor's views are drawn from.
 * <p>
 * The editor's analyses of one document share their resource, which the next analysis re-parses where the text
 * changed ({@link DocumentAnalyzer#analyzeEdit}); whoever reads the model off the thread that analyses (hover,
 * content assist) does it inside {@link #read}, which the analyzer's updates wait for.
 */
public record Analysis(String text, XtextResource resource, List<Issue> issues, Object lock) {

	/** An analysis with a resource of its own. */
	public Analysis(String text, XtextResource resource, List<Issue> issues) {
		this(text, resource, issues, new Object());
	}

	/** The root object; a half-typed file still has one when anything parsed. */
	public Document document() {
		return resource.getContents().isEmpty() ? null : (Document) resource.getContents().get(0);
	}

	public long count(Severity severity) {
		return issues.stream().filter(i -> i.getSeverity() == severity).count();
	}

	/** The issues whose marked characters include {@code offset} (a caret at either end counts). */
	public static List<Issue> issuesAt(List<Issue> issues, int offset) {
		return issues.stream().filter(i -> i.getOffset() != null && i.getOffset() <= offset
				&& offset <= i.getOffset() + (i.getLength() == null ? 0 : i.getLength())).toList();
	}

	/** Reads the model while no update of it runs. */
	public <T> T read(Function<Analysis, T> reader) {
		synchronized (lock) {
			return reader.apply(this);
		}
	}
}
