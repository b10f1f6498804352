package org.duizhao.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.events.PaintListener;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/**
 * For the benchmark (releng/bench.sh) and the package tests: with {@code -Dduizhao.startupReport=FILE} (or the
 * environment variable DUIZHAO_STARTUP_REPORT, for native launchers that take no JVM options) the product writes the
 * milliseconds from the JVM's start to the first paint of the editor into FILE and quits. Nothing happens without.
 */
final class StartupProbe {

	private static final String PROPERTY = "duizhao.startupReport";

	private StartupProbe() {
	}

	static void afterOpening(IWorkbenchPage page) {
		String report = System.getProperty(PROPERTY, System.getenv("DUIZHAO_STARTUP_REPORT"));
		IEditorPart editor = page.getActiveEditor();
		Control text = editor == null ? null : editor.getAdapter(Control.class);
		if (report == null || text == null) {
			return;
		}
		PaintListener[] listener = new PaintListener[1];
		listener[0] = event -> {
			text.removePaintListener(listener[0]);
			long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
			try {
				Files.writeString(Path.of(report), Long.toString(millis));
			} catch (IOException e) {
				// the benchmark says "failed" when the file stays empty
			}
			text.getDisplay().asyncExec(() -> PlatformUI.getWorkbench().close());
		};
		text.addPaintListener(listener[0]);
		text.redraw();
	}
}
