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
 * changed ({@link DocumentAnalyzer#analyzeEdit}). So the model is reachable only inside {@link #read}, which the
 * analyzer's updates wait for: there is no way to reach it outside, and the view {@link #read} hands over stops
 * working when it returns. The text and the findings are fixed and may be read anywhere.
 */
public final class Analysis {

	/** The model as it is while {@link Analysis#read} runs; used after that, it refuses. */
	public static final class Model {

		private final Analysis analysis;
		private boolean open = true;

		private Model(Analysis analysis) {
			this.analysis = analysis;
		}

		public XtextResource resource() {
			if (!open) {
				throw new IllegalStateException("the model of an analysis is read inside Analysis.read only");
			}
			return analysis.resource;
		}

		/** The root object; a half-typed file still has one when anything parsed. */
		public Document document() {
			XtextResource resource = resource();
			return resource.getContents().isEmpty() ? null : (Document) resource.getContents().get(0);
		}

		public String text() {
			return analysis.text;
		}

		public List<Issue> issues() {
			return analysis.issues;
		}
	}

	private final String text;
	private final XtextResource resource;
	private final List<Issue> issues;
	private final Object lock;

	/** An analysis whose resource the analyzer updates under {@code lock}. */
	Analysis(String text, XtextResource resource, List<Issue> issues, Object lock) {
		this.text = text;
		this.resource = resource;
		this.issues = List.copyOf(issues);
		this.lock = lock;
	}

	/** An analysis with a resource of its own (a language-server request, a command, a test). */
	public Analysis(String text, XtextResource resource, List<Issue> issues) {
		this(text, resource, issues, new Object());
	}

	public String text() {
		return text;
	}

	public List<Issue> issues() {
		return issues;
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
	public <T> T read(Function<Model, T> reader) {
		synchronized (lock) {
			Model model = new Model(this);
			try {
				return reader.apply(model);
			} finally {
				model.open = false;
			}
		}
	}
}
