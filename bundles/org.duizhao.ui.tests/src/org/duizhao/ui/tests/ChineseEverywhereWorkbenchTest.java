package org.duizhao.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.duizhao.ui.editor.DuizhaoEditor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The product started in Chinese (as its configuration says) shows no English: every text a person can read in the
 * main window, its menus and the dialogs a user meets is listed, and a word of Latin letters fails the test unless it
 * is a name (Duizhao Studio, UTF-8, Word…). The platform's own texts come from our NL fragments (bundles/nl).
 * Screenshots of each place go to target/screenshots/chinese-*.png.
 */
class ChineseEverywhereWorkbenchTest {

	private static final String FAULTY_EXAMPLE = "待修改的对照检查材料.dzr";
	private static final long WAIT = 20_000;

	/** Names and standards that are written in Latin letters in Chinese text too. */
	private static final Set<String> NAMES = Set.of("Duizhao", "Studio", "UTF", "GB", "GBK", "Word", "Excel", "WPS",
			"DOCX", "XLSX", "PDF", "Unicode", "Windows", "Unix", "MacOS", "CRLF", "LF", "CR",
			// the placeholder the checks name
			"XX",
			// key names in tool tips, as printed on the keyboard
			"Ctrl", "Shift", "Alt", "Enter", "Esc", "Tab", "Space");
	private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");
	/** File names and paths are the user's, not ours to translate. */
	private static final Pattern FILE_OR_PATH = Pattern.compile("\\S*[/\\\\]\\S*|\\S*\\.(dzr|dzlib|docx|xlsx|txt)");

	private DuizhaoEditor editor;

	@BeforeEach
	void openFaultyExample() throws IOException {
		editor = Ui.openInEditor(Ui.copyOfExample(FAULTY_EXAMPLE));
		Ui.waitUntil("the findings reach the Problems view", WAIT, () -> !problemRows().isEmpty());
	}

	@AfterEach
	void closeEditors() {
		Ui.run(() -> page().closeAllEditors(false));
	}

	@Test
	void theProductRunsInChinese() {
		assertEquals("zh", Locale.getDefault().getLanguage(), "the test runtime starts as the product does (-nl zh_CN)");
	}

	@Test
	void theMainWindowItsMenusAndTheProblemsViewSpeakChinese() {
		Shell window = mainWindow();
		List<String> texts = new ArrayList<>(Ui.visibleTexts(window));
		Ui.run(() -> {
			Ui.menuTexts(editor.viewer().getTextWidget().getMenu(), texts);
			problemsTree().select(problemsTree().getItem(0));
			Ui.menuTexts(problemsTree().getMenu(), texts);
		});
		List<String> viewMenu = problemsViewMenu();
		assertTrue(viewMenu.containsAll(List.of("分组(&G)", "过滤器…", "配置列…")), "the Problems view's menu: " + viewMenu);
		texts.addAll(viewMenu);
		Ui.screenshot("chinese-1-main-window");
		assertNoEnglish("the main window", texts);
		assertTrue(texts.contains("错误（15 项）") && texts.contains("15 个错误，28 个警告，15 个其他"), "the Problems view groups and counts: " + texts);
	}

	@Test
	void preferencesSpeakChinese() {
		Shell window = mainWindow();
		Ui.display().asyncExec(() -> ActionFactory.PREFERENCES.create(page().getWorkbenchWindow()).run());
		Shell preferences = Ui.waitForShell("首选项", WAIT);
		try {
			Ui.screenshot("chinese-2-preferences", preferences);
			assertNoEnglish("Preferences", Ui.visibleTexts(preferences));
			assertTrue(Ui.sync(() -> Ui.buttonEnabled(preferences, "应用并关闭")), "the page as it comes can be applied");
		} finally {
			Ui.run(preferences::close);
		}
		Ui.run(() -> window.setActive());
	}

	@Test
	void theSaveQuestionSpeaksChinese() {
		Ui.run(() -> editor.document().set("// 改动\n" + editor.document().get()));
		List<String> texts = textsOfDialog(() -> page().closeEditor(editor, true), "保存修改", "chinese-3-save-question", "不保存");
		assertNoEnglish("the save question", texts);
	}

	@Test
	void theFindReplaceBarSpeaksChinese() {
		Ui.run(() -> {
			editor.setFocus();
			editor.getAction(ITextEditorActionConstants.FIND).run();
		});
		// The bar above the text, the platform's default for editors since 4.33; its search field's hint says it is there.
		Ui.waitUntil("the find/replace bar opens", WAIT,
				() -> Ui.visibleTexts(mainWindow()).stream().anyMatch(text -> text.startsWith("查找（")));
		List<String> texts = Ui.visibleTexts(mainWindow());
		Ui.screenshot("chinese-4-find-replace");
		Ui.pressEscape();
		assertTrue(texts.containsAll(List.of("区分大小写 (Shift+Ctrl+C)", "显示或隐藏替换 (Ctrl+R)")), "the bar's buttons: " + texts);
		assertNoEnglish("Find/Replace", texts);
	}

	@Test
	void theQuestionForSeveralUnsavedReportsSpeaksChinese() throws IOException {
		DuizhaoEditor second = Ui.openInEditor(Ui.copyOfExample("2023-班子对照检查材料.dzr"));
		Ui.run(() -> {
			editor.document().set("// 改动\n" + editor.document().get());
			second.document().set("// 改动\n" + second.document().get());
		});
		List<String> texts = textsOfDialog(() -> page().closeAllEditors(true), "保存修改", "chinese-6-save-several", "取消");
		assertNoEnglish("the question for several unsaved reports", texts);
	}

