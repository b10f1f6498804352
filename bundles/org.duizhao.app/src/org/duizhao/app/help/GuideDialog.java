package org.duizhao.app.help;

import java.util.ArrayList;
import java.util.List;

import org.duizhao.app.AppMessages;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/** 帮助 > 使用说明: the guide, in a window of its own beside the editor (not modal). */
public final class GuideDialog extends Dialog {

	private StyledText text;

	public GuideDialog(Shell parent) {
		super(parent);
		setShellStyle(SWT.SHELL_TRIM | SWT.MODELESS);
		setBlockOnOpen(false);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(AppMessages.GuideTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		text = new StyledText(area, SWT.BORDER | SWT.V_SCROLL | SWT.WRAP | SWT.READ_ONLY);
		text.setMargins(16, 12, 16, 12);
		StringBuilder content = new StringBuilder();
		List<StyleRange> headings = new ArrayList<>();
		for (Guide.Block block : Guide.blocks()) {
			int start = content.length();
			content.append(block.text()).append("\n\n");
			if (block.heading()) {
				headings.add(new StyleRange(start, block.text().length(), null, null, SWT.BOLD));
			}
		}
		text.setText(content.toString());
		text.setLineSpacing(4);
		headings.forEach(text::setStyleRange);
		GridDataFactory.fillDefaults().grab(true, true).hint(760, 560).applyTo(text);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, AppMessages.AboutClose, true);
	}
}
