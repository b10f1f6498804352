package org.duizhao.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.duizhao.app.StudioWorkbenchAdvisor;
import org.duizhao.app.actions.ConvertToUtf8Action;
import org.duizhao.dsl.io.AtomicFiles;
import org.duizhao.ui.editor.DuizhaoEditor;
import org.duizhao.ui.editor.Recovery;
import org.duizhao.ui.editor.RecoveryOffer;
import org.duizhao.ui.editor.WorkspaceFiles;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Files kept the way people keep them, opened, typed into and saved as a person does: a GB18030 report, a shared
 * file with its mode and a link, a file changed on disk by another program, a report beside the workspace, a disk
 * that fails halfway through a save. None of them may lose a byte of anybody's text.
 */
class FileSafetyWorkbenchTest {

	private static final Charset GB18030 = Charset.forName("GB18030");
	private static final String EXAMPLE = "2023-班子对照检查材料.dzr";
	private static final long WAIT = 20_000;

	private Path folder;
	private String example;
	private DuizhaoEditor editor;

	@BeforeEach
	void makeFolder() throws IOException {
		folder = Files.createTempDirectory("duizhao-files");
		example = Files.readString(Path.of(System.getProperty("duizhao.examples")).resolve(EXAMPLE));
	}

	@AfterEach
	void closeEditors() {
		Ui.run(() -> window().getActivePage().closeAllEditors(false));
	}

