package org.duizhao.app.views;

import java.util.List;

import org.duizhao.app.AppMessages;
import org.duizhao.dsl.ide.analysis.Analysis;
import org.duizhao.dsl.ide.contentassist.LibrarySearch;
import org.duizhao.dsl.library.Libraries;
import org.duizhao.dsl.nodes.StringLiteral;
import org.duizhao.dsl.profiles.BuiltinProfiles;
import org.duizhao.model.Library;
import org.duizhao.model.LibraryItem;
import org.duizhao.model.LibrarySection;
import org.duizhao.model.Report;
import org.duizhao.ui.editor.ActiveReportEditor;
import org.duizhao.ui.editor.DuizhaoEditor;
import org.duizhao.ui.editor.LibraryItems;
import org.duizhao.ui.internal.WaitsForLanguage;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

import com.google.inject.Inject;

/**
 * 问题库: the libraries the active report can draw from (its folder's, the user's, the shipped default), by aspect,
 * with a search over headline and body and a preview. Double-click puts the item into the report, in the section of
 * its aspect (created when missing).
 */
public class LibraryView extends ViewPart implements WaitsForLanguage {

	public static final String ID = "org.duizhao.app.library";

	/** An aspect of one library, as a tree node. */
	record AspectNode(Library library, LibrarySection section) {
	}

	/** Null until the language is built (after the window is first drawn): the tree stays empty until then. */
	private Libraries libraries;
	private BuiltinProfiles builtin;
	private ActiveReportEditor active;
	private Text search;
	private TreeViewer tree;
	private Text preview;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		search = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		search.setMessage(AppMessages.LibrarySearchHint);
		search.setLayoutData(new GridData(GridData.FILL_HORIZONTAL));
		search.addModifyListener(e -> {
			tree.refresh();
			tree.expandAll();
		});
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		sash.setLayoutData(new GridData(GridData.FILL_BOTH));
		tree = new TreeViewer(sash, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		tree.setContentProvider(new Content());
		tree.setLabelProvider(new Labels());
		tree.addFilter(new Search());
		tree.addSelectionChangedListener(e -> showPreview());
		tree.addDoubleClickListener(e -> {
			if (selected() instanceof Libraries.Entry entry) {
				insert(entry);
			}
		});
		// Dragging an item onto the report inserts it where it belongs (see the editor's LibraryDrop).
		tree.addDragSupport(DND.DROP_COPY, new Transfer[] { LocalSelectionTransfer.getTransfer() }, new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				event.doit = selected() instanceof Libraries.Entry;
				LocalSelectionTransfer.getTransfer().setSelection(tree.getSelection());
			}
		});
		preview = new Text(sash, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		sash.setWeights(70, 30);
		active = new ActiveReportEditor(getSite().getPage(), analysis -> refresh(), this::refresh);
		refresh();
	}

	@Inject
	private void languageArrived(Libraries libraries, BuiltinProfiles builtin) {
		this.libraries = libraries;
		this.builtin = builtin;
		refresh();
	}

	private void refresh() {
		if (libraries == null || tree == null || tree.getControl().isDisposed()) {
			return;
		}
		DuizhaoEditor editor = active == null ? null : active.editor();
		Analysis analysis = editor == null ? null : editor.lastAnalysis();
		List<Library> visible = analysis == null ? null
				: analysis.read(model -> model.document() instanceof Report report ? libraries.visible(report) : null);
		List<Library> shown = visible != null ? visible : List.of(builtin.defaultLibrary());
		if (!shown.equals(tree.getInput())) {
			tree.setInput(shown);
			tree.expandToLevel(2);
		}
	}

	private Object selected() {
		return ((IStructuredSelection) tree.getSelection()).getFirstElement();
	}

	private void showPreview() {
		if (selected() instanceof Libraries.Entry entry) {
			LibraryItem item = entry.item();
			preview.setText(item.getKind().getLiteral() + "（" + entry.library().getTitle() + "）\n" + item.getHeadline() + "\n"
					+ StringLiteral.joined(item.getBody()));
		} else {
			preview.setText("");
		}
	}

	/** Puts the item into the active report, in the section of its aspect near the caret. */
	private boolean insert(Libraries.Entry entry) {
		DuizhaoEditor editor = active.editor();
		return editor != null
				&& LibraryItems.insert(editor, entry, ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset());
	}

	@Override
	public void setFocus() {
		search.setFocus();
	}

	@Override
	public void dispose() {
		active.dispose();
		super.dispose();
	}

	private static final class Content implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return input instanceof List<?> list ? list.toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			if (parent instanceof Library library) {
				return library.getSections().stream().map(s -> new AspectNode(library, s)).toArray();
			}
			if (parent instanceof AspectNode node) {
				return node.section().getItems().stream().map(i -> new Libraries.Entry(node.library(), i)).toArray();
			}
			return new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return !(element instanceof Libraries.Entry);
		}
	}

	private static final class Labels extends LabelProvider {
		@Override
		public String getText(Object element) {
			if (element instanceof Library library) {
				return library.getTitle();
			}
			if (element instanceof AspectNode node) {
				return node.section().getAspect() == null ? "?" : node.section().getAspect().getName();
			}
			if (element instanceof Libraries.Entry entry) {
				return entry.item().getKind().getLiteral() + "：" + entry.item().getHeadline();
			}
			return String.valueOf(element);
		}
	}

	/** Keeps the items the search text finds ({@link LibrarySearch}: as content assist does), and the nodes above them. */
	private final class Search extends ViewerFilter {
		@Override
		public boolean select(Viewer viewer, Object parent, Object element) {
			String text = search.getText().strip();
			if (text.isEmpty()) {
				return true;
			}
			if (element instanceof Libraries.Entry entry) {
				return LibrarySearch.matches(entry.item(), text);
			}
			Content content = new Content();
			for (Object child : content.getChildren(element)) {
				if (select(viewer, element, child)) {
					return true;
				}
			}
			return false;
		}

	}
}
