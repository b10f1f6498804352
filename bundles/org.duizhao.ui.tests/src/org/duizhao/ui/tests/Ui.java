package org.duizhao.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.duizhao.app.StudioWorkbenchAdvisor;
import org.duizhao.ui.editor.DuizhaoEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/** The tests run off the UI thread: these run code on it, wait for the workbench, and take screenshots. */
final class Ui {

	private Ui() {
	}

	static Display display() {
		return PlatformUI.getWorkbench().getDisplay();
	}

	static <T> T sync(Supplier<T> supplier) {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		display().syncExec(() -> {
			try {
				result.set(supplier.get());
			} catch (RuntimeException e) {
				failure.set(e);
			}
		});
		if (failure.get() != null) {
			throw failure.get();
		}
		return result.get();
	}

	static void run(Runnable runnable) {
		sync(() -> {
			runnable.run();
			return null;
		});
	}

	/** Waits (letting the UI thread work) until the condition holds on the UI thread. */
	static void waitUntil(String what, long timeoutMillis, BooleanSupplier condition) {
		waitUntil(what, timeoutMillis, 100, condition);
	}

	/** Waits, looking every {@code pollMillis} on the UI thread (a few milliseconds when the wait itself is measured). */
	static void waitUntil(String what, long timeoutMillis, long pollMillis, BooleanSupplier condition) {
		long end = System.currentTimeMillis() + timeoutMillis;
		while (System.currentTimeMillis() < end) {
			if (sync(condition::getAsBoolean)) {
				return;
			}
			sleep(pollMillis);
		}
		fail("timed out waiting until " + what);
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** A copy of an example report in a new temporary folder, so that a test may change and save it. */
	/** A copy of an example in a folder of its own, with the reports it names beside it (last year's). */
	static Path copyOfExample(String name) throws IOException {
		Path folder = Files.createTempDirectory("duizhao-ui");
		Path examples = Path.of(System.getProperty("duizhao.examples"));
		try (var reports = Files.list(examples)) {
			for (Path file : reports.filter(f -> f.getFileName().toString().endsWith(".dzr")).toList()) {
				Files.copy(file, folder.resolve(file.getFileName()));
			}
		}
		return folder.resolve(name);
	}

	/** Opens a report in the editor of a 1500×950 window (the screenshots' size); the editor it opened in. */
	static DuizhaoEditor openInEditor(Path report) {
		return sync(() -> {
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			page.getWorkbenchWindow().getShell().setBounds(0, 0, 1500, 950);
			StudioWorkbenchAdvisor.open(page, report);
			return (DuizhaoEditor) page.getActiveEditor();
		});
	}

	/** Closes a popup (content assist, quick fix) as the user would. */
	static void pressEscape() {
		run(() -> {
			Event escape = new Event();
			escape.type = SWT.KeyDown;
			escape.keyCode = SWT.ESC;
			escape.character = SWT.ESC;
			display().post(escape);
		});
	}

	/** Waits for a dialog with this title (opened by code running asynchronously on the UI thread). */
	static Shell waitForShell(String title, long timeoutMillis) {
		waitUntil("a window titled " + title, timeoutMillis, () -> findShell(title) != null);
		return findShell(title);
	}

	/** The visible window with this title, or {@code null}. */
	static Shell findShell(String title) {
		return sync(() -> {
			for (Shell shell : display().getShells()) {
				if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
					return shell;
				}
			}
			return null;
		});
	}

	/** Presses the button with this label, as a click does. */
	static void click(Shell shell, String label) {
		run(() -> {
			Button button = all(shell, Button.class).stream().filter(b -> label.equals(b.getText())).findFirst().orElse(null);
			if (button == null) {
				fail("no button " + label + " in " + shell.getText());
			}
			button.notifyListeners(SWT.Selection, new Event());
		});
	}

	/** Whether the button with this label can be pressed (call on the UI thread). */
	static boolean buttonEnabled(Shell shell, String label) {
		return all(shell, Button.class).stream().anyMatch(b -> label.equals(b.getText()) && b.isEnabled());
	}

	/** The texts of the labels in a window (plain and SWT custom labels), as a person reads them. */
	static List<String> labels(Shell shell) {
		return sync(() -> {
			List<String> texts = new ArrayList<>();
			all(shell, Label.class).forEach(l -> texts.add(l.getText()));
			all(shell, CLabel.class).stream().filter(l -> l.getText() != null).forEach(l -> texts.add(l.getText()));
			return texts;
		});
	}

	/** The text of the styled texts in a window (a guide, an editor), as a person reads it. */
	static String styledText(Shell shell) {
		return sync(() -> all(shell, StyledText.class).stream().map(t -> t.getText())
				.collect(Collectors.joining("\n")));
	}