	private static IWorkbenchWindow window() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0];
	}

	private DuizhaoEditor open(Path file) {
		Ui.run(() -> {
			IWorkbenchPage page = window().getActivePage();
			StudioWorkbenchAdvisor.open(page, file);
			editor = (DuizhaoEditor) page.getActiveEditor();
		});
		return editor;
	}

	/** The example as a file of the test's folder, open in the editor. */
	private Path openedExample() throws IOException {
		Path report = folder.resolve(EXAMPLE);
		Files.writeString(report, example);
		open(report);
		return report;
	}

	private String text() {
		return Ui.sync(() -> editor.document().get());
	}

	private void type(String more) {
		Ui.run(() -> {
			try {
				editor.document().replace(editor.document().getLength(), 0, more);
			} catch (BadLocationException e) {
				throw new IllegalStateException(e);
			}
		});
	}

	/** Ctrl+S, from a later turn of the event loop so that a dialog it opens can be answered here. */
	private void pressSave() {
		Ui.display().asyncExec(() -> editor.doSave(null));
	}

	private static String strictly(Charset charset, byte[] bytes) throws IOException {
		return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes)).toString();
	}

	@Test
	void aGb18030ReportKeepsItsEncodingAndCanBeConverted() throws IOException {
		Path report = folder.resolve("gbk.dzr");
		Files.write(report, example.getBytes(GB18030));
		open(report);
		assertEquals(example, text(), "shown as the Chinese it is, not as ����");
		Ui.waitUntil("the status bar shows GB18030", WAIT, () -> Ui.labels(window().getShell()).contains("GB18030"));
		Ui.screenshot("files-1-gb18030-status-bar");

		type("// 保存为原来的编码\n");
		Ui.run(() -> editor.doSave(null));
		byte[] saved = Files.readAllBytes(report);
		assertEquals(example + "// 保存为原来的编码\n", strictly(GB18030, saved), "still GB18030, every character kept");
		assertFalse(new String(saved, GB18030).contains("\uFFFD"));

		Ui.run(() -> new ConvertToUtf8Action(window()).run());
		assertTrue(Ui.sync(editor::isDirty), "converting is a change the user saves");
		Ui.waitUntil("the status bar shows UTF-8", WAIT, () -> Ui.labels(window().getShell()).contains("UTF-8"));
		Ui.run(() -> editor.doSave(null));
		assertEquals(example + "// 保存为原来的编码\n", strictly(StandardCharsets.UTF_8, Files.readAllBytes(report)));
	}

	@Test
	void aFileInNoKnownEncodingOpensReadOnlyWithTheReason() throws IOException {
		Path report = folder.resolve("损坏.dzr");
		byte[] bytes = { 'x', '\n', (byte) 0xFF, 0, (byte) 0x81, 'y' };
		Files.write(report, bytes);
		open(report);
		assertFalse(Ui.sync(editor::isEditable));
		assertTrue(text().contains(report + " 第 2 行：既不是 UTF-8，也不是 GB18030（GBK）编码的文本"), text());
		assertTrue(Ui.labels(window().getShell()).contains("无法识别的编码"));
		Ui.screenshot("files-2-unknown-encoding-read-only");
		pressSave();
		Shell refusal = Ui.waitForShell("保存失败", 10_000);
		assertNotNull(refusal, "saving a file read only for its encoding is refused, and said");
		assertTrue(Ui.labels(refusal).stream().anyMatch(l -> l.contains(report + " 的编码无法识别，以只读方式打开，不能保存")), Ui.labels(refusal).toString());
		Ui.click(refusal, Ui.buttons(refusal).get(0));
		assertArrayEquals(bytes, Files.readAllBytes(report), "the file is never written");
	}

	@Test
	void savingKeepsTheModeAndWritesThroughALink() throws IOException {
		Path shared = Files.createDirectories(folder.resolve("共享")).resolve(EXAMPLE);
		Files.writeString(shared, example);
		Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
		Path link = Files.createSymbolicLink(folder.resolve("快捷方式.dzr"), shared);
		open(link);
		type("// 经过链接保存\n");
		Ui.run(() -> editor.doSave(null));
		assertFalse(Ui.sync(editor::isDirty));
		assertTrue(Files.isSymbolicLink(link), "the link stays a link");
		assertEquals(example + "// 经过链接保存\n", Files.readString(shared));
		assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)));
	}

	@Test
	void aChangeOnDiskIsShownQuietlyWhenNothingIsUnsaved() throws IOException {
		Path report = openedExample();
		String theirs = example + "// 同事在共享文件夹里加的一行\n";
		writeAsAnotherProgram(report, theirs);
		activateAnotherPartAndComeBack();
		Ui.waitUntil("the editor shows the new text", WAIT, () -> editor.document().get().equals(theirs));
		assertFalse(Ui.sync(editor::isDirty));
	}

	@Test
	void aChangeOnDiskUnderUnsavedEditsIsComparedAndOverwrittenOnlyWhenChosen() throws IOException {
		Path report = openedExample();
		type("// 我的修改\n");
		String theirs = example + "// 同事的修改\n";
		writeAsAnotherProgram(report, theirs);

		pressSave();
		Shell question = Ui.waitForShell("文件已被其他程序修改", WAIT);
		assertTrue(Ui.labels(question).stream().anyMatch(l -> l.startsWith(report.toString())), Ui.labels(question).toString());
		Ui.screenshot("files-3-changed-on-disk", question);
		assertEquals(theirs, Files.readString(report), "nothing is written while the user decides");

		Ui.click(question, "比较");
		Shell comparison = Ui.waitForShell("比较：" + report, WAIT);
		Ui.screenshot("files-4-compare", comparison);
		Ui.run(comparison::close);

		Ui.click(Ui.waitForShell("文件已被其他程序修改", WAIT), "覆盖");
		Ui.waitUntil("the save is done", WAIT, () -> !editor.isDirty());
		assertEquals(example + "// 我的修改\n", Files.readString(report));
	}

	@Test
	void aChangeOnDiskUnderUnsavedEditsCanBeReloaded() throws IOException {
		Path report = openedExample();
		type("// 我的修改\n");
		String theirs = example + "// 同事的修改\n";
		writeAsAnotherProgram(report, theirs);
		activateAnotherPartAndComeBack();
		assertEquals(example + "// 我的修改\n", text(), "unsaved edits are never replaced without asking");

		pressSave();
		Ui.click(Ui.waitForShell("文件已被其他程序修改", WAIT), "重新载入");
		Ui.waitUntil("the editor shows the file on disk", WAIT, () -> editor.document().get().equals(theirs) && !editor.isDirty());
		assertEquals(theirs, Files.readString(report));
	}

	@Test
	void aReportInTheFolderThatHoldsTheWorkspaceOpens() throws Exception {
		Path workspace = ResourcesPlugin.getWorkspace().getRoot().getLocation().toFile().toPath();
		Path report = workspace.getParent().resolve("工作区旁边的材料.dzr");
		Files.writeString(report, example);
		try {
			IFile file = Ui.sync(() -> {
				try {
					return WorkspaceFiles.fileFor(report);
				} catch (CoreException e) {
					throw new IllegalStateException(e.getMessage(), e);
				}
			});
			assertEquals(report.toString(), file.getLocation().toOSString());
			open(report);
			assertEquals(example, text());
			type("// 在工作区旁边保存\n");
			Ui.run(() -> editor.doSave(null));
			assertEquals(example + "// 在工作区旁边保存\n", Files.readString(report));
		} finally {
			closeEditors();
			Files.deleteIfExists(report);
		}
	}

	@Test
	void aSaveThatFailsHalfwayKeepsTheFileAndTheTextAndSaysSo() throws Exception {
		Path report = openedExample();
		type("// 磁盘满时写的一行\n");
		try (AutoCloseable fault = AtomicFiles.simulateFullDiskAfter(example.length() / 2)) {
			pressSave();
			Shell error = Ui.waitForShell("保存失败", WAIT);
			List<String> labels = Ui.labels(error);
			assertTrue(labels.stream().anyMatch(l -> l.startsWith("保存 " + report + " 失败，原来的文件没有改动：磁盘空间已满")),
					labels.toString());
			Ui.screenshot("files-5-save-failed", error);
			Ui.click(error, Ui.buttons(error).get(0));
		}
		assertEquals(example, Files.readString(report), "the previous file is intact");
		try (var files = Files.list(folder)) {
			assertEquals(List.of(report), files.toList(), "no temporary file left behind");
		}
		assertTrue(Ui.sync(editor::isDirty));
		assertEquals(example + "// 磁盘满时写的一行\n", text(), "the user's text is still in the editor");
		Ui.run(() -> editor.doSave(null));
		assertEquals(example + "// 磁盘满时写的一行\n", Files.readString(report), "saving works once the disk has room");
	}

	@Test
	void unsavedTextLeftByAnAbnormalExitIsOfferedBackAtTheNextStart() throws Exception {
		Path report = openedExample();
		type("// 异常退出前没有保存的修改\n");
		Ui.waitUntil("the unsaved text is kept in the recovery folder, without a save", WAIT,
				() -> Recovery.left().stream().anyMatch(c -> c.file().equals(report) && c.text().endsWith("没有保存的修改\n")));
		Recovery.Copy copy = Recovery.left().stream().filter(c -> c.file().equals(report)).findFirst().orElseThrow();
		assertEquals(example, Files.readString(report), "the file itself is not touched");

		// An abnormal exit never closes the editor. To stand for it, the copy is kept aside while the editor closes
		// (a deliberate close removes it) and put back, and the start-up offer runs as at the next start.
		byte[] kept = Files.readAllBytes(copy.backup());
		closeEditors();
		assertTrue(Recovery.left().stream().noneMatch(c -> c.file().equals(report)), "closing on purpose leaves nothing to recover");
		for (Recovery.Copy other : Recovery.left()) {
			Recovery.discard(other);
		}
		Files.write(copy.backup(), kept);

		Ui.display().asyncExec(() -> RecoveryOffer.offer(window().getActivePage()));
		Shell question = Ui.waitForShell("恢复未保存的修改", WAIT);
		assertTrue(Ui.labels(question).stream().anyMatch(l -> l.contains(report + " 还有未保存的修改")), Ui.labels(question).toString());
		Ui.screenshot("files-6-recovery-offered", question);
		Ui.click(question, "恢复");
		Ui.waitUntil("the report is open with the unsaved text", WAIT, () -> window().getActivePage().getActiveEditor() instanceof DuizhaoEditor e
				&& e.document().get().equals(example + "// 异常退出前没有保存的修改\n") && e.isDirty());
		assertEquals(example, Files.readString(report), "restored as unsaved text; the user decides when to save");
	}

	private static void writeAsAnotherProgram(Path file, String text) throws IOException {
		Files.writeString(file, text);
		// Another program's write lands at a later time stamp than the editor's read, however fast the test runs.
		Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
	}

	private void activateAnotherPartAndComeBack() {
		Ui.run(() -> {
			IWorkbenchPage page = window().getActivePage();
			page.activate(page.findView(IPageLayout.ID_OUTLINE));
			page.activate(editor);
		});
		Ui.sleep(500);
	}
}