	@Test
	void theClassicFindReplaceDialogSpeaksChinese() {
		// Who turns the find/replace bar off in the preferences gets the dialog instead.
		IEclipsePreferences editors = InstanceScope.INSTANCE.getNode("org.eclipse.ui.editors");
		editors.putBoolean("useFindReplaceOverlay", false);
		try {
			List<String> texts = textsOfDialog(() -> {
				editor.setFocus();
				editor.getAction(ITextEditorActionConstants.FIND).run();
			}, "查找/替换", "chinese-7-find-replace-dialog", "关闭");
			assertNoEnglish("the Find/Replace dialog", texts);
		} finally {
			editors.remove("useFindReplaceOverlay");
		}
	}

	@Test
	void errorDialogsSpeakChinese() {
		MultiStatus status = new MultiStatus("org.duizhao.ui.tests", 0, "无法保存“报告.dzr”", null);
		status.add(Status.error("磁盘已满"));
		// The test harness keeps error dialogs from blocking; this test is about one that shows.
		boolean automated = ErrorDialog.AUTOMATED_MODE;
		ErrorDialog.AUTOMATED_MODE = false;
		Ui.display().asyncExec(() -> ErrorDialog.openError(mainWindow(), "保存失败", "文件没有保存。", status, IStatus.ERROR));
		Shell error;
		try {
			error = Ui.waitForShell("保存失败", WAIT);
		} finally {
			ErrorDialog.AUTOMATED_MODE = automated;
		}
		Ui.click(error, "详细信息(&D) >>");
		Ui.screenshot("chinese-5-error-details", error);
		List<String> texts = Ui.visibleTexts(error);
		Ui.run(error::close);
		assertNoEnglish("the error dialog", texts);
	}

	@Test
	void everyTranslatedTextHasItsKeyInTheHostBundle() throws IOException {
		List<String> checked = new ArrayList<>();
		for (Bundle fragment : FrameworkUtil.getBundle(getClass()).getBundleContext().getBundles()) {
			if (!fragment.getSymbolicName().startsWith("org.duizhao.nl_zh.")) {
				continue;
			}
			Bundle host = Platform.getBundle(fragment.getHeaders("").get("Fragment-Host"));
			for (URL translation : Collections.list(fragment.findEntries("/", "*_zh.properties", true))) {
				String path = translation.getPath().replace("_zh.properties", ".properties");
				URL original = host.getEntry(path);
				assertTrue(original != null, fragment.getSymbolicName() + path + ": the host has no such file");
				Set<Object> unknown = new HashSet<>(properties(translation).keySet());
				unknown.removeAll(properties(original).keySet());
				assertEquals(Set.of(), unknown, fragment.getSymbolicName() + path + ": keys the host does not have");
				checked.add(fragment.getSymbolicName() + path);
			}
		}
		assertTrue(checked.size() >= 15, "the fragments were found: " + checked);
	}

	private static Properties properties(URL file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = file.openStream()) {
			properties.load(in);
		}
		return properties;
	}

	/**
	 * Opens a dialog as the user's action does (asynchronously: it may be modal), reads every text in it, takes its
	 * screenshot and closes it with the button {@code closeWith}.
	 */
	private static List<String> textsOfDialog(Runnable open, String title, String screenshot, String closeWith) {
		Ui.display().asyncExec(open);
		Shell dialog = Ui.waitForShell(title, WAIT);
		Ui.screenshot(screenshot, dialog);
		List<String> texts = Ui.visibleTexts(dialog);
		Ui.click(dialog, closeWith);
		return texts;
	}

	private static void assertNoEnglish(String where, List<String> texts) {
		List<String> english = new ArrayList<>();
		for (String text : texts) {
			Matcher words = WORD.matcher(FILE_OR_PATH.matcher(text).replaceAll(" "));
			while (words.find()) {
				if (!NAMES.contains(words.group())) {
					english.add(text);
					break;
				}
			}
		}
		assertTrue(english.isEmpty(), "English left in " + where + ": " + english);
	}

	private List<String> problemsViewMenu() {
		return Ui.sync(() -> {
			List<String> texts = new ArrayList<>();
			IViewPart problems = page().findView(IPageLayout.ID_PROBLEM_VIEW);
			IMenuManager menu = problems.getViewSite().getActionBars().getMenuManager();
			if (menu instanceof MenuManager manager) {
				Menu shown = manager.createContextMenu(mainWindow());
				Ui.menuTexts(shown, texts);
				shown.dispose();
			}
			return texts;
		});
	}

	private List<String> problemRows() {
		return Ui.sync(() -> {
			Tree tree = problemsTree();
			List<String> rows = new ArrayList<>();
			if (tree != null) {
				for (TreeItem item : tree.getItems()) {
					rows.add(item.getText());
				}
			}
			return rows;
		});
	}

	/** The Problems view's rows (a tree: findings grouped by severity). */
	private static Tree problemsTree() {
		IViewPart problems = page().findView(IPageLayout.ID_PROBLEM_VIEW);
		if (problems == null) {
			return null;
		}
		if (problems.getSite().getSelectionProvider() instanceof TreeViewer viewer) {
			return viewer.getTree();
		}
		throw new AssertionError("the Problems view shows a tree: " + problems.getSite().getSelectionProvider());
	}

	private static Shell mainWindow() {
		return Ui.sync(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell());
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
	}
}
