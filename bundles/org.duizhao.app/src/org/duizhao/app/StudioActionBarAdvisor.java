package org.duizhao.app;

import org.duizhao.app.about.AboutDialog;
import org.duizhao.app.help.GuideDialog;
import org.duizhao.app.actions.ConvertToUtf8Action;
import org.duizhao.app.actions.ExportReportAction;
import org.duizhao.app.actions.ImportReportAction;
import org.duizhao.app.actions.NewProfileAction;
import org.duizhao.app.actions.NewReportAction;
import org.duizhao.app.actions.OpenFileAction;
import org.duizhao.app.views.SubmissionCheckView;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
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
		save = register(ActionFactory.SAVE.create(window), "保存(&S)");
		saveAs = register(ActionFactory.SAVE_AS.create(window), "另存为(&A)…");
		saveAll = register(ActionFactory.SAVE_ALL.create(window), "全部保存(&E)");
		convertToUtf8 = registered(new ConvertToUtf8Action(window));
		importReport = registered(new ImportReportAction(window));
		exportReport = registered(new ExportReportAction(window));
		close = register(ActionFactory.CLOSE.create(window), "关闭(&C)");
		closeAll = register(ActionFactory.CLOSE_ALL.create(window), "全部关闭(&L)");
		quit = register(ActionFactory.QUIT.create(window), "退出(&X)");
		undo = register(ActionFactory.UNDO.create(window), "撤销(&U)");
		redo = register(ActionFactory.REDO.create(window), "重做(&R)");
		cut = register(ActionFactory.CUT.create(window), "剪切(&T)");
		copy = register(ActionFactory.COPY.create(window), "复制(&C)");
		paste = register(ActionFactory.PASTE.create(window), "粘贴(&P)");
		selectAll = register(ActionFactory.SELECT_ALL.create(window), "全选(&A)");
		find = register(ActionFactory.FIND.create(window), "查找/替换(&F)…");
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
		preferences = register(ActionFactory.PREFERENCES.create(window), "首选项(&P)…");
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
		MenuManager file = new MenuManager("文件(&F)", IWorkbenchActionConstants.M_FILE);
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
		MenuManager edit = new MenuManager("编辑(&E)", IWorkbenchActionConstants.M_EDIT);
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

		MenuManager windowMenu = new MenuManager("窗口(&W)", IWorkbenchActionConstants.M_WINDOW);
		windowMenu.add(new ShowViewAction(window, "提交前检查", SubmissionCheckView.ID));
		windowMenu.add(new ShowViewAction(window, "问题库", org.duizhao.app.views.LibraryView.ID));
		windowMenu.add(new ShowViewAction(window, "大纲", IPageLayout.ID_OUTLINE));
		windowMenu.add(new ShowViewAction(window, "问题", IPageLayout.ID_PROBLEM_VIEW));
		windowMenu.add(new Separator());
		windowMenu.add(preferences);

		MenuManager help = new MenuManager("帮助(&H)", IWorkbenchActionConstants.M_HELP);
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
	private static final class ShowViewAction extends org.eclipse.jface.action.Action {
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
			} catch (org.eclipse.ui.PartInitException e) {
				org.eclipse.jface.dialogs.ErrorDialog.openError(window.getShell(), getText(), e.getMessage(), e.getStatus());
			}
		}
	}
}
