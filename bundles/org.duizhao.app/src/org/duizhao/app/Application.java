package org.duizhao.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;
import org.duizhao.ui.internal.DuizhaoUi;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** Duizhao Studio: the workbench, opened on the report files named on the command line. */
public class Application implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		quietLibraryLogging();
		DuizhaoUi.prepareInBackground();
		List<Path> files = filesToOpen((String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS));
		Display display = PlatformUI.createDisplay();
		try {
			int code = PlatformUI.createAndRunWorkbench(display, new StudioWorkbenchAdvisor(files));
			return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	/** Xtext logs through log4j; without a configuration it complains on every start. Warnings go to the console. */
	private static void quietLibraryLogging() {
		Logger root = Logger.getRootLogger();
		if (!root.getAllAppenders().hasMoreElements()) {
			root.addAppender(new ConsoleAppender(new PatternLayout("%p %c{1} - %m%n")));
		}
		root.setLevel(Level.WARN);
	}

	/** Report and library files among the arguments; launcher options are left alone. */
	static List<Path> filesToOpen(String[] arguments) {
		List<Path> files = new ArrayList<>();
		if (arguments == null) {
			return files;
		}
		for (String argument : arguments) {
			if (argument.endsWith(".dzr") || argument.endsWith(".dzlib")) {
				files.add(Path.of(argument).toAbsolutePath().normalize());
			}
		}
		return files;
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
