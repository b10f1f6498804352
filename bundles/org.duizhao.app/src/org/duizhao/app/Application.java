package org.duizhao.app;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;
import org.duizhao.office.ReportSources;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/** Duizhao Studio: the workbench, opened on the report files named on the command line. */
public class Application implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		quietLibraryLogging();
		String[] arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		List<Path> files = filesToOpen(arguments);
		if (handOverToRunningInstance(files)) {
			return IApplication.EXIT_OK; // the running Duizhao Studio opens them
		}
		ReportSources.letReportsNameWordFiles();
		Display display = PlatformUI.createDisplay();
		RunningInstance running = listenForSecondStarts(display);
		try {
			int code = PlatformUI.createAndRunWorkbench(display, new StudioWorkbenchAdvisor(files, unopenableNames(arguments)));
			return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
		} finally {
			if (running != null) {
				running.close();
			}
			display.dispose();
		}
	}

	/**
	 * Lets a second start hand its files over; without it (a workspace that cannot be written, no loopback) the
	 * editor still starts, a second start just opens a second window.
	 */
	private static RunningInstance listenForSecondStarts(Display display) {
		Path portFile = portFile();
		return portFile == null ? null : RunningInstance.listen(portFile, received -> openLater(display, received));
	}

	/** Gives the files to the Duizhao Studio already running on this workspace; whether there was one to take them. */
	public static boolean handOverToRunningInstance(List<Path> files) {
		Path portFile = portFile();
		return portFile != null && RunningInstance.handOver(portFile, files);
	}

	/** Where the running instance says how to reach it: in the workspace, which only one instance may use. */
	static Path portFile() {
		Location workspace = Platform.getInstanceLocation();
		if (workspace == null || workspace.getURL() == null) {
			return null;
		}
		return Path.of(workspace.getURL().getPath(), ".metadata", ".plugins", "org.duizhao.app", "instance");
	}

	/** Files a second start handed over: opened in the active window, which comes to the front. */
	private static void openLater(Display display, List<Path> files) {
		display.asyncExec(() -> {
			IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
				window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
			}
			if (window == null) {
				return;
			}
			for (Path file : files) {
				StudioWorkbenchAdvisor.open(window.getActivePage(), file.toAbsolutePath().normalize());
			}
			window.getShell().setMinimized(false);
			window.getShell().forceActive();
		});
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
		for (String argument : reportArguments(arguments)) {
			try {
				files.add(Path.of(argument).toAbsolutePath().normalize());
			} catch (InvalidPathException e) {
				// said after the first paint (unopenableNames): the editor must start all the same
			}
		}
		return files;
	}

	/**
	 * The reports named on the command line whose names the JVM cannot use: in a C locale, or one set but not
	 * installed, a Chinese name has no encoding. The product starts and says which and why.
	 */
	static List<String> unopenableNames(String[] arguments) {
		List<String> names = new ArrayList<>();
		for (String argument : reportArguments(arguments)) {
			try {
				Path.of(argument);
			} catch (InvalidPathException e) {
				names.add(argument);
			}
		}
		return names;
	}

	private static List<String> reportArguments(String[] arguments) {
		return arguments == null ? List.of()
				: Arrays.stream(arguments).filter(a -> a.endsWith(".dzr") || a.endsWith(".dzlib")).toList();
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
