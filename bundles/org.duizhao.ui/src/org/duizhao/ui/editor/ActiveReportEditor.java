package org.duizhao.ui.editor;

import java.util.function.Consumer;

import org.duizhao.dsl.ide.analysis.Analysis;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * For views that show something of the active report: follows the report editor last activated in a page and passes
 * each of its analyses on; when it closes, the view is told with {@code null}.
 */
public final class ActiveReportEditor implements IPartListener2 {

	private final IWorkbenchPage page;
	private final Consumer<Analysis> onAnalysis;
	private final Runnable onChange;
	private DuizhaoEditor editor;

	/**
	 * @param onAnalysis called with every new analysis of the followed editor
	 * @param onChange   called when another editor (or none) is followed
	 */
	public ActiveReportEditor(IWorkbenchPage page, Consumer<Analysis> onAnalysis, Runnable onChange) {
		this.page = page;
		this.onAnalysis = onAnalysis;
		this.onChange = onChange;
		page.addPartListener(this);
		if (page.getActiveEditor() instanceof DuizhaoEditor active) {
			follow(active);
		}
	}

	public DuizhaoEditor editor() {
		return editor;
	}

	@Override
	public void partActivated(IWorkbenchPartReference reference) {
		if (reference.getPart(false) instanceof DuizhaoEditor next && next != editor) {
			follow(next);
		}
	}

	@Override
	public void partClosed(IWorkbenchPartReference reference) {
		if (reference.getPart(false) == editor) {
			follow(null);
		}
	}

	private void follow(DuizhaoEditor next) {
		if (editor != null) {
			editor.removeAnalysisListener(onAnalysis);
		}
		editor = next;
		onChange.run();
		if (editor != null) {
			editor.addAnalysisListener(onAnalysis);
		}
	}

	public void dispose() {
		page.removePartListener(this);
		follow(null);
	}
}
