package org.duizhao.app.actions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.duizhao.app.AppMessages;
import org.duizhao.app.views.ImportSummaries;
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
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.xtext.diagnostics.Severity;

import com.google.inject.Inject;

/**
 * A report written in Word (or as text) in the traditional layout made into a new, unsaved report beside its source,
 * laid out by the formatter; what the import found (items per aspect, how causes and measures were placed, numbering
 * faults of the source with their lines) goes to the 提交前检查 view.
 */
public class ReportImporter {

	@Inject
	private VisibleProfiles visibleProfiles;
	@Inject
	private DocumentAnalyzer analyzer;
	@Inject
	private DocumentFormatter formatter;

	/** Imports {@code source} into a new unsaved editor beside it, and returns that editor. */
	public DuizhaoEditor open(IWorkbenchPage page, Path source) throws IOException, CoreException {
		Path folder = source.toAbsolutePath().getParent();
		Path target = free(folder, ReportImport.stem(source), ".dzr");
		List<Path> libraryFolders = List.of(folder, LibraryFolders.userFolder());
		List<ProfileAspects> known = visibleProfiles.of(target, libraryFolders).stream().map(ProfileAspects::of)
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
		String text = formatter
				.formatted(analyzer.analyze(uri, result.report(), libraryFolders));
		DuizhaoEditor editor = (DuizhaoEditor) IDE.openEditor(page, WorkspaceFiles.fileFor(target), DuizhaoEditor.ID, true);
		ImportSummaries.put(editor, summary); // before the text: 提交前检查 shows it with the text's first analysis
		editor.document().set(text);
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
