package org.duizhao.app.views;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.duizhao.app.AppMessages;
import org.duizhao.dsl.ide.analysis.Analysis;
import org.duizhao.dsl.ide.analysis.SubmissionCheck;
import org.duizhao.dsl.ide.analysis.SubmissionCheck.AspectRow;
import org.duizhao.dsl.ide.analysis.SubmissionCheck.Finding;
import org.duizhao.ui.editor.ActiveReportEditor;
import org.duizhao.ui.editor.DuizhaoEditor;
import org.duizhao.ui.internal.DuizhaoUi;
import org.duizhao.ui.internal.WaitsForLanguage;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.Resource;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.xtext.diagnostics.Severity;

import com.google.inject.Inject;

/**
 * 提交前检查: for the active report, the profile's aspects against problems, causes and measures with ✔/✘, the
 * findings grouped (占位符, 台账, 完整性, 文字), and the verdict. Double-click jumps to the place in the report.
 */
public class SubmissionCheckView extends ViewPart implements WaitsForLanguage {

	public static final String ID = "org.duizhao.app.submissionCheck";

	private static final String OK = "✔";
	private static final String NOT_OK = "✘";

	/** Null until the language is built; no analysis comes before. */
	private SubmissionCheck submissionCheck;
	private ActiveReportEditor active;
	private Label verdict;
	/** 上年度整改, 征求意见, 相互批评 summed up, one line each. */
	private Label parts;
	private TableViewer aspects;
	private TableViewer findings;
	private Color red;
	private Color green;
	private Color paleRed;
	private Font bold;

	@Override
	public void createPartControl(Composite parent) {
		red = new Color(parent.getDisplay(), 190, 30, 30);
		green = new Color(parent.getDisplay(), 20, 130, 60);
		paleRed = new Color(parent.getDisplay(), 255, 225, 225);
		FontData data = parent.getFont().getFontData()[0];
		bold = new Font(parent.getDisplay(), data.getName(), data.getHeight() + 2, SWT.BOLD);
		parent.setLayout(new GridLayout(1, false));

		verdict = new Label(parent, SWT.NONE);
		verdict.setFont(bold);
		verdict.setLayoutData(new GridData(GridData.FILL_HORIZONTAL));
		verdict.setText(AppMessages.CheckEmpty);

		parts = new Label(parent, SWT.WRAP);
		parts.setLayoutData(new GridData(GridData.FILL_HORIZONTAL));

		aspects = table(parent, 0.45f);
		column(aspects, AppMessages.CheckColumnAspect, 110, e -> ((AspectRow) e).aspect());
		column(aspects, AppMessages.CheckColumnProblems, 48, e -> count(((AspectRow) e).problems()));
		column(aspects, AppMessages.CheckColumnCauses, 48, e -> count(((AspectRow) e).causes()));
		column(aspects, AppMessages.CheckColumnMeasures, 48, e -> count(((AspectRow) e).measures()));
		column(aspects, AppMessages.CheckColumnState, 48, e -> ((AspectRow) e).complete() ? OK : NOT_OK);
		aspects.addDoubleClickListener(e -> {
			AspectRow row = (AspectRow) ((IStructuredSelection) e.getSelection()).getFirstElement();
			if (row != null && row.present()) {
				reveal(row.offset(), 0);
			}
		});

		findings = table(parent, 0.55f);
		column(findings, AppMessages.CheckColumnGroup, 60, e -> ((Finding) e).group());
		column(findings, AppMessages.CheckColumnLine, 40, e -> ((Finding) e).line() > 0 ? String.valueOf(((Finding) e).line()) : "");
		column(findings, AppMessages.CheckColumnMessage, 320, e -> ((Finding) e).message());
		findings.addDoubleClickListener(e -> {
			Finding finding = (Finding) ((IStructuredSelection) e.getSelection()).getFirstElement();
			if (finding != null && finding.offset() >= 0) {
				reveal(finding.offset(), finding.length());
			}
		});

		active = new ActiveReportEditor(getSite().getPage(), this::show, this::editorChanged);
		editorChanged();
		// else 正在检查…… would stay for ever
		DuizhaoUi.whenLanguageFails(() -> parent.getDisplay().asyncExec(this::languageFailed));
	}

