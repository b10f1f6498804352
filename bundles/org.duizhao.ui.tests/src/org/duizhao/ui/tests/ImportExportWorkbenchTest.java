package org.duizhao.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.duizhao.app.StudioWorkbenchAdvisor;
import org.duizhao.app.actions.ExportReportAction;
import org.duizhao.app.actions.ReportImporter;
import org.duizhao.app.views.SubmissionCheckView;
import org.duizhao.app.wizards.NewProfileWizard;
import org.duizhao.dsl.export.Block;
import org.duizhao.dsl.export.ReportLayout;
import org.duizhao.dsl.export.ReportLayout.Layout;
import org.duizhao.dsl.export.ReportLayout.Numbering;
import org.duizhao.dsl.ide.analysis.OutlineNode;
import org.duizhao.dsl.importer.Paragraph;
import org.duizhao.model.Report;
import org.duizhao.office.DocxExport;
import org.duizhao.office.DocxReader;
import org.duizhao.office.ReportExport.Format;
import org.duizhao.ui.editor.DuizhaoEditor;
import org.duizhao.ui.internal.DuizhaoUi;
import org.duizhao.ui.outline.DuizhaoOutlinePage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * 文件 > 导入材料… and 文件 > 导出… in the running product, through the same office code as the command line: a Word
 * document comes in as an unsaved report beside it with the import's summary in the 提交前检查 view, and goes out
 * again as the document that is handed in.
 */
class ImportExportWorkbenchTest {

	private static final long WAIT = 20_000;
	private static final String EXAMPLE = "2023-班子对照检查材料.dzr";

	@AfterEach
	void closeEditors() {
		Ui.run(() -> page().closeAllEditors(false));
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
	}

	/** The example copied into a new folder and opened in the editor. */
	private static DuizhaoEditor openExampleIn(Path folder) throws IOException {
		Path example = folder.resolve(EXAMPLE);
		Files.copy(Path.of(System.getProperty("duizhao.examples")).resolve(EXAMPLE), example);
		return Ui.sync(() -> {
			StudioWorkbenchAdvisor.open(page(), example);
			return (DuizhaoEditor) page().getActiveEditor();
		});
	}

