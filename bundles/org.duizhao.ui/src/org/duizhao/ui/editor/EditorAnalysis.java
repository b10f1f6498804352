package org.duizhao.ui.editor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.duizhao.dsl.ide.analysis.Analysis;

/**
 * The analysis an editor's views are drawn from, and who is told of each new one (markers, colouring, folding,
 * outline, 提交前检查, 问题库). Analyses come from the reconciler on the UI thread; one of a text already typed over
 * is dropped, so no view ever shows findings of a text that is not on screen.
 */
final class EditorAnalysis {

	private final List<Consumer<Analysis>> listeners = new CopyOnWriteArrayList<>();
	private final Supplier<String> text;
	private volatile Analysis analysis;

	/** {@code text}: the editor's text now ({@code null} without a document). */
	EditorAnalysis(Supplier<String> text) {
		this.text = text;
	}

	/** Takes a new analysis and tells the listeners; whether it was current (else it is dropped). */
	boolean accept(Analysis result) {
		String now = text.get();
		if (now == null || !result.text().equals(now)) {
			return false;
		}
		analysis = result;
		tellListeners();
		return true;
	}

	/** Tells the listeners again of the last analysis (what they show beside it changed). */
	void tellListeners() {
		Analysis last = analysis;
		if (last != null) {
			listeners.forEach(l -> l.accept(last));
		}
	}

	/** The last analysis when the text has not changed since, else {@code null}. */
	Analysis ifCurrent() {
		Analysis last = analysis;
		String now = text.get();
		return last != null && now != null && last.text().equals(now) ? last : null;
	}

	Analysis last() {
		return analysis;
	}

	/** Adds a listener, told at once of the last analysis if there is one. */
	void add(Consumer<Analysis> listener) {
		listeners.add(listener);
		Analysis last = analysis;
		if (last != null) {
			listener.accept(last);
		}
	}

	void remove(Consumer<Analysis> listener) {
		listeners.remove(listener);
	}

	void clear() {
		listeners.clear();
	}
}