	/** The labels of the buttons in a window, in layout order. */
	static List<String> buttons(Shell shell) {
		return sync(() -> all(shell, Button.class).stream().map(Button::getText).toList());
	}

	/** The texts of one column of every table row in a window (a view's list, say). */
	static List<String> tableColumn(Shell shell, int column) {
		return sync(() -> all(shell, Table.class).stream()
				.flatMap(t -> Arrays.stream(t.getItems())).map(item -> item.getText(column)).toList());
	}

	/**
	 * Everything a person can read in a window: its title, labels, buttons, hints, tabs, tool tips, column headers,
	 * rows, and the items of its menu bar and context menus (filled as when they open). Menu accelerators (Ctrl+S)
	 * are left out: key names stay as they are printed on the keyboard.
	 */
	static List<String> visibleTexts(Shell shell) {
		return sync(() -> {
			List<String> texts = new ArrayList<>();
			texts.add(shell.getText());
			menuTexts(shell.getMenuBar(), texts);
			collectTexts(shell, texts);
			texts.removeIf(text -> text == null || text.isBlank());
			return texts;
		});
	}

	private static void collectTexts(Control control, List<String> texts) {
		if (!control.isVisible()) {
			return;
		}
		texts.add(control.getToolTipText());
		menuTexts(control.getMenu(), texts);
		switch (control) {
			case Label label -> texts.add(label.getText());
			case CLabel label -> texts.add(label.getText());
			case Button button -> texts.add(button.getText());
			case Link link -> texts.add(link.getText());
			case Text text -> texts.add(text.getMessage());
			case Group group -> texts.add(group.getText());
			case CTabFolder folder -> Arrays.stream(folder.getItems())
					.forEach(item -> texts.addAll(Arrays.asList(item.getText(), item.getToolTipText())));
			case ToolBar bar -> Arrays.stream(bar.getItems())
					.forEach(item -> texts.addAll(Arrays.asList(item.getText(), item.getToolTipText())));
			case Table table -> {
				Arrays.stream(table.getColumns()).forEach(column -> texts.add(column.getText()));
				Arrays.stream(table.getItems()).forEach(item -> {
					for (int i = 0; i < Math.max(1, table.getColumnCount()); i++) {
						texts.add(item.getText(i));
					}
				});
			}
			case Tree tree -> {
				Arrays.stream(tree.getColumns()).forEach(column -> texts.add(column.getText()));
				treeTexts(tree.getItems(), Math.max(1, tree.getColumnCount()), texts);
			}
			default -> {
			}
		}
		if (control instanceof Composite composite && !(control instanceof StyledText)) {
			for (Control child : composite.getChildren()) {
				collectTexts(child, texts);
			}
		}
	}

	private static void treeTexts(TreeItem[] items, int columns, List<String> texts) {
		for (TreeItem item : items) {
			for (int i = 0; i < columns; i++) {
				texts.add(item.getText(i));
			}
			if (item.getExpanded()) {
				treeTexts(item.getItems(), columns, texts);
			}
		}
	}

	/** The items of a menu and its submenus, filled by their owners as when the menu opens. */
	static void menuTexts(Menu menu, List<String> texts) {
		if (menu == null || menu.isDisposed()) {
			return;
		}
		menu.notifyListeners(SWT.Show, new Event());
		for (MenuItem item : menu.getItems()) {
			if (!item.isDisposed() && (item.getStyle() & SWT.SEPARATOR) == 0) {
				texts.add(item.getText().split("	")[0]);
				menuTexts(item.getMenu(), texts);
			}
		}
		menu.notifyListeners(SWT.Hide, new Event());
	}

	static <T extends Control> List<T> all(Control control, Class<T> type) {
		List<T> found = new ArrayList<>();
		if (type.isInstance(control)) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				found.addAll(all(child, type));
			}
		}
		return found;
	}

	/** A PNG of the workbench window (and any popup above it) in target/screenshots, for people to look at. */
	static Path screenshot(String name) {
		return screenshot(name, null);
	}

	/** A PNG of {@code shell} (a dialog), or of the workbench window when it is {@code null}. */
	static Path screenshot(String name, Shell dialog) {
		sleep(400);
		Path folder = Path.of(System.getProperty("duizhao.screenshots", "target/screenshots"));
		Path file = folder.resolve(name + ".png");
		run(() -> {
			Display display = display();
			Shell shell = dialog != null ? dialog : PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell();
			Rectangle bounds = shell.getBounds();
			Image image = new Image(display, bounds.width, bounds.height);
			GC gc = new GC(display);
			try {
				gc.copyArea(image, bounds.x, bounds.y);
				Files.createDirectories(folder);
				ImageLoader loader = new ImageLoader();
				loader.data = new ImageData[] { image.getImageData() };
				loader.save(file.toString(), SWT.IMAGE_PNG);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			} finally {
				gc.dispose();
				image.dispose();
			}
		});
		return file;
	}
}