	@Test
	void aWordReportComesInAsAnUnsavedReportAndGoesOutAsTheHandedInDocument() throws Exception {
		Path folder = Files.createTempDirectory("duizhao-import");
		Path example = folder.resolve(EXAMPLE);
		// The Word draft a writer has: the example exported, then the .dzr removed so only the draft is left.
		DuizhaoEditor source = openExampleIn(folder);
		Path draft = folder.resolve("班子对照检查材料（初稿）.docx");
		exportDocx(source, draft);
		Ui.run(() -> page().closeAllEditors(false));

		DuizhaoEditor imported = Ui.sync(() -> {
			try {
				return DuizhaoUi.injector().getInstance(ReportImporter.class).open(page(), draft);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		assertTrue(Ui.sync(imported::isDirty), "a new report, not saved until the user says so");
		assertEquals(folder.resolve("班子对照检查材料（初稿）.dzr").toString(), Ui.sync(() -> imported.file().getLocation().toOSString()));
		Ui.waitUntil("the imported report is analysed", WAIT, () -> imported.lastAnalysis() != null);
		List<OutlineNode> roots = Ui.sync(() -> ((DuizhaoOutlinePage) imported.getAdapter(IContentOutlinePage.class)).roots());
		// and the signature, which the import takes from the unit and the date at the end
		assertEquals(List.of("理论学习", "政治素质", "能力本领", "担当作为", "工作作风", "廉洁自律", "落款 青川县交通运输局党组 2023年12月20日"),
				roots.get(0).children().stream().filter(n -> n.kind() != OutlineNode.Kind.TEXT).map(n -> n.label().replaceFirst("（.*", "")).toList());
		SubmissionCheckView check = (SubmissionCheckView) Ui.sync(() -> page().findView(SubmissionCheckView.ID));
		Ui.waitUntil("the check shows the import's summary", WAIT, () -> Ui.tableColumn(check.getSite().getShell(), 2).stream().anyMatch(t -> t.startsWith("已从 ")));
		List<String> summary = Ui.tableColumn(check.getSite().getShell(), 2); // what the user reads in 提交前检查
		assertTrue(summary.stream().anyMatch(f -> f.equals("理论学习：问题 3，原因 2，措施 3")), summary.toString());
		assertTrue(summary.stream().anyMatch(f -> f.startsWith("原因“理论武装的自觉性还不够高。”（第 ") && f.contains("→ 理论学习：按内容")),
				summary.toString());
		assertEquals("✔ 可以提交", Ui.sync(OnScreen::verdict), "the example's draft imports complete");
		Ui.screenshot("import-1-word-draft-imported");

		Ui.run(() -> imported.doSave(null));
		assertTrue(Files.readString(folder.resolve("班子对照检查材料（初稿）.dzr")).contains("方面 廉洁自律 {"));

		Path handedIn = folder.resolve("上报.docx");
		exportDocx(imported, handedIn);
		List<Paragraph> paragraphs = DocxReader.read(handedIn);
		assertEquals("2023年主题教育专题民主生活会班子对照检查材料", paragraphs.get(0).text());
		assertEquals("一、存在的问题", paragraphs.get(3).text());
		assertFalse(Files.exists(folder.resolve("班子对照检查材料（初稿）-方案.dzlib")), "the headings matched the built-in profile");
	}

	/**
	 * The layout most Word drafts have: an aspect heading and its problems in one paragraph
	 * (（一）在理论学习方面。一是……二是……). Made from the example's handed-in layout by joining each aspect heading
	 * with the paragraph after it.
	 */
	@Test
	void aDraftWhoseHeadingsCarryTheirProblemsComesInWithEveryAspect() throws Exception {
		Path folder = Files.createTempDirectory("duizhao-import-inline");
		Path example = folder.resolve(EXAMPLE);
		DuizhaoEditor source = openExampleIn(folder);
		Ui.waitUntil("the example is analysed", WAIT, () -> source.lastAnalysis() != null);
		List<Block> blocks = Ui.sync(() -> source.currentAnalysis().read(model -> ReportLayout.of((Report) model.document(), Layout.TRADITIONAL, Numbering.INLINE)));
		List<Block> joined = new ArrayList<>();
		for (int i = 0; i < blocks.size(); i++) {
			Block b = blocks.get(i);
			boolean aspectHeading = b.kind() == Block.Kind.HEADING2 && b.text() != null && b.text().endsWith("方面");
			if (aspectHeading && i + 1 < blocks.size() && blocks.get(i + 1).kind() == Block.Kind.BODY) {
				joined.add(new Block(Block.Kind.HEADING2, b.number(), b.text() + "。", blocks.get(++i).text()));
			} else {
				joined.add(b);
			}
		}
		Path draft = folder.resolve("一段式初稿.docx");
		try (OutputStream out = Files.newOutputStream(draft)) {
			DocxExport.write(joined, out);
		}
		assertTrue(DocxReader.read(draft).stream().anyMatch(p -> p.text().startsWith("（一）在理论学习方面。一是")), "the draft has the layout");
		Ui.run(() -> page().closeAllEditors(false));
		Files.delete(example);

		DuizhaoEditor imported = Ui.sync(() -> {
			try {
				return DuizhaoUi.injector().getInstance(ReportImporter.class).open(page(), draft);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		Ui.waitUntil("the imported report is analysed", WAIT, () -> imported.lastAnalysis() != null);
		List<OutlineNode> roots = Ui.sync(() -> ((DuizhaoOutlinePage) imported.getAdapter(IContentOutlinePage.class)).roots());
		// and the signature, which the import takes from the unit and the date at the end
		assertEquals(List.of("理论学习", "政治素质", "能力本领", "担当作为", "工作作风", "廉洁自律", "落款 青川县交通运输局党组 2023年12月20日"),
				roots.get(0).children().stream().filter(n -> n.kind() != OutlineNode.Kind.TEXT).map(n -> n.label().replaceFirst("（.*", "")).toList());
		SubmissionCheckView check = (SubmissionCheckView) Ui.sync(() -> page().findView(SubmissionCheckView.ID));
		Ui.waitUntil("the check shows the import's summary", WAIT,
				() -> Ui.tableColumn(check.getSite().getShell(), 2).stream().anyMatch(t -> t.startsWith("导入“一段式初稿.docx”，依据方案 主题教育2023")));
		assertTrue(Ui.tableColumn(check.getSite().getShell(), 2).contains("理论学习：问题 3，原因 2，措施 3"));
		Ui.screenshot("import-2-one-paragraph-headings");
	}

	/** 文件 > 新建方案: the notice pasted, its aspects shown for checking, the profile written and opened. */
	@Test
	void aProfileIsMadeFromThePastedNotice() throws Exception {
		Path folder = Files.createTempDirectory("duizhao-profile");
		String notice = String.join("\n", "关于开好2026年度民主生活会的通知", "各地区各部门：",
				"会议主题是推动作风建设常态化长效化。重点对照检查以下三个方面：带头强化政治忠诚、提高政治能力；带头敬畏人民、敬畏组织、敬畏法纪；带头坚决扛起管党治党责任。",
				"各单位要认真做好会前准备。");
		NewProfileWizard wizard = new NewProfileWizard();
		List<String> rows = Ui.sync(() -> {
			wizard.init(PlatformUI.getWorkbench(), null);
			WizardDialog dialog = new WizardDialog(page().getWorkbenchWindow().getShell(), wizard);
			dialog.setBlockOnOpen(false);
			dialog.open();
			wizard.page().fill(notice, folder);
			return wizard.page().rows();
		});
		assertEquals(List.of("政治忠诚 带头强化政治忠诚、提高政治能力", "敬畏人民 带头敬畏人民、敬畏组织、敬畏法纪", "管党治党 带头坚决扛起管党治党责任"), rows);
		Ui.screenshot("profile-1-from-notice");
		Ui.run(() -> {
			assertTrue(wizard.performFinish());
			wizard.getContainer().getShell().close();
		});
		Path profile = folder.resolve("民主生活会2026.dzlib");
		String text = Files.readString(profile);
		assertTrue(text.contains("方案 民主生活会2026 \"2026年度民主生活会\" {\n\t方面 政治忠诚 \"带头强化政治忠诚、提高政治能力\"\n"), text);
		assertEquals("民主生活会2026.dzlib", Ui.sync(() -> page().getActiveEditor().getTitle()));
	}

	/** 文件 > 导出… to DOCX in the traditional layout, as the menu does it. */
	private static void exportDocx(DuizhaoEditor editor, Path target) {
		Ui.run(() -> {
			try {
				ExportReportAction.export(editor, target, Format.DOCX, Layout.TRADITIONAL, Numbering.INLINE);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}
}
