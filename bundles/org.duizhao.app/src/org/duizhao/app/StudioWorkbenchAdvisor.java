package org.duizhao.app;

import java.nio.file.Path;
import java.util.List;

import org.duizhao.ui.editor.DuizhaoEditor;
import org.duizhao.ui.editor.RecoveryOffer;
import org.duizhao.ui.editor.WorkspaceFiles;
import org.duizhao.ui.internal.DuizhaoUi;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;

/** Starts in the 对照检查 perspective and opens the files given on the command line. */
public class StudioWorkbenchAdvisor extends WorkbenchAdvisor {

	/** How often the display is woken while the first window opens (see {@link #openWindows()}). */
	private static final int WAKE_MILLIS = 20;
	/** The window is drawn by then: the language is built after it, not beside it. */
	private static final int LANGUAGE_WITHOUT_A_REPORT_MS = 500;

	private final List<Path> filesToOpen;
	private final List<String> unopenableNames;

	public StudioWorkbenchAdvisor(List<Path> filesToOpen, List<String> unopenableNames) {
		this.filesToOpen = filesToOpen;
		this.unopenableNames = unopenableNames;
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		// The window's size and the layout of the views are kept for the next start.
		configurer.setSaveAndRestore(true);
		// Markers, the Problems view and file editors need the workspace adapters the IDE registers.
		IDE.registerAdapters();
	}

	/**
	 * The platform opens the first window on a thread of its own and waits for it in {@code Display.sleep()}, woken by
	 * that thread's {@code Display.wake()} alone. On GTK a wake from another thread can be lost (sleep clears its flag
	 * before each poll), and nothing else is then due: one start in six on a busy two-core machine sat there six
	 * seconds with nothing on screen. A timer ticking while the window opens is a wake the display cannot miss.
	 */
	@Override
	public boolean openWindows() {
		Display display = getWorkbenchConfigurer().getWorkbench().getDisplay();
		boolean[] opening = { true };
		Runnable tick = new Runnable() {
			@Override
			public void run() {
				if (opening[0]) {
					display.timerExec(WAKE_MILLIS, this);
				}
			}
		};
		display.timerExec(WAKE_MILLIS, tick);
		try {
			return super.openWindows();
		} finally {
			opening[0] = false;
			display.timerExec(-1, tick);
		}
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return Perspective.ID;
	}

	@Override
	public IAdaptable getDefaultPageInput() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new StudioWindowAdvisor(configurer);
	}

	@Override
	public void postStartup() {
		keepOwnPreferencePages(getWorkbenchConfigurer().getWorkbench().getPreferenceManager());
		IWorkbenchPage page = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow().getActivePage();
		// What an abnormal exit left unsaved is offered back first, so the files opened next show it.
		RecoveryOffer.offer(page);
		for (Path file : filesToOpen) {
			open(page, file);
		}
		if (!unopenableNames.isEmpty()) {
			MessageDialog.openWarning(page.getWorkbenchWindow().getShell(), AppMessages.OpenFileTitle, AppMessages
					.bind(AppMessages.UnopenableNames, String.join("\n", unopenableNames), System.getProperty("sun.jnu.encoding")));
		}
		if (page.getActiveEditor() == null) {
			// With a report open, its first paint starts building the language; the library view needs it too.
			page.getWorkbenchWindow().getShell().getDisplay().timerExec(LANGUAGE_WITHOUT_A_REPORT_MS, DuizhaoUi::buildLanguage);
		}
		StartupProbe.afterOpening(page);
	}

	/**
	 * 首选项 shows the product's own pages only: the platform's (version control, workspace, keys…) mean nothing to
	 * people writing reports, and they come untranslated.
	 */
	static void keepOwnPreferencePages(PreferenceManager preferences) {
		for (IPreferenceNode node : preferences.getRootSubNodes()) {
			if (!node.getId().startsWith("org.duizhao.")) {
				preferences.remove(node);
			}
		}
	}

	/** Opens a file from disk in the report editor. */
	public static void open(IWorkbenchPage page, Path file) {
		try {
			IDE.openEditor(page, WorkspaceFiles.fileFor(file), DuizhaoEditor.ID, true);
		} catch (CoreException e) {
			ErrorDialog.openError(page.getWorkbenchWindow().getShell(), AppMessages.OpenFileTitle,
					AppMessages.bind(AppMessages.OpenFileFailed, file), e.getStatus());
		}
	}

	@Override
	public boolean preShutdown() {
		try {
			ResourcesPlugin.getWorkspace().save(true, null);
		} catch (CoreException e) {
			// the workspace holds only links and transient markers; losing its state loses nothing of the user's
		}
		return super.preShutdown();
	}
}
