package org.duizhao.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.duizhao.app.AppMessages;
import org.duizhao.app.Perspective;
import org.duizhao.app.StudioWorkbenchAdvisor;
import org.duizhao.app.views.LibraryView;
import org.duizhao.app.wizards.NewReportWizard;
import org.duizhao.dsl.ide.analysis.OutlineNode;
import org.duizhao.dsl.ide.navigation.ItemOccurrences;
import org.duizhao.dsl.library.Libraries;
import org.duizhao.dsl.validation.IssueCodes;
import org.duizhao.ui.editor.DiagnosticMarkers;
import org.duizhao.ui.editor.DuizhaoEditor;
import org.duizhao.ui.outline.DuizhaoOutlinePage;
import org.duizhao.ui.outline.QuickOutline;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The editor in the running workbench, as a user meets it: open the example, break it, see the marker and the check
 * turn red, fix it with Ctrl+1, ask for content assist, save and reopen. Screenshots go to target/screenshots.
 */
class EditorWorkbenchTest {

	private static final String EXAMPLE = "2023-班子对照检查材料.dzr";
	private static final long RECONCILED = 20_000;

	private Path report;
	private DuizhaoEditor editor;

	@BeforeEach
	void openExample() throws IOException {
		report = Ui.copyOfExample(EXAMPLE);
		editor = Ui.openInEditor(report);
		Ui.run(() -> assertEquals(Perspective.ID, page().getPerspective().getId()));
		Ui.waitUntil("the example is analysed", RECONCILED, () -> editor.lastAnalysis() != null && OnScreen.checked());
	}

	@AfterEach
	void closeEditors() {
		Ui.run(() -> page().closeAllEditors(false));
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}


	private String text() {
		return Ui.sync(() -> editor.document().get());
	}

	@Test
	void exampleOpensOutlinedAndChecked() {
		List<OutlineNode> roots = Ui.sync(() -> ((DuizhaoOutlinePage) editor.getAdapter(IContentOutlinePage.class)).roots());
		assertEquals(1, roots.size());
		assertEquals(List.of("前言 按照县委关于开好主题教育专题民主生活会的通知要求…", "理论学习（问题 3，原因 2，措施 3）", "政治素质（问题 2，原因 1，措施 2）",
				"能力本领（问题 2，原因 2，措施 2）", "担当作为（问题 2，原因 1，措施 2）", "工作作风（问题 2，原因 2，措施 2）", "廉洁自律（问题 2，原因 1，措施 2）",
				"结语 局党组将以这次专题民主生活会为契机，逐项抓好整改…"), roots.get(0).children().stream().map(OutlineNode::label).toList());
		assertEquals("✔ 可以提交", Ui.sync(OnScreen::verdict));
		assertEquals(0, markers().length);
		Ui.screenshot("1-editor-outline-check");
	}

	@Test
	void aPersonalReportWithEveryPartShowsEachInTheOutlineAndTheCheck() throws Exception {
		DuizhaoEditor personal = Ui.openInEditor(Ui.copyOfExample("2025-个人对照检查材料.dzr"));
		Ui.waitUntil("the personal report is analysed", RECONCILED, () -> personal.lastAnalysis() != null
				&& OnScreen.checked() && !OnScreen.partLines().isEmpty());
		List<String> parts = Ui.sync(() -> ((DuizhaoOutlinePage) personal.getAdapter(IContentOutlinePage.class)).roots()).get(0)
				.children().stream().filter(n -> n.kind() == OutlineNode.Kind.PART).map(OutlineNode::label).toList();
		assertEquals(5, parts.size(), parts.toString());
		assertTrue(parts.get(0).startsWith("上年度整改（措施 8 项"), parts.toString());
		assertTrue(parts.get(1).matches("征求意见：意见 \\d+ 条，认领 \\d+，说明 \\d+"), parts.toString());
		assertTrue(parts.get(2).startsWith("相互批评（对他人 2 条，来自他人 2 条）"), parts.toString());
		assertEquals("说明 个人有关事项", parts.get(3));
		assertTrue(parts.get(4).startsWith("落款 李文涛"), parts.toString());
		assertEquals("✔ 可以提交", Ui.sync(OnScreen::verdict));
		List<String> partLines = Ui.sync(OnScreen::partLines);
		assertEquals(4, partLines.size(), partLines.toString());
		assertEquals("个人有关事项：共 2 段", partLines.get(3));
		Ui.screenshot("parts-1-personal-2025");
	}

