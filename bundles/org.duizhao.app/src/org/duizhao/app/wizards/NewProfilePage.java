package org.duizhao.app.wizards;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.duizhao.app.AppMessages;
import org.duizhao.dsl.importer.AspectMatcher;
import org.duizhao.dsl.importer.NoticeReader;
import org.duizhao.dsl.importer.Paragraph;
import org.duizhao.dsl.importer.ProfileAspects.AspectName;
import org.duizhao.dsl.importer.ReportImport;
import org.duizhao.office.ReportSources;
import org.duizhao.ui.editor.LibraryFolders;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * The notice's text (pasted, or opened from a TXT/DOCX file), the aspects found in it for the user to check, the
 * profile's name and the folder it goes to (the user's library folder, which every report sees).
 */
public class NewProfilePage extends WizardPage {

	private Text notice;
	private Table aspects;
	private Text name;
	private Text folder;
	private NoticeReader.Found found = new NoticeReader.Found("", "", List.of());

	public NewProfilePage() {
		super("notice");
		setTitle(AppMessages.NewProfileTitle);
		setDescription(AppMessages.NewProfileDescription);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(3, false));
		new Label(body, SWT.NONE).setText(AppMessages.NewProfileNotice);
		Button open = new Button(body, SWT.PUSH);
		open.setText(AppMessages.NewProfileOpen);
		open.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false, 2, 1));
		open.addListener(SWT.Selection, e -> openNotice());
		notice = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridData noticeData = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
		noticeData.heightHint = 160;
		noticeData.widthHint = 560;
		notice.setLayoutData(noticeData);
		notice.addModifyListener(e -> read(ReportImport.lines(notice.getText())));
		new Label(body, SWT.NONE).setText(AppMessages.NewProfileAspects);
		aspects = new Table(body, SWT.BORDER | SWT.FULL_SELECTION);
		aspects.setHeaderVisible(true);
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		tableData.heightHint = 120;
		aspects.setLayoutData(tableData);
		for (String column : List.of(AppMessages.NewProfileId, AppMessages.NewProfileLabel)) {
			new TableColumn(aspects, SWT.NONE).setText(column);
		}
		aspects.getColumn(0).setWidth(110);
		aspects.getColumn(1).setWidth(430);
		new Label(body, SWT.NONE).setText(AppMessages.NewProfileName);
		name = new Text(body, SWT.BORDER);
		name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		name.addModifyListener(e -> validate());
		new Label(body, SWT.NONE).setText(AppMessages.NewProfileFolder);
		folder = new Text(body, SWT.BORDER);
		folder.setText(LibraryFolders.userFolder().toString());
		folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		setControl(body);
	}

	private void openNotice() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.docx;*.txt;*.md", "*.*" });
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		try {
			List<Paragraph> paragraphs = ReportSources.read(Path.of(chosen)).paragraphs();
			notice.setText(String.join("\n", paragraphs.stream().map(Paragraph::text).toList()));
		} catch (IOException e) {
			MessageDialog.openError(getShell(), AppMessages.NewProfileTitle, e.getMessage());
		}
	}

	/** The aspects of the notice as it now reads, shown for confirmation. */
	private void read(List<Paragraph> paragraphs) {
		String previous = found.name();
		found = NoticeReader.read(paragraphs);
		aspects.removeAll();
		for (AspectName aspect : found.aspects()) {
			new TableItem(aspects, SWT.NONE).setText(new String[] { aspect.id(), aspect.label() });
		}
		if (name.getText().isBlank() || name.getText().equals(previous)) {
			name.setText(found.name());
		}
		validate();
	}

	private void validate() {
		boolean hasAspects = !found.aspects().isEmpty();
		setErrorMessage(notice.getText().isBlank() || hasAspects ? null : AppMessages.NewProfileNone);
		setPageComplete(hasAspects && !name.getText().isBlank());
	}

	/** The profile to write: the aspects found, under the name the user gave. */
	NoticeReader.Found profile() {
		return new NoticeReader.Found(AspectMatcher.asId(name.getText().strip()), found.title(), found.aspects());
	}

	Path target() {
		return Path.of(folder.getText().strip()).resolve(profile().name() + ".dzlib");
	}

	/** Fills the page as a user would: the notice pasted and the folder chosen (for tests). */
	public void fill(String noticeText, Path targetFolder) {
		folder.setText(targetFolder.toString());
		notice.setText(noticeText);
	}

	/** The rows of the aspects table as shown: id and wording. */
	public List<String> rows() {
		return List.of(aspects.getItems()).stream().map(i -> i.getText(0) + " " + i.getText(1)).toList();
	}
}
