package org.duizhao.app.actions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.duizhao.app.AppMessages;
import org.duizhao.dsl.export.ReportLayout.Layout;
import org.duizhao.dsl.export.ReportLayout.Numbering;
import org.duizhao.dsl.ide.analysis.Analysis;
import org.duizhao.dsl.io.AtomicFiles;
import org.duizhao.model.Report;
import org.duizhao.office.ReportExport;
import org.duizhao.office.ReportExport.Format;
import org.duizhao.ui.editor.DuizhaoEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.xtext.diagnostics.Severity;

/**
 * 文件 > 导出…: the report in the editor as the document that is handed in (DOCX per GB/T 9704), the ledger (XLSX),
 * Markdown or text, through the same code as {@code duizhao export}. A report with errors is exported only when the
 * user says so.
 */
public class ExportReportAction extends Action {

	private final IWorkbenchWindow window;

	public ExportReportAction(IWorkbenchWindow window) {
		super(AppMessages.ExportAction);
		this.window = window;
		setId("org.duizhao.app.exportReport");
	}

	@Override
	public void run() {
		Shell shell = window.getShell();
		if (!(window.getActivePage().getActiveEditor() instanceof DuizhaoEditor editor)
				|| !editor.currentAnalysis().read(model -> model.document() instanceof Report)) {
			MessageDialog.openInformation(shell, AppMessages.ExportTitle, AppMessages.ExportNoReport);
			return;
		}
		long errors = editor.currentAnalysis().count(Severity.ERROR);
		if (errors > 0 && !MessageDialog.openQuestion(shell, AppMessages.ExportTitle, AppMessages.bind(AppMessages.ExportErrors, errors))) {
			return;
		}
		Options options = new Options(shell);
		if (options.open() != Window.OK) {
			return;
		}
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(AppMessages.ExportTitle);
		dialog.setOverwrite(true);
		dialog.setFilterExtensions(new String[] { "*." + options.format.extension() });
		IFile file = editor.file();
		if (file != null && file.getLocation() != null) {
			dialog.setFilterPath(file.getLocation().removeLastSegments(1).toOSString());
			dialog.setFileName(file.getLocation().removeFileExtension().lastSegment() + "." + options.format.extension());
		}
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		try {
			export(editor, Path.of(chosen), options.format, options.layout, options.numbering);
			editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(AppMessages.bind(AppMessages.ExportDone, chosen));
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(shell, AppMessages.ExportTitle,
					AppMessages.bind(AppMessages.ExportFailed, chosen, e.getMessage() == null ? e.toString() : e.getMessage()));
		}
	}

	/** Writes the editor's report (as it is now, saved or not) to {@code target}, atomically. */
	public static void export(DuizhaoEditor editor, Path target, Format format, Layout layout, Numbering numbering) throws IOException {
		Analysis analysis = editor.currentAnalysis();
		byte[] bytes;
		try {
			// rendered while the model is read; written to disk after
			bytes = analysis.read(model -> {
				try {
					return ReportExport.render((Report) model.document(), format, layout, numbering);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
		AtomicFiles.write(target, bytes);
	}

	/** Format, layout and numbering, chosen before the file. */
	private static final class Options extends Dialog {
		private Combo formats;
		private Combo layouts;
		private Combo numberings;
		private Format format = Format.DOCX;
		private Layout layout = Layout.TRADITIONAL;
		private Numbering numbering = Numbering.INLINE;

		Options(Shell shell) {
			super(shell);
		}

		@Override
		protected void configureShell(Shell shell) {
			super.configureShell(shell);
			shell.setText(AppMessages.ExportTitle);
		}

		@Override
		protected Control createDialogArea(Composite parent) {
			Composite area = (Composite) super.createDialogArea(parent);
			area.setLayout(new GridLayout(2, false));
			formats = combo(area, AppMessages.ExportFormat, AppMessages.ExportFormats);
			layouts = combo(area, AppMessages.ExportLayout, AppMessages.ExportLayouts);
			numberings = combo(area, AppMessages.ExportNumbering, AppMessages.ExportNumberings);
			return area;
		}

		private static Combo combo(Composite parent, String label, String items) {
			new Label(parent, SWT.NONE).setText(label);
			Combo combo = new Combo(parent, SWT.READ_ONLY);
			combo.setItems(items.split("\\|"));
			combo.select(0);
			combo.setLayoutData(new GridData(GridData.FILL_HORIZONTAL));
			return combo;
		}

		@Override
		protected void okPressed() {
			format = Format.values()[formats.getSelectionIndex()];
			layout = Layout.values()[layouts.getSelectionIndex()];
			numbering = Numbering.values()[numberings.getSelectionIndex()];
			super.okPressed();
		}
	}
}