	@Test
	void theCheckShowsTheActiveReportAtOnceAndNothingOnceTheLastIsClosed() throws Exception {
		Path unfinished = report.resolveSibling("未完成.dzr");
		Files.writeString(unfinished, "报告 \"未完成的材料\"\n依据 主题教育2023\n方面 理论学习 {\n\t问题 P1 \"学习不够深入。\"\n}\n");
		DuizhaoEditor other = Ui.openInEditor(unfinished);
		Ui.waitUntil("the unfinished report is checked", RECONCILED, () -> other.lastAnalysis() != null && OnScreen.verdict().startsWith("✘"));
		// in one turn of the UI thread: what it shows is the example's last check, not a new analysis
		assertEquals("✔ 可以提交", Ui.sync(() -> {
			page().activate(editor);
			return OnScreen.verdict();
		}));
		Ui.run(() -> page().closeAllEditors(false));
		assertEquals(AppMessages.CheckEmpty, Ui.sync(OnScreen::verdict));
		assertEquals(List.of(), Ui.sync(OnScreen::aspectRows));
	}

	@Test
	void deletingCausesTurnsTheCheckRedAndTheQuickFixRepairsIt() throws Exception {
		String original = text();
		String withoutCauses = original.replaceAll("(?s)\t原因 C4 .*?针对 P6\n", "").replaceAll("(?s)\t原因 C5 .*?针对 P7\n", "");
		Ui.run(() -> editor.document().set(withoutCauses));

		Ui.waitUntil("the 能力本领 row turns red", RECONCILED, () -> {
			List<List<String>> rows = OnScreen.aspectRows();
			return rows.size() > 2 && rows.get(2).get(4).equals("✘");
		});
		assertTrue(Ui.sync(OnScreen::verdict).startsWith("✘ 还有"));
		IMarker marker = marker(IssueCodes.SECTION_WITHOUT_CAUSES);
		assertEquals("“能力本领”方面没有分析原因", marker.getAttribute(IMarker.MESSAGE, ""));
		int offset = marker.getAttribute(IMarker.CHAR_START, -1);
		assertEquals("能力本领", withoutCauses.substring(offset, marker.getAttribute(IMarker.CHAR_END, -1)));
		Ui.screenshot("2-causes-deleted");

		// Ctrl+1 at the marker: the popup as the user sees it, then the same proposal applied.
		Ui.run(() -> {
			editor.selectAndReveal(offset, 0);
			((ITextOperationTarget) editor.viewer()).doOperation(ISourceViewer.QUICK_ASSIST);
		});
		Ui.screenshot("3-quick-fix-popup");
		Ui.pressEscape();
		ICompletionProposal fix = Ui.sync(() -> {
			IQuickAssistAssistant assistant = editor.configuration().getQuickAssistAssistant(editor.viewer());
			ICompletionProposal[] proposals = assistant.getQuickAssistProcessor()
					.computeQuickAssistProposals(new TextInvocationContext(editor.viewer(), offset, 0));
			return Arrays.stream(proposals).filter(p -> p.getDisplayString().equals("插入一个待填写的原因")).findFirst().orElseThrow();
		});
		Ui.run(() -> fix.apply(editor.document()));
		String fixed = text();
		assertTrue(fixed.contains("时限 \"2024年5月31日\"\n\t原因 C10 \"[待填]\" 针对 P6, P7\n}"), fixed);
		Ui.waitUntil("the marker is gone", RECONCILED, () -> markersWithCode(IssueCodes.SECTION_WITHOUT_CAUSES).isEmpty()
				&& OnScreen.aspectRows().get(2).get(4).equals("✔"));

		// One undo takes the whole fix back.
		Ui.run(() -> ((ITextOperationTarget) editor.viewer()).doOperation(ITextOperationTarget.UNDO));
		assertEquals(withoutCauses, text());
	}

