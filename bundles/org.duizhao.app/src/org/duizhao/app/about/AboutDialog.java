package org.duizhao.app.about;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.duizhao.app.AppMessages;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.framework.FrameworkUtil;

/** 帮助 > 关于: the version, and every component shipped with the licence it comes under (read from the bundles). */
public final class AboutDialog extends Dialog {

	private final List<Component> components;

	public AboutDialog(Shell parent) {
		super(parent);
		components = Component.installed(FrameworkUtil.getBundle(AboutDialog.class).getBundleContext());
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(AppMessages.AboutTitle);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		String version = FrameworkUtil.getBundle(AboutDialog.class).getVersion().toString();
		Label title = new Label(area, SWT.WRAP);
		title.setText(AppMessages.bind(AppMessages.AboutVersion, version, System.getProperty("java.version")));
		Label summary = new Label(area, SWT.WRAP);
		summary.setText(AppMessages.bind(AppMessages.AboutSummary, components.size(), byLicence()));
		GridDataFactory.fillDefaults().grab(true, false).hint(760, SWT.DEFAULT).applyTo(summary);
		Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		String[] headings = AppMessages.AboutColumns.split("\\|");
		int[] widths = { 300, 150, 180, 140 };
		for (int i = 0; i < headings.length; i++) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(headings[i]);
			column.setWidth(widths[i]);
		}
		for (Component component : components) {
			new TableItem(table, SWT.NONE).setText(new String[] { component.name(), component.version(), component.vendor(), component.licence() });
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(780, 380).applyTo(table);
		return area;
	}

	/** Each licence with its number of components, the most used first. */
	private String byLicence() {
		Map<String, Long> counts = new TreeMap<>(components.stream().collect(Collectors.groupingBy(Component::licence, Collectors.counting())));
		return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
				.map(e -> AppMessages.bind(AppMessages.AboutCount, e.getKey(), e.getValue())).collect(Collectors.joining(AppMessages.AboutSeparator));
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, AppMessages.AboutClose, true);
	}
}
