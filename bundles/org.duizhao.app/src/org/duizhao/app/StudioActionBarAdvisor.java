package org.duizhao.app;

import org.duizhao.app.about.AboutDialog;
import org.duizhao.app.actions.ConvertToUtf8Action;
import org.duizhao.app.actions.ExportReportAction;
import org.duizhao.app.actions.ImportReportAction;
import org.duizhao.app.actions.NewProfileAction;
import org.duizhao.app.actions.NewReportAction;
import org.duizhao.app.actions.OpenFileAction;
import org.duizhao.app.help.GuideDialog;
import org.duizhao.app.views.LibraryView;
import org.duizhao.app.views.SubmissionCheckView;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/** Menus in Chinese, with the platform's actions (and their key bindings) behind them. */
public class StudioActionBarAdvisor extends ActionBarAdvisor {

	private IAction newReport;
	private IAction newProfile;
	private IAction openFile;
	private IAction save;
	private IAction saveAs;
	private IAction saveAll;
	private IAction convertToUtf8;
	private IAction importReport;
	private IAction exportReport;
	private IAction close;
	private IAction closeAll;
	private IAction quit;
	private IAction undo;
	private IAction redo;
	private IAction cut;
	private IAction copy;
	private IAction paste;
	private IAction selectAll;
	private IAction find;
	private IAction about;
	private IAction guide;
	private IAction preferences;

	public StudioActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		newReport = registered(new NewReportAction(window));
		newProfile = registered(new NewProfileAction(window));
		openFile = registered(new OpenFileAction(window));
		save = register(ActionFactory.SAVE.create(window), AppMessages.SaveAction);
		saveAs = register(ActionFactory.SAVE_AS.create(window), AppMessages.SaveAsAction);
		saveAll = register(ActionFactory.SAVE_ALL.create(window), AppMessages.SaveAllAction);
		convertToUtf8 = registered(new ConvertToUtf8Action(window));
		importReport = registered(new ImportReportAction(window));
		exportReport = registered(new ExportReportAction(window));
		close = register(ActionFactory.CLOSE.create(window), AppMessages.CloseAction);
		closeAll = register(ActionFactory.CLOSE_ALL.create(window), AppMessages.CloseAllAction);
		quit = register(ActionFactory.QUIT.create(window), AppMessages.QuitAction);
		undo = register(ActionFactory.UNDO.create(window), AppMessages.UndoAction);
		redo = register(ActionFactory.REDO.create(window), AppMessages.RedoAction);
		cut = register(ActionFactory.CUT.create(window), AppMessages.CutAction);
		copy = register(ActionFactory.COPY.create(window), AppMessages.CopyAction);
		paste = register(ActionFactory.PASTE.create(window), AppMessages.PasteAction);
		selectAll = register(ActionFactory.SELECT_ALL.create(window), AppMessages.SelectAllAction);
		find = register(ActionFactory.FIND.create(window), AppMessages.FindAction);
		about = new Action(AppMessages.AboutAction) {
			@Override
			public void run() {
				new AboutDialog(window.getShell()).open();
			}
		};
		about.setId("org.duizhao.app.about");
		guide = new Action(AppMessages.GuideAction) {
			@Override
			public void run() {
				new GuideDialog(window.getShell()).open();
			}
		};
		guide.setId("org.duizhao.app.guide");
		preferences = register(ActionFactory.PREFERENCES.create(window), AppMessages.PreferencesAction);
	}

	private IAction register(IAction action, String text) {
		action.setText(text);
		return registered(action);
	}

	private IAction registered(IAction action) {
		register(action);
		return action;
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
		MenuManager file = new MenuManager(AppMessages.MenuFile, IWorkbenchActionConstants.M_FILE);
		file.add(newReport);
		file.add(newProfile);
		file.add(openFile);
		file.add(new Separator());
		file.add(save);
		file.add(saveAs);
		file.add(saveAll);
		file.add(convertToUtf8);
		file.add(new Separator());
		file.add(importReport);
		file.add(exportReport);
		file.add(new Separator());
		file.add(close);
		file.add(closeAll);
		file.add(new Separator("recent"));
		file.add(ContributionItemFactory.REOPEN_EDITORS.create(window));
		file.add(new GroupMarker(IWorkbenchActionConstants.MRU));
		file.add(new Separator(IWorkbenchActionConstants.FILE_END));
		file.add(quit);

		// The group markers are where the text editor's contributor adds its own entries (find next, etc.).
		MenuManager edit = new MenuManager(AppMessages.MenuEdit, IWorkbenchActionConstants.M_EDIT);
		edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
		edit.add(undo);
		edit.add(redo);
		edit.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
		edit.add(new Separator());
		edit.add(cut);
		edit.add(copy);
		edit.add(paste);
		edit.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
		edit.add(new Separator());
		edit.add(selectAll);
		edit.add(new Separator());
		edit.add(find);
		edit.add(new GroupMarker(IWorkbenchActionConstants.FIND_EXT));
		edit.add(new Separator());
		edit.add(new GroupMarker(IWorkbenchActionConstants.ADD_EXT));
		edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
		edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));

		MenuManager windowMenu = new MenuManager(AppMessages.MenuWindow, IWorkbenchActionConstants.M_WINDOW);
		windowMenu.add(new ShowViewAction(window, AppMessages.ViewSubmissionCheck, SubmissionCheckView.ID));
		windowMenu.add(new ShowViewAction(window, AppMessages.ViewLibrary, LibraryView.ID));
		windowMenu.add(new ShowViewAction(window, AppMessages.ViewOutline, IPageLayout.ID_OUTLINE));
		windowMenu.add(new ShowViewAction(window, AppMessages.ViewProblems, IPageLayout.ID_PROBLEM_VIEW));
		windowMenu.add(new Separator());
		windowMenu.add(preferences);

		MenuManager help = new MenuManager(AppMessages.MenuHelp, IWorkbenchActionConstants.M_HELP);
		help.add(guide);
		help.add(new Separator());
		help.add(about);

		menuBar.add(file);
		menuBar.add(edit);
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(windowMenu);
		menuBar.add(help);
	}

	/** Opens (or brings forward) a view. */
	private static final class ShowViewAction extends Action {
		private final IWorkbenchWindow window;
		private final String viewId;

		ShowViewAction(IWorkbenchWindow window, String label, String viewId) {
			super(label);
			this.window = window;
			this.viewId = viewId;
		}

		@Override
		public void run() {
			try {
				window.getActivePage().showView(viewId);
			} catch (PartInitException e) {
				ErrorDialog.openError(window.getShell(), getText(), e.getMessage(), e.getStatus());
			}
		}
	}
}
