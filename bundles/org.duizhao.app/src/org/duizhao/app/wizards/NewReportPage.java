package org.duizhao.app.wizards;

import java.nio.file.Path;
import java.time.Year;
import java.util.List;

import org.duizhao.app.AppMessages;
import org.duizhao.model.Profile;
import org.duizhao.model.Scope;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** 方案, 类型, 单位, 标题 and where to save. */
public class NewReportPage extends WizardPage {

	private final List<Profile> profiles;
	private Combo profileCombo;
	private Button group;
	private Text organization;
	private Text title;
	private Text folder;
	private Text fileName;

	NewReportPage(List<Profile> profiles) {
		super("newReport");
		this.profiles = profiles;
		setTitle(AppMessages.NewReportTitle);
		setDescription(AppMessages.NewReportDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(3, false));

		label(body, AppMessages.NewReportProfile);
		profileCombo = new Combo(body, SWT.READ_ONLY);
		profiles.forEach(p -> profileCombo.add(p.getName() + (p.getTitle() == null ? "" : "（" + p.getTitle() + "）")));
		profileCombo.select(0);
		span(profileCombo);

		label(body, AppMessages.NewReportScope);
		Composite scopes = new Composite(body, SWT.NONE);
		scopes.setLayout(new GridLayout(2, false));
		group = new Button(scopes, SWT.RADIO);
		group.setText(AppMessages.NewReportGroup);
		group.setSelection(true);
		Button personal = new Button(scopes, SWT.RADIO);
		personal.setText(AppMessages.NewReportPersonal);
		span(scopes);

		label(body, AppMessages.NewReportOrganization);
		organization = new Text(body, SWT.BORDER);
		span(organization);

		label(body, AppMessages.NewReportHeading);
		title = new Text(body, SWT.BORDER);
		title.setText(LocalDateTitle.defaultTitle());
		span(title);

		label(body, AppMessages.NewReportFolder);
		folder = new Text(body, SWT.BORDER);
		folder.setText(System.getProperty("user.home"));
		folder.setLayoutData(new GridData(GridData.FILL_HORIZONTAL));
		Button browse = new Button(body, SWT.PUSH);
		browse.setText(AppMessages.NewReportBrowse);
		browse.addListener(SWT.Selection, e -> {
			DirectoryDialog dialog = new DirectoryDialog(getShell());
			dialog.setFilterPath(folder.getText());
			String chosen = dialog.open();
			if (chosen != null) {
				folder.setText(chosen);
			}
		});

		label(body, AppMessages.NewReportFileName);
		fileName = new Text(body, SWT.BORDER);
		fileName.setText(AppMessages.NewReportDefaultFileName);
		span(fileName);

		for (Text text : List.of(organization, title, folder, fileName)) {
			text.addModifyListener(e -> validate());
		}
		setControl(body);
		validate();
	}

	private void validate() {
		String message = null;
		if (title.getText().isBlank()) {
			message = AppMessages.NewReportHeadingMissing;
		} else if (!fileName.getText().endsWith(".dzr")) {
			message = AppMessages.NewReportFileNameExtension;
		} else if (folder.getText().isBlank()) {
			message = AppMessages.NewReportFolderMissing;
		}
		setErrorMessage(message);
		setPageComplete(message == null);
	}

	private static void label(Composite parent, String text) {
		new Label(parent, SWT.NONE).setText(text);
	}

	private static void span(Control control) {
		GridData data = new GridData(GridData.FILL_HORIZONTAL);
		data.horizontalSpan = 2;
		control.setLayoutData(data);
	}

	/** Fills the fields as a user would type them. */
	public void fill(boolean groupScope, String organizationText, String titleText, Path file) {
		group.setSelection(groupScope);
		organization.setText(organizationText);
		title.setText(titleText);
		folder.setText(file.getParent().toString());
		fileName.setText(file.getFileName().toString());
	}

	Profile profile() {
		return profiles.get(Math.max(0, profileCombo.getSelectionIndex()));
	}

	Scope scope() {
		return group.getSelection() ? Scope.GROUP : Scope.PERSONAL;
	}

	String organization() {
		return organization.getText();
	}

	String title() {
		return title.getText();
	}

	Path target() {
		return Path.of(folder.getText(), fileName.getText());
	}

	/** A title in the usual form for the current year. */
	private static final class LocalDateTitle {
		static String defaultTitle() {
			return AppMessages.bind(AppMessages.NewReportDefaultTitle, Year.now().getValue());
		}
	}
}