	@Test
	void contentAssistAfter针对OffersTheProblems() {
		String text = text();
		int offset = text.indexOf("针对 P1, P2") + "针对 ".length();
		List<String> labels = Ui.sync(() -> {
			editor.selectAndReveal(offset, 0);
			ICompletionProposal[] proposals = editor.configuration().getContentAssistant(editor.viewer())
					.getContentAssistProcessor(IDocument.DEFAULT_CONTENT_TYPE).computeCompletionProposals(editor.viewer(), offset);
			return Arrays.stream(proposals).map(p -> p.getDisplayString().split(" — ")[0]).toList();
		});
		assertTrue(labels.containsAll(List.of("P1", "P2", "P13")), labels.toString());
		String first = Ui.sync(() -> editor.configuration().getContentAssistant(editor.viewer())
				.getContentAssistProcessor(IDocument.DEFAULT_CONTENT_TYPE).computeCompletionProposals(editor.viewer(), offset)[0]
				.getDisplayString());
		assertEquals("P1 — 问题：学习的系统性还不够强。", first);
		assertFalse(labels.contains("C1"), "a cause explains problems, not causes: " + labels);
		Ui.run(() -> ((ITextOperationTarget) editor.viewer()).doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS));
		Ui.screenshot("4-content-assist");
		Ui.pressEscape();
	}

	@Test
	void aFoldedAspectStaysFoldedWhileTypingElsewhere() {
		String text = text();
		int politics = text.indexOf("方面 政治素质");
		ProjectionAnnotationModel model = Ui.sync(
				() -> ((ProjectionViewer) editor.viewer()).getProjectionAnnotationModel());
		ProjectionAnnotation folded = Ui.sync(() -> {
			var iterator = model.getAnnotationIterator();
			while (iterator.hasNext()) {
				var annotation = (ProjectionAnnotation) iterator.next();
				if (model.getPosition(annotation).getOffset() == politics) {
					model.collapse(annotation);
					return annotation;
				}
			}
			throw new AssertionError("no folding range at 政治素质");
		});
		typeAndWaitForTheAnalysis(editor.document().getLength(), "// 在别处输入\n");
		assertTrue(Ui.sync(() -> model.getPosition(folded) != null && folded.isCollapsed()),
				"the aspect the user folded is still folded after typing elsewhere");
		Ui.screenshot("8-folded-aspect-kept");
	}

	/** Inserts text as typing does, and waits until the editor has analysed it. */
	private void typeAndWaitForTheAnalysis(int offset, String text) {
		Ui.run(() -> {
			try {
				editor.document().replace(offset, 0, text);
			} catch (BadLocationException e) {
				throw new IllegalStateException(e);
			}
		});
		Ui.waitUntil("the edit is analysed", RECONCILED, () -> editor.lastAnalysis().text().equals(editor.document().get()));
		// What the analysis hands to the UI thread (outline, folding) was queued before this, and runs before it.
		Ui.run(() -> {
		});
	}

	@Test
	void theOutlineKeepsWhatTheUserExpandedAndSelectedWhileTyping() {
		DuizhaoOutlinePage page = Ui.sync(() -> (DuizhaoOutlinePage) editor.getAdapter(IContentOutlinePage.class));
		// the rows: 前言, then the aspects
		OutlineNode politics = Ui.sync(() -> page.roots().get(0).children().get(2));
		OutlineNode item = politics.children().get(0);
		Ui.run(() -> {
			page.treeViewer().expandToLevel(politics, 1);
			page.treeViewer().setSelection(new StructuredSelection(item));
		});
		typeAndWaitForTheAnalysis(editor.document().getLength(), "// 在别处输入\n");
		Ui.run(() -> {
			OutlineNode newPolitics = page.roots().get(0).children().get(2);
			assertTrue(newPolitics != politics, "a new outline was built");
			assertTrue(page.treeViewer().getExpandedState(newPolitics), "the aspect the user expanded is still expanded");
			assertTrue(!page.treeViewer().getExpandedState(page.roots().get(0).children().get(1)), "the others are still collapsed");
			var selected = ((IStructuredSelection) page.treeViewer().getSelection()).getFirstElement();
			assertTrue(selected instanceof OutlineNode node && node.key().equals(item.key()), "the selected item is still selected: " + selected);
		});
		Ui.screenshot("9-outline-state-kept");
	}

	@Test
	void anEditInOneItemRedrawsItsRowOnlyAndTheTreeKeepsItsItems() {
		DuizhaoOutlinePage page = Ui.sync(() -> (DuizhaoOutlinePage) editor.getAdapter(IContentOutlinePage.class));
		Tree tree = Ui.sync(() -> (Tree) page.getControl());
		TreeItem[] before = Ui.sync(() -> {
			// the first aspect's row comes after the 前言's
			page.treeViewer().expandToLevel(page.roots().get(0).children().get(1), 1);
			TreeItem aspect = tree.getItem(0).getItem(1);
			return new TreeItem[] { aspect, aspect.getItem(0), aspect.getItem(1), tree.getItem(0).getItem(2) };
		});
		String secondRow = Ui.sync(() -> before[2].getText());
		int offset = editor.document().get().indexOf("学习的系统性还不够强");
		typeAndWaitForTheAnalysis(offset, "理论");
		Ui.run(() -> {
			TreeItem aspect = tree.getItem(0).getItem(1);
			assertSame(before[0], aspect, "the aspect's row is the same item");
			assertSame(before[1], aspect.getItem(0), "the edited item's row is the same item");
			assertSame(before[2], aspect.getItem(1), "the next row is the same item");
			assertSame(before[3], tree.getItem(0).getItem(2), "the next aspect's row is the same item");
			assertTrue(before[1].getText().contains("理论学习的系统性还不够强"), "the edited row shows the edit: " + before[1].getText());
			assertEquals(secondRow, before[2].getText());
		});
	}

	@Test
	void afterEditsTheColoursAreThoseOfTheSameTextOpenedAfresh() throws IOException {
		int quote = editor.document().get().indexOf("\"学习的系统性还不够强。\"");
		// a quote deleted: what followed it is inside a text now, to the end of the report
		Ui.run(() -> {
			try {
				editor.document().replace(quote, 1, "");
			} catch (BadLocationException e) {
				throw new IllegalStateException(e);
			}
		});
		Ui.waitUntil("the edit is analysed", RECONCILED, () -> editor.lastAnalysis().text().equals(editor.document().get()));
		assertSameColours(coloursOpenedAfresh(editor.document().get()), Ui.sync(() -> colours(editor)), "after a deletion");
		// put back, and a placeholder typed: its colour comes with the analysis
		typeAndWaitForTheAnalysis(quote, "\"");
		typeAndWaitForTheAnalysis(quote + 1, "[待填]");
		assertSameColours(coloursOpenedAfresh(editor.document().get()), Ui.sync(() -> colours(editor)), "after the analysis");
	}

	/** Compares two colourings whole, and says where they first differ. */
	private static void assertSameColours(List<String> expected, List<String> actual, String when) {
		int first = 0;
		while (first < expected.size() && first < actual.size() && expected.get(first).equals(actual.get(first))) {
			first++;
		}
		if (first < expected.size() || first < actual.size()) {
			fail(when + ": first different run " + first + ": expected " + expected.subList(first, Math.min(expected.size(), first + 3))
					+ " but was " + actual.subList(first, Math.min(actual.size(), first + 3)));
		}
	}

	/** The colours the same text gets in an editor opened on it (beside the example, with the same libraries). */
	private List<String> coloursOpenedAfresh(String text) throws IOException {
		Path fresh = report.resolveSibling("同样的文字.dzr");
		Files.writeString(fresh, text, StandardCharsets.UTF_8);
		DuizhaoEditor other = Ui.openInEditor(fresh);
		try {
			Ui.waitUntil("the same text is analysed", RECONCILED, () -> other.lastAnalysis() != null);
			Ui.run(() -> {
			});
			return Ui.sync(() -> colours(other));
		} finally {
			Ui.run(() -> page().closeEditor(other, false));
			Ui.run(() -> page().activate(editor));
		}
	}

	/** The editor's text as coloured on screen: runs of characters of one look, as "start-end look". */
	private static List<String> colours(DuizhaoEditor editor) {
		StyledText text = editor.viewer().getTextWidget();
		List<String> runs = new ArrayList<>();
		String look = null;
		int start = 0;
		for (int i = 0; i <= text.getCharCount(); i++) {
			String here = i == text.getCharCount() ? null : look(text.getStyleRangeAtOffset(i));
			if (i > 0 && !Objects.equals(here, look)) {
				runs.add(start + "-" + i + " " + look);
				start = i;
			}
			look = here;
		}
		return runs;
	}

	/** Colour, background and font style: the squiggles of markers come and go with the markers, checked elsewhere. */
	private static String look(StyleRange range) {
		boolean plain = range == null || range.foreground == null && range.background == null && range.fontStyle == SWT.NORMAL;
		return plain ? "plain" : range.foreground + "/" + range.background + "/" + range.fontStyle;
	}

	@Test
	void markersOfAnUntouchedAspectKeepTheirIdentityThroughAnEditElsewhere() throws Exception {
		String broken = text().replace("学用结合还有差距。", "学用结合还有差距,").replace("学习形式还比较单一。", "学习形式还比较单一,");
		Ui.run(() -> editor.document().set(broken));
		Ui.waitUntil("two half-width commas are marked", RECONCILED,
				() -> markersWithCode(IssueCodes.HALF_WIDTH_PUNCTUATION).size() == 2);
		List<Long> ids = markersWithCode(IssueCodes.HALF_WIDTH_PUNCTUATION).stream().map(IMarker::getId).sorted().toList();
		int before = markersWithCode(IssueCodes.HALF_WIDTH_PUNCTUATION).stream().mapToInt(m -> m.getAttribute(IMarker.CHAR_START, 0))
				.max().orElseThrow();
		// Typing in the preface moves everything after it, but changes no finding.
		typeAndWaitForTheAnalysis(broken.indexOf("下面，按照要求"), "会前还认真学习了有关文件。");
		Ui.waitUntil("the markers moved with the text", RECONCILED, () -> markersWithCode(IssueCodes.HALF_WIDTH_PUNCTUATION).stream()
				.mapToInt(m -> m.getAttribute(IMarker.CHAR_START, 0)).max().orElse(0) == before + "会前还认真学习了有关文件。".length());
		assertEquals(ids, markersWithCode(IssueCodes.HALF_WIDTH_PUNCTUATION).stream().map(IMarker::getId).sorted().toList(),
				"the same markers, moved, not deleted and made anew");
	}

	@Test
	void saveIsAtomicAndSurvivesReopening() throws IOException {
		Ui.run(() -> {
			editor.document().set(editor.document().get() + "// 保存测试\n");
			editor.doSave(null);
		});
		assertFalse(Ui.sync(() -> editor.isDirty()));
		assertTrue(Files.readString(report, StandardCharsets.UTF_8).endsWith("// 保存测试\n"));
		try (Stream<Path> files = Files.list(report.getParent())) {
			assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".dzr")).toList(),
					"no temporary file left");
		}
		Ui.run(() -> {
			page().closeAllEditors(false);
			StudioWorkbenchAdvisor.open(page(), report);
			editor = (DuizhaoEditor) page().getActiveEditor();
		});
		assertTrue(text().endsWith("// 保存测试\n"));
	}

	/** Runs a command as its key binding does, on the active editor. */
	private void command(String id) {
		Ui.run(() -> {
			page().activate(editor);
			try {
				PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(id, null);
			} catch (Exception e) {
				throw new IllegalStateException(id, e);
			}
		});
	}

	@Test
	void formatAndToggleCommentAreSingleUndoableChanges() {
		String original = text();
		String messy = original.replace("\t问题 P1 \"学习的系统性还不够强。\"", "   问题    P1   \"学习的系统性还不够强。\"");
		Ui.run(() -> editor.document().set(messy));
		command("org.duizhao.ui.format");
		assertEquals(original, text(), "formatting restores the canonical layout of the example");
		Ui.run(() -> ((ITextOperationTarget) editor.viewer()).doOperation(ITextOperationTarget.UNDO));
		assertEquals(messy, text());

		Ui.run(() -> {
			editor.document().set(original);
			editor.selectAndReveal(original.indexOf("单位"), 0);
		});
		command("org.duizhao.ui.toggleComment");
		assertTrue(text().contains("\n//单位 \"青川县交通运输局党组\"\n"), text());
		command("org.duizhao.ui.toggleComment");
		assertEquals(original, text());
	}

	@Test
	void quickFixFromTheProblemsViewMarker() throws Exception {
		String broken = text().replace("学用结合还有差距。", "学用结合还有差距,");
		Ui.run(() -> editor.document().set(broken));
		Ui.waitUntil("the half-width comma is marked", RECONCILED,
				() -> !markersWithCode(IssueCodes.HALF_WIDTH_PUNCTUATION).isEmpty());
		IMarker marker = marker(IssueCodes.HALF_WIDTH_PUNCTUATION);
		IMarkerResolution[] resolutions = Ui.sync(() -> IDE.getMarkerHelpRegistry().getResolutions(marker));
		assertEquals(List.of("改为全角“，”"), Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList());
		Ui.run(() -> resolutions[0].run(marker));
		assertTrue(text().contains("学用结合还有差距，"), () -> text().substring(0, 900));
	}

	@Test
	void newReportWizardWritesASkeletonForEveryAspect() throws IOException {
		Path target = report.getParent().resolve("新材料.dzr");
		Ui.run(() -> {
			NewReportWizard wizard;
			try {
				wizard = (NewReportWizard) PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(NewReportWizard.ID).createWizard();
			} catch (CoreException e) {
				throw new IllegalStateException(e);
			}
			wizard.init(PlatformUI.getWorkbench(), null);
			WizardDialog dialog = new WizardDialog(page().getWorkbenchWindow().getShell(), wizard);
			dialog.setBlockOnOpen(false);
			dialog.open();
			wizard.page().fill(false, "青川县交通运输局机关党支部", "2024年度组织生活会个人对照检查材料", target);
			assertTrue(wizard.performFinish());
			dialog.close();
		});
		String text = Files.readString(target, StandardCharsets.UTF_8);
		assertTrue(text.startsWith("报告 \"2024年度组织生活会个人对照检查材料\"\n单位 \"青川县交通运输局机关党支部\"\n类型 个人\n"), text);
		assertEquals(6, text.split("方面 ", -1).length - 1);
		DuizhaoEditor opened = Ui.sync(() -> (DuizhaoEditor) page().getActiveEditor());
		assertEquals("新材料.dzr", Ui.sync(opened::getTitle));
		Ui.waitUntil("the new report is analysed", RECONCILED, () -> opened.lastAnalysis() != null);
		// What is left to write shows as placeholders, nothing else is wrong.
		assertEquals(Set.of(IssueCodes.PLACEHOLDER),
				Ui.sync(() -> opened.lastAnalysis().issues().stream().map(i -> i.getCode()).collect(Collectors.toSet())));
		Ui.screenshot("5-new-report");
	}

	@Test
	void libraryViewSearchesAndInsertsIntoTheRightSection() {
		String original = text();
		Ui.run(() -> {
			try {
				page().showView(LibraryView.ID);
			} catch (PartInitException e) {
				throw new IllegalStateException(e);
			}
		});
		Ui.run(() -> page().activate(editor));
		Ui.run(() -> OnScreen.searchLibrary("经常性警示"));
		List<Libraries.Entry> found = Ui.sync(OnScreen::visibleLibraryItems);
		assertEquals(List.of("开展经常性警示教育。"), found.stream().map(e -> e.item().getHeadline()).toList());
		// the pinyin initials find it too, as in content assist
		Ui.run(() -> OnScreen.searchLibrary("kzjcxjs"));
		assertEquals(List.of("开展经常性警示教育。"), Ui.sync(OnScreen::visibleLibraryItems).stream().map(e -> e.item().getHeadline()).toList());
		Ui.run(() -> OnScreen.searchLibrary("经常性警示"));
		Ui.screenshot("6-library-view");
		// The caret is in 理论学习, the item belongs to 廉洁自律: it goes there.
		Ui.run(() -> editor.selectAndReveal(original.indexOf("问题 P1"), 0));
		Ui.run(() -> OnScreen.doubleClick(found.get(0)));
		String inserted = text();
		int integrity = inserted.indexOf("方面 廉洁自律");
		int item = inserted.indexOf("\t措施 M14 \"开展经常性警示教育。\"");
		assertTrue(item > integrity, inserted.substring(integrity));
		assertTrue(inserted.contains("来自 \"默认问题库\""));
		Ui.waitUntil("the inserted item is flagged as taken word for word", RECONCILED, () -> editor.lastAnalysis() != null
				&& editor.lastAnalysis().text().equals(editor.document().get())
				&& editor.lastAnalysis().issues().stream().anyMatch(i -> IssueCodes.LIBRARY_VERBATIM.equals(i.getCode())));
	}

	@Test
	void f3CtrlClickRenameAndReferencesFollow针对() throws Exception {
		String text = text();
		int reference = text.indexOf("针对 P1, P2") + 3;
		int declaration = text.indexOf("问题 P1 ") + 3;
		IHandlerService handlers = Ui.sync(() -> editor.getSite().getService(IHandlerService.class));

		// F3 on the reference selects the item's id.
		Ui.run(() -> editor.selectAndReveal(reference, 0));
		Ui.run(() -> {
			try {
				handlers.executeCommand("org.duizhao.ui.openDeclaration", null);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		assertEquals(declaration, Ui.sync(() -> ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset()), "F3 lands on P1");

		// Ctrl+click: the link covers the reference.
		IHyperlink[] links = Ui.sync(() -> editor.configuration().getHyperlinkDetectors(editor.viewer())[0]
				.detectHyperlinks(editor.viewer(), new Region(reference + 1, 0), false));
		assertEquals(reference, links[0].getHyperlinkRegion().getOffset());
		assertEquals(2, links[0].getHyperlinkRegion().getLength());

		// Ctrl+Shift+G: the references; Alt+Shift+R: all renamed, one undo takes it back.
		Ui.run(() -> editor.selectAndReveal(declaration, 0));
		ItemOccurrences.Occurrences occurrences = Ui.sync(() -> editor.navigation().occurrencesAtCaret());
		long namings = Pattern.compile("针对 [^\\n]*\\bP1\\b").matcher(text).results().count();
		assertEquals(namings, occurrences.references().size());
		Ui.run(() -> editor.navigation().rename(occurrences, "P100"));
		String renamed = text();
		assertTrue(renamed.contains("问题 P100 ") && !Pattern.compile("\\bP1\\b").matcher(renamed).find(), renamed);
		Ui.run(() -> ((ITextOperationTarget) editor.viewer()).doOperation(ITextOperationTarget.UNDO));
		assertEquals(text, text());
	}

	@Test
	void hoverFoldingAndQuickOutline() {
		String text = text();
		int reference = text.indexOf("针对 P1, P2") + 3;
		String hover = Ui.sync(() -> editor.configuration().getTextHover(editor.viewer(), IDocument.DEFAULT_CONTENT_TYPE)
				.getHoverInfo(editor.viewer(), new Region(reference, 0)));
		assertTrue(hover.startsWith("P1 学习的系统性还不够强。\n集中学习多按上级通知安排专题"), hover);

		Ui.run(() -> editor.document().set(text.replace("局党组书记", "XX")));
		Ui.waitUntil("the placeholder is found", RECONCILED, () -> editor.lastAnalysis().text().equals(editor.document().get()));
		int placeholder = text.indexOf("局党组书记");
		String finding = Ui.sync(() -> editor.configuration().getTextHover(editor.viewer(), IDocument.DEFAULT_CONTENT_TYPE)
				.getHoverInfo(editor.viewer(), new Region(placeholder, 0)));
		assertTrue(finding.startsWith("还有没填写的占位符“XX”\n") && finding.contains("上报前必须换成实际内容") && finding.contains("改法："),
				"the finding with what the check means and how to fix it: " + finding);

		int folds = Ui.sync(() -> {
			var model = ((ProjectionViewer) editor.viewer()).getProjectionAnnotationModel();
			int[] count = { 0 };
			model.getAnnotationIterator().forEachRemaining(a -> count[0]++);
			return count[0];
		});
		assertEquals(7, folds, "one fold per aspect section, and one for the 前言 over several lines (the 结语 is on one)");

		QuickOutline popup = Ui.sync(() -> {
			QuickOutline quick = new QuickOutline(editor);
			quick.open();
			return quick;
		});
		Ui.screenshot("7-quick-outline");
		Ui.run(() -> assertTrue(popup.getShell() != null && popup.getShell().isVisible()));
		Ui.run(popup::close);
	}

	private IMarker[] markers() {
		return Ui.sync(() -> {
			try {
				return editor.file().findMarkers(DiagnosticMarkers.TYPE, false, IResource.DEPTH_ZERO);
			} catch (CoreException e) {
				throw new IllegalStateException(e);
			}
		});
	}

	private List<IMarker> markersWithCode(String code) {
		return Arrays.stream(markers()).filter(m -> code.equals(m.getAttribute(DiagnosticMarkers.CODE, ""))).toList();
	}

	private IMarker marker(String code) {
		List<IMarker> found = markersWithCode(code);
		assertEquals(1, found.size(), () -> "markers " + Arrays.toString(markers()));
		return found.get(0);
	}
}
