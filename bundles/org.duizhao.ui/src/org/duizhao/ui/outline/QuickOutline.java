package org.duizhao.ui.outline;

import org.duizhao.dsl.ide.analysis.OutlineNode;
import org.duizhao.ui.editor.DuizhaoEditor;
import org.duizhao.ui.editor.EditorMessages;
import org.eclipse.jface.dialogs.PopupDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

/** Ctrl+O: the outline in a popup with a filter; Enter or double-click jumps there. */
public class QuickOutline extends PopupDialog {

	private final DuizhaoEditor editor;
	private Text filter;
	private TreeViewer tree;

	public QuickOutline(DuizhaoEditor editor) {
		// A title (even empty) gives the popup its title area, where the filter field lives.
		super(editor.getSite().getShell(), SWT.RESIZE, true, false, false, false, false, "", EditorMessages.QuickOutlineHint);
		this.editor = editor;
	}

	@Override
	protected Control createTitleControl(Composite parent) {
		filter = new Text(parent, SWT.NONE);
		filter.setMessage(EditorMessages.QuickOutlineFilter);
		filter.addModifyListener(e -> {
			tree.refresh();
			tree.expandAll();
		});
		filter.addListener(SWT.DefaultSelection, e -> jump());
		filter.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ARROW_DOWN) {
				tree.getTree().setFocus();
			}
		});
		return filter;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		tree = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		tree.getControl().setLayoutData(new GridData(GridData.FILL_BOTH));
		OutlineRows rows = new OutlineRows();
		rows.replace(editor.language().outline().build(editor.currentAnalysis()));
		tree.setContentProvider(rows);
		tree.setLabelProvider(new DuizhaoOutlinePage.NodeLabelProvider());
		tree.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer viewer, Object parent, Object element) {
				return filter == null || matches((OutlineNode) element, filter.getText());
			}
		});
		tree.setInput(rows);
		tree.expandAll();
		tree.addOpenListener(e -> jump());
		return tree.getControl();
	}

	private static boolean matches(OutlineNode node, String text) {
		return text.isEmpty() || node.label().contains(text) || node.children().stream().anyMatch(c -> matches(c, text));
	}

	private void jump() {
		Object selected = ((IStructuredSelection) tree.getSelection()).getFirstElement();
		if (selected == null && tree.getTree().getItemCount() > 0) {
			selected = tree.getTree().getItem(0).getData();
		}
		if (selected instanceof OutlineNode node) {
			close();
			editor.selectAndReveal(node.offset(), 0);
		}
	}

	@Override
	protected Point getDefaultSize() {
		return new Point(480, 420);
	}
}
