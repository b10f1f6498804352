package org.duizhao.ui.outline;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.duizhao.dsl.ide.analysis.Analysis;
import org.duizhao.dsl.ide.analysis.OutlineNode;
import org.duizhao.dsl.ide.analysis.OutlineNode.Kind;
import org.duizhao.ui.editor.DuizhaoEditor;
import org.duizhao.ui.editor.EditorMessages;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/**
 * Report → aspects → problems / causes / measures, in document order. Each aspect shows its counts and whether it
 * is complete; selecting a row shows it in the editor, moving the caret selects its row.
 */
public class DuizhaoOutlinePage extends ContentOutlinePage {

	private final DuizhaoEditor editor;
	private final Consumer<Analysis> onAnalysis = this::show;
	private final ISelectionChangedListener onCaret = this::revealCaret;
	private final OutlineRows rows = new OutlineRows();
	private Kind onlyKind;
	private boolean updatingFromEditor;

	public DuizhaoOutlinePage(DuizhaoEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setComparer(SAME_OBJECT);
		viewer.setContentProvider(rows);
		viewer.setLabelProvider(new NodeLabelProvider());
		viewer.addFilter(new KindFilter());
		viewer.setAutoExpandLevel(2);
		editor.addAnalysisListener(onAnalysis);
		if (editor.getSelectionProvider() instanceof IPostSelectionProvider provider) {
			provider.addPostSelectionChangedListener(onCaret);
		}
	}

	@Override
	public void setActionBars(IActionBars actionBars) {
		super.setActionBars(actionBars);
		IToolBarManager toolBar = actionBars.getToolBarManager();
		toolBar.add(kindAction(EditorMessages.OutlineFilterProblem, EditorMessages.OutlineFilterProblemTooltip, Kind.PROBLEM));
		toolBar.add(kindAction(EditorMessages.OutlineFilterCause, EditorMessages.OutlineFilterCauseTooltip, Kind.CAUSE));
		toolBar.add(kindAction(EditorMessages.OutlineFilterMeasure, EditorMessages.OutlineFilterMeasureTooltip, Kind.MEASURE));
	}

	private IAction kindAction(String text, String tooltip, Kind kind) {
		Action action = new Action(text, IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				onlyKind = isChecked() ? kind : null;
				for (var item : getSite().getActionBars().getToolBarManager().getItems()) {
					if (item instanceof ActionContributionItem contribution
							&& contribution.getAction() != this) {
						contribution.getAction().setChecked(false);
					}
				}
				getTreeViewer().refresh();
				getTreeViewer().expandToLevel(2);
			}
		};
		action.setToolTipText(tooltip);
		return action;
	}

	private void show(Analysis analysis) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		List<OutlineNode> previous = rows.replace(editor.language().outline().build(analysis));
		if (viewer.getInput() == null) {
			viewer.setInput(rows);
		} else {
			refreshWhatChanged(rows, previous, rows.roots());
		}
	}

	/**
	 * Brings the tree in line with the new rows by difference: where rows came or went their parent's rows are
	 * asked for again, a row whose text changed is redrawn, and the rest (at 1 MB thousands of rows) is left alone,
	 * with what the user expanded and selected.
	 */
	private void refreshWhatChanged(Object parent, List<OutlineNode> before, List<OutlineNode> after) {
		TreeViewer viewer = getTreeViewer();
		if (before.size() != after.size() || !sameObjects(before, after)) {
			viewer.refresh(parent);
			return;
		}
		for (int i = 0; i < after.size(); i++) {
			OutlineNode was = before.get(i);
			OutlineNode now = after.get(i);
			if (!was.text().equals(now.text()) || was.complete() != now.complete()) {
				viewer.update(now, null);
			}
			refreshWhatChanged(now, was.children(), now.children());
		}
	}

	private static boolean sameObjects(List<OutlineNode> before, List<OutlineNode> after) {
		for (int i = 0; i < after.size(); i++) {
			if (!before.get(i).key().equals(after.get(i).key()) || before.get(i).kind() != after.get(i).kind()) {
				return false;
			}
		}
		return true;
	}

	/** Rows are the same row when they stand for the same object, whatever their counts or offsets now. */
	private static final IElementComparer SAME_OBJECT = new IElementComparer() {
		@Override
		public boolean equals(Object a, Object b) {
			return a instanceof OutlineNode x && b instanceof OutlineNode y ? x.key().equals(y.key()) : Objects.equals(a, b);
		}

		@Override
		public int hashCode(Object element) {
			return element instanceof OutlineNode node ? node.key().hashCode() : Objects.hashCode(element);
		}
	};

	/** The tree, for tests. */
	public TreeViewer treeViewer() {
		return getTreeViewer();
	}

	/** The rows of the latest analysis, for the quick outline and tests. */
	public List<OutlineNode> roots() {
		return rows.roots();
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (!updatingFromEditor && event.getSelection() instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof OutlineNode node) {
			editor.selectAndReveal(rows.latest(node).offset(), 0); // the row's item may hold an earlier analysis's row
		}
	}

	private void revealCaret(SelectionChangedEvent event) {
		if (!(event.getSelection() instanceof ITextSelection text) || getTreeViewer() == null) {
			return;
		}
		OutlineNode deepest = deepest(roots(), text.getOffset());
		if (deepest != null) {
			updatingFromEditor = true;
			try {
				getTreeViewer().setSelection(new StructuredSelection(deepest), true);
			} finally {
				updatingFromEditor = false;
			}
		}
	}

	private static OutlineNode deepest(List<OutlineNode> nodes, int offset) {
		for (OutlineNode node : nodes) {
			if (node.contains(offset)) {
				OutlineNode child = deepest(node.children(), offset);
				return child != null ? child : node;
			}
		}
		return null;
	}

	@Override
	public void dispose() {
		editor.removeAnalysisListener(onAnalysis);
		if (editor.getSelectionProvider() instanceof IPostSelectionProvider provider) {
			provider.removePostSelectionChangedListener(onCaret);
		}
		super.dispose();
	}

	private final class KindFilter extends ViewerFilter {
		@Override
		public boolean select(Viewer viewer, Object parent, Object element) {
			OutlineNode node = (OutlineNode) element;
			boolean item = node.kind() == Kind.PROBLEM || node.kind() == Kind.CAUSE || node.kind() == Kind.MEASURE;
			return onlyKind == null || !item || node.kind() == onlyKind;
		}
	}

	/** Rows as the ide bundle words them (the same text a language client shows). */
	static final class NodeLabelProvider extends LabelProvider {
		@Override
		public String getText(Object element) {
			return ((OutlineNode) element).text();
		}

		@Override
		public Image getImage(Object element) {
			OutlineNode node = (OutlineNode) element;
			ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
			return switch (node.kind()) {
			case REPORT, LIBRARY -> images.getImage(ISharedImages.IMG_OBJ_FILE);
			case ASPECT, PROFILE, PART -> node.complete() ? images.getImage(ISharedImages.IMG_OBJ_FOLDER)
					: images.getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
			case PROBLEM -> images.getImage(ISharedImages.IMG_OBJS_WARN_TSK);
			case CAUSE -> images.getImage(ISharedImages.IMG_OBJS_INFO_TSK);
			case MEASURE -> images.getImage(ISharedImages.IMG_TOOL_FORWARD);
			default -> images.getImage(ISharedImages.IMG_OBJ_ELEMENT);
			};
		}
	}
}
