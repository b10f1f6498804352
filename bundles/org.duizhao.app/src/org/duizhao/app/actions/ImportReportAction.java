package org.duizhao.app.actions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.duizhao.app.AppMessages;
import org.duizhao.dsl.ide.analysis.DocumentAnalyzer;
import org.duizhao.dsl.ide.analysis.DocumentFormatter;
import org.duizhao.dsl.ide.analysis.SubmissionCheck.Finding;
import org.duizhao.dsl.ide.analysis.VisibleProfiles;
import org.duizhao.dsl.importer.AspectMatcher;
import org.duizhao.dsl.importer.AspectMatcher.ProfileAspects;
import org.duizhao.dsl.importer.Draft;
import org.duizhao.dsl.importer.ReportImport;
import org.duizhao.dsl.io.AtomicFiles;
import org.duizhao.office.ReportSources;
import org.duizhao.ui.editor.DuizhaoEditor;
import org.duizhao.ui.editor.LibraryFolders;
import org.duizhao.ui.editor.WorkspaceFiles;
import org.duizhao.ui.internal.DuizhaoUi;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.ide.IDE;
import org.eclipse.xtext.diagnostics.Severity;

/**
 * 文件 > 导入材料…: a report written in Word (or as text) in the traditional layout becomes a new, unsaved report
 * beside its source, laid out by the formatter; what the import found (items per aspect, how causes and measures
 * were placed, numbering faults of the source with their lines) is listed in the 提交前检查 view.
 */
public class ImportReportAction extends Action {

	private final IWorkbenchWindow window;

	public ImportReportAction(IWorkbenchWindow window) {
		super(AppMessages.ImportAction);
		this.window = window;
		setId("org.duizhao.app.importReport");
	}

	@Override
	public void run() {
		FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
		dialog.setText(AppMessages.ImportTitle);
		dialog.setFilterExtensions(new String[] { "*.docx;*.txt;*.md", "*.*" });
		dialog.setFilterNames(new String[] { AppMessages.ImportFilter, "*.*" });
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		try {
			importReport(window.getActivePage(), Path.of(chosen));
		} catch (IOException | CoreException | RuntimeException e) {
			MessageDialog.openError(window.getShell(), AppMessages.ImportTitle,
					AppMessages.bind(AppMessages.ImportFailed, chosen, e.getMessage() == null ? e.toString() : e.getMessage()));
		}
	}

	/** Imports {@code source} into a new unsaved editor beside it, and returns that editor. */
	public static DuizhaoEditor importReport(IWorkbenchPage page, Path source) throws IOException, CoreException {
		Path folder = source.toAbsolutePath().getParent();
		Path target = free(folder, stem(source), ".dzr");
		List<Path> libraryFolders = List.of(folder, LibraryFolders.userFolder());
		List<ProfileAspects> known = DuizhaoUi.get(VisibleProfiles.class).of(target, libraryFolders).stream().map(ProfileAspects::of)
				.toList();
		ReportImport.Result result = ReportImport.run(ReportSources.paragraphs(source), source.getFileName().toString(), known, null,
				AspectMatcher.asId("方案" + stem(target)));
		List<Finding> summary = summary(result.draft());
		if (result.profileText() != null) {
			// The report follows the derived profile from its first analysis on, so the profile is written now.
			Path profile = free(folder, stem(target) + "-方案", ".dzlib");
			AtomicFiles.write(profile, result.profileText());
			summary.add(0, info(0, AppMessages.bind(AppMessages.ImportDerivedProfile, result.profile().name(), profile)));
		}
		URI uri = URI.createFileURI(target.toString());
		String text = DuizhaoUi.get(DocumentFormatter.class)
				.formatted(DuizhaoUi.get(DocumentAnalyzer.class).analyze(uri, result.report(), libraryFolders));
		DuizhaoEditor editor = (DuizhaoEditor) IDE.openEditor(page, WorkspaceFiles.fileFor(target), DuizhaoEditor.ID, true);
		editor.document().set(text);
		summary.add(0, info(0, AppMessages.bind(AppMessages.ImportDone, source, target)));
		editor.setImportSummary(summary);
		return editor;
	}

	private static List<Finding> summary(Draft draft) {
		List<Finding> summary = new ArrayList<>();
		for (Draft.Aspect aspect : draft.aspects) {
			summary.add(info(aspect.line, AppMessages.bind(AppMessages.ImportCounts, aspect.id == null ? aspect.heading : aspect.id,
					aspect.problems.size(), aspect.causes.size(), aspect.measures.size())));
		}
		summary.add(info(0, AppMessages.bind(AppMessages.ImportCases, draft.cases.size())));
		for (Draft.Attachment a : draft.attachments) {
			summary.add(info(a.line(), AppMessages.bind(AppMessages.ImportAttachment, a.kind(), a.headline(),
					a.aspect() == null ? "—" : a.aspect(), a.how())));
		}
		for (Draft.Finding f : draft.findings) {
			summary.add(new Finding(AppMessages.ImportGroup, Severity.WARNING,
					AppMessages.bind(AppMessages.ImportFinding, String.valueOf(f.line()), f.message()), f.line(), -1, 0));
		}
		return summary;
	}

	private static Finding info(int line, String message) {
		return new Finding(AppMessages.ImportGroup, Severity.INFO, message, line, -1, 0);
	}

	private static String stem(Path file) {
		return file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
	}

	/** {@code stem + extension} in {@code folder}, or with （导入）, （导入2）… when that is taken: nothing is overwritten. */
	private static Path free(Path folder, String stem, String extension) {
		Path candidate = folder.resolve(stem + extension);
		for (int n = 1; Files.exists(candidate); n++) {
			candidate = folder.resolve(stem + "（导入" + (n == 1 ? "" : String.valueOf(n)) + "）" + extension);
		}
		return candidate;
	}
}
