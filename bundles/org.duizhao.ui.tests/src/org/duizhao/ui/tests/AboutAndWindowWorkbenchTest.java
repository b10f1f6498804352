package org.duizhao.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.duizhao.app.Application;
import org.duizhao.app.about.AboutDialog;
import org.duizhao.app.about.Component;
import org.duizhao.app.help.GuideDialog;
import org.duizhao.dsl.validation.CheckCatalogue;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/** 帮助 > 关于 lists what is shipped with its licence, 使用说明 explains the checks; the first start places the window. */
class AboutAndWindowWorkbenchTest {

	@Test
	void aboutListsEveryComponentWithItsLicenceReadFromTheBundles() {
		Shell window = Ui.sync(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
		Ui.display().asyncExec(() -> new AboutDialog(window).open());
		Shell about = Ui.waitForShell("关于 Duizhao Studio", 10_000);
		try {
			List<Component> components = Component.installed(FrameworkUtil.getBundle(AboutDialog.class).getBundleContext());
			assertTrue(components.size() > 100, "every installed bundle: " + components.size());
			assertEquals("Apache-2.0", licenceOf(components, "org.apache.poi"));
			assertEquals("EPL-2.0", licenceOf(components, "org.eclipse.xtext"));
			assertEquals("EPL-2.0", licenceOf(components, "org.eclipse.ui.workbench"));
			assertEquals("BSD", licenceOf(components, "com.belerweb.pinyin4j"));
			assertEquals("Apache-2.0", licenceOf(components, "com.google.guava"));
			assertTrue(components.stream().noneMatch(c -> c.licence().equals("未注明")),
					"no component without a licence: " + components.stream().filter(c -> c.licence().equals("未注明")).map(Component::id).toList());
			assertEquals(components.stream().map(Component::name).toList(), Ui.tableColumn(about, 0), "the table shows them all");
			assertEquals(components.stream().map(Component::licence).toList(), Ui.tableColumn(about, 3));
			assertTrue(Ui.labels(about).stream().anyMatch(l -> l.startsWith("Duizhao Studio 0.1.0")), Ui.labels(about).toString());
			Ui.screenshot("about", about);
		} finally {
			Ui.click(about, "关闭");
		}
	}

	@Test
	void theGuideExplainsEveryCheckShortcutsImportExportAndLibraries() {
		Shell window = Ui.sync(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
		GuideDialog guide = Ui.sync(() -> {
			GuideDialog dialog = new GuideDialog(window);
			dialog.open();
			return dialog;
		});
		try {
			String text = Ui.styledText(Ui.findShell("Duizhao Studio 使用说明"));
			for (CheckCatalogue.Check check : CheckCatalogue.checks()) {
				assertTrue(text.contains(check.title()) && text.contains(check.fix()), "explains " + check.code());
			}
			for (String topic : List.of("Ctrl+Space", "Ctrl+1", "F3", "Alt+Shift+R", "Ctrl+Shift+G", "文件 > 导入材料", "GB/T 9704", "问题库", "恢复 / 比较 / 丢弃")) {
				assertTrue(text.contains(topic), topic);
			}
			Ui.screenshot("guide", Ui.findShell("Duizhao Studio 使用说明"));
		} finally {
			Ui.run(guide::close);
		}
	}

	@Test
	void theFirstStartPlacesTheWindowMaximizedOrCentredWithTheIcon() {
		Ui.run(() -> {
			Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
			Rectangle area = window.getMonitor().getClientArea();
			Rectangle expected = new Rectangle(area.x + (area.width - 1280) / 2, area.y + (area.height - 800) / 2, 1280, 800);
			// Without a window manager (Xvfb) GTK cannot maximize; the size to restore to is then what shows.
			assertTrue(window.getMaximized() || window.getBounds().equals(expected), "maximized, or " + expected + ": " + window.getBounds());
			assertEquals(List.of(16, 32, 48, 64, 128, 256),
					Arrays.stream(window.getImages()).map(i -> i.getBounds().width).toList(), "the icon in every size");
		});
	}

	@Test
	void aSecondStartHandsItsFileToTheRunningWindow() throws IOException {
		Path report = Files.createTempDirectory("second-start").resolve("第二次打开的材料.dzr");
		Files.writeString(report, "报告 \"第二次打开\"\n");
		// the running instance opens its port on a thread of its own while it starts: it takes files once that is done
		Ui.waitUntil("the running instance took the file", 10_000, () -> Application.handOverToRunningInstance(List.of(report)));
		Ui.waitUntil("the handed-over file is open", 10_000, () -> Ui.sync(() -> Arrays
				.stream(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getEditorReferences())
				.anyMatch(r -> r.getName().equals("第二次打开的材料.dzr"))));
		Ui.run(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false));
	}

	private static String licenceOf(List<Component> components, String id) {
		return components.stream().filter(c -> id.equals(c.id())).map(Component::licence).findFirst().orElse("not installed: " + id);
	}
}