	private TableViewer table(Composite parent, float share) {
		TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		GridData layout = new GridData(GridData.FILL_BOTH);
		layout.heightHint = (int) (400 * share);
		viewer.getControl().setLayoutData(layout);
		return viewer;
	}

	private void column(TableViewer viewer, String title, int width, Function<Object, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}

			@Override
			public Color getBackground(Object element) {
				return element instanceof AspectRow row && !row.complete() ? paleRed : null;
			}

			@Override
			public Color getForeground(Object element) {
				return element instanceof Finding f && f.severity() == Severity.ERROR ? red : null;
			}
		});
	}

	private static String count(int n) {
		return String.valueOf(n);
	}

	@Inject
	private void languageArrived(SubmissionCheck check) {
		submissionCheck = check;
		editorChanged();
	}

	private void languageFailed() {
		if (verdict != null && !verdict.isDisposed()) {
			verdict.setText(AppMessages.CheckUnavailable);
			verdict.setForeground(red);
		}
	}

	/** Another report (or none) is followed: its last check, else what the view is waiting for. */
	private void editorChanged() {
		DuizhaoEditor editor = active == null ? null : active.editor();
		Analysis last = editor == null ? null : editor.lastAnalysis();
		if (last != null) {
			show(last);
		} else if (verdict != null && !verdict.isDisposed()) {
			verdict.setText(editor == null ? AppMessages.CheckEmpty : AppMessages.CheckPending);
			verdict.setForeground(null);
			parts.setText("");
			showRows(aspects, List.of());
			showRows(findings, List.of());
		}
	}

	private void show(Analysis analysis) {
		if (submissionCheck == null || verdict == null || verdict.isDisposed()) {
			return;
		}
		SubmissionCheck.Result result = submissionCheck.check(analysis);
		String verdictText = (result.canSubmit() ? OK + " " : NOT_OK + " ") + result.verdict();
		List<String> summary = new ArrayList<>(result.parts().stream().map(SubmissionCheck.PartRow::text).toList());
		summary.add(result.review().text());
		String partsText = String.join("\n", summary);
		boolean textChanged = !verdictText.equals(verdict.getText()) || !partsText.equals(parts.getText());
		verdict.setText(verdictText);
		verdict.setForeground(result.canSubmit() ? green : red);
		parts.setText(partsText);
		showRows(aspects, result.rows());
		List<Finding> shown = new ArrayList<>(result.findings());
		shown.addAll(ImportSummaries.of(active.editor())); // after the report's own findings
		showRows(findings, shown);
		if (textChanged) {
			verdict.getParent().layout();
		}
	}

	/** Shows {@code rows} by difference: a row that is as it was is left alone (no relabelling, no flicker). */
	@SuppressWarnings("unchecked")
	private static void showRows(TableViewer table, List<?> rows) {
		if (!(table.getInput() instanceof List<?> input)) {
			table.setInput(new ArrayList<>(rows));
			return;
		}
		if (!input.equals(rows)) {
			((List<Object>) input).clear();
			((List<Object>) input).addAll(rows);
			table.refresh(false);
		}
	}

	private void reveal(int offset, int length) {
		DuizhaoEditor editor = active.editor();
		if (editor != null) {
			getSite().getPage().activate(editor);
			editor.selectAndReveal(offset, length);
		}
	}

	@Override
	public void setFocus() {
		aspects.getControl().setFocus();
	}

	@Override
	public void dispose() {
		active.dispose();
		for (var resource : new Resource[] { red, green, paleRed, bold }) {
			if (resource != null) {
				resource.dispose();
			}
		}
		super.dispose();
	}
}
