package org.duizhao.app.actions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.duizhao.app.AppMessages;
import org.duizhao.dsl.ide.analysis.DocumentAnalyzer;
import org.duizhao.dsl.ide.analysis.DocumentFormatter;
import org.duizhao.dsl.ide.analysis.SubmissionCheck.Finding;
import org.duizhao.dsl.ide.analysis.VisibleProfiles;
import org.duizhao.dsl.importer.ProfileAspects;
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
		Path target = free(folder, ReportImport.stem(source), ".dzr");
		List<Path> libraryFolders = List.of(folder, LibraryFolders.userFolder());
		List<ProfileAspects> known = DuizhaoUi.get(VisibleProfiles.class).of(target, libraryFolders).stream().map(ProfileAspects::of)
				.toList();
		ReportSources.Source read = ReportSources.read(source);
		ReportImport.Result result = ReportImport.run(new ReportImport.Request(read.paragraphs(), source.getFileName().toString(),
				read.unit(), known, Optional.empty(), ReportImport.stem(target))).orElseThrow();
		List<Finding> summary = new ArrayList<>();
		summary.add(info(0, AppMessages.bind(AppMessages.ImportDone, source, target)));
		if (result.derived().isPresent()) {
			// The report follows the derived profile from its first analysis on, so the profile is written now.
			Path profile = free(folder, ReportImport.stem(Path.of(result.derived().get().fileName())), ".dzlib");
			AtomicFiles.write(profile, result.derived().get().text());
			summary.add(info(0, AppMessages.bind(AppMessages.ImportDerivedProfile, result.profile().name(), profile)));
		}
		for (ReportImport.Line line : result.summary()) {
			if (line.derivedProfile()) {
				continue; // said above, with the file actually written
			}
			String where = ReportImport.where(source.getFileName().toString(), read.unit(), line.place());
			summary.add(new Finding(AppMessages.ImportGroup, line.warning() ? Severity.WARNING : Severity.INFO,
					line.warning() ? where + "：" + line.text() : line.text(), line.place().line(), -1, 0));
		}
		URI uri = URI.createFileURI(target.toString());
		String text = DuizhaoUi.get(DocumentFormatter.class)
				.formatted(DuizhaoUi.get(DocumentAnalyzer.class).analyze(uri, result.report(), libraryFolders));
		DuizhaoEditor editor = (DuizhaoEditor) IDE.openEditor(page, WorkspaceFiles.fileFor(target), DuizhaoEditor.ID, true);
		editor.document().set(text);
		editor.setImportSummary(summary);
		return editor;
	}

	private static Finding info(int line, String message) {
		return new Finding(AppMessages.ImportGroup, Severity.INFO, message, line, -1, 0);
	}

	/** {@code stem + extension} in {@code folder}, or with （导入）, （导入2）… when that is taken: nothing is overwritten. */
	private static Path free(Path folder, String stem, String extension) {
		Path candidate = folder.resolve(stem + extension);
		for (int n = 1; Files.exists(candidate); n++) {
			candidate = folder.resolve(AppMessages.bind(AppMessages.ImportFileName, stem, n == 1 ? "" : String.valueOf(n), extension));
		}
		return candidate;
	}
}
