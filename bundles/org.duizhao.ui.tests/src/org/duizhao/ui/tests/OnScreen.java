package org.duizhao.ui.tests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.duizhao.app.AppMessages;
import org.duizhao.dsl.library.Libraries;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;

/**
 * What the 提交前检查 and 问题库 views show, read from their widgets as a person reads the screen, and used as a person
 * uses them (typing a search, double-clicking an item): the views keep no methods for tests. Call on the UI thread.
 */
final class OnScreen {

	private OnScreen() {
	}

	/** The verdict line of 提交前检查 (✔ 可以提交 / ✘ 还有 N 个问题), or its empty text before any report is checked. */
	static String verdict() {
		return verdictLabel().getText();
	}

	/** Whether 提交前检查 shows the check of a report (not its text before a report is open, or before it is checked). */
	static boolean checked() {
		return !verdict().equals(AppMessages.CheckEmpty) && !verdict().equals(AppMessages.CheckPending);
	}

	/** The lines of the parts (上年度整改, 征求意见, 相互批评), without the line of 审核提示 that follows them. */
	static List<String> partLines() {
		List<String> lines = new ArrayList<>(Arrays.asList(checkControls().get(1).getText().split("\n")));
		lines.removeIf(String::isEmpty);
		return lines.isEmpty() ? lines : lines.subList(0, lines.size() - 1);
	}

	/** The aspect rows: 方面, 问题, 原因, 措施, 状态 (✔/✘). */
	static List<List<String>> aspectRows() {
		Table table = Ui.all(verdictLabel().getParent(), Table.class).get(0);
		List<List<String>> rows = new ArrayList<>();
		for (var item : table.getItems()) {
			List<String> row = new ArrayList<>();
			for (int column = 0; column < table.getColumnCount(); column++) {
				row.add(item.getText(column));
			}
			rows.add(row);
		}
		return rows;
	}

	/** Types {@code text} into the search field of 问题库. */
	static void searchLibrary(String text) {
		searchField().setText(text); // fires the field's modify listeners, as typing does
	}

	/** The library items the 问题库 tree shows now. */
	static List<Libraries.Entry> visibleLibraryItems() {
		List<Libraries.Entry> entries = new ArrayList<>();
		collect(libraryTree().getItems(), entries);
		return entries;
	}

	/** Double-clicks the item in the 问题库 tree, which inserts it into the report. */
	static void doubleClick(Libraries.Entry entry) {
		Tree tree = libraryTree();
		TreeItem item = find(tree.getItems(), entry);
		if (item == null) {
			throw new AssertionError("not in the tree: " + entry.item().getHeadline());
		}
		tree.setSelection(item);
		Event event = new Event();
		event.item = item;
		tree.notifyListeners(SWT.DefaultSelection, event);
	}

	private static Label verdictLabel() {
		return (Label) checkControls().get(0);
	}

	/** The verdict and the parts line: the two labels above the tables, in the view whose first label is a verdict. */
	private static List<Label> checkControls() {
		for (Label label : Ui.all(shell(), Label.class)) {
			String text = label.getText();
			if (text.equals(AppMessages.CheckEmpty) || text.startsWith("✔ ") || text.startsWith("✘ ")) {
				return Ui.all(label.getParent(), Label.class);
			}
		}
		throw new AssertionError("提交前检查 is not open");
	}

	private static Text searchField() {
		return Ui.all(shell(), Text.class).stream().filter(t -> AppMessages.LibrarySearchHint.equals(t.getMessage())).findFirst()
				.orElseThrow(() -> new AssertionError("问题库 is not open"));
	}

	private static Tree libraryTree() {
		Composite view = searchField().getParent();
		return Ui.all(view, Tree.class).get(0);
	}

	private static void collect(TreeItem[] items, List<Libraries.Entry> entries) {
		for (TreeItem item : items) {
			if (item.getData() instanceof Libraries.Entry entry) {
				entries.add(entry);
			}
			collect(item.getItems(), entries);
		}
	}

	private static TreeItem find(TreeItem[] items, Libraries.Entry entry) {
		for (TreeItem item : items) {
			if (entry.equals(item.getData())) {
				return item;
			}
			TreeItem below = find(item.getItems(), entry);
			if (below != null) {
				return below;
			}
		}
		return null;
	}

	private static Control shell() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
	}
}
