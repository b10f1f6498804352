package org.duizhao.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.duizhao.dsl.ide.analysis.Analysis;
import org.duizhao.ui.editor.DuizhaoEditor;
import org.duizhao.ui.internal.AfterFirstPaint;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/**
 * For the benchmark (releng/bench.sh) and the package tests: with {@code -Dduizhao.startupReport=FILE} (or the
 * environment variable DUIZHAO_STARTUP_REPORT, for native launchers that take no JVM options) the product writes
 * into FILE the milliseconds from the JVM's start to the first paint of the editor (the report's text) and to the
 * first analysis drawn (colours, markers, outline and the verdict), "4100 5200", and quits. Nothing happens without.
 */
final class StartupProbe {

	private static final String PROPERTY = "duizhao.startupReport";
	/** Should no analysis come (the language failed to build), the product still quits, with -1 for it. */
	private static final int GIVE_UP_MS = 60_000;

	private StartupProbe() {
	}

	static void afterOpening(IWorkbenchPage page) {
		String report = System.getProperty(PROPERTY, System.getenv("DUIZHAO_STARTUP_REPORT"));
		Control text = page.getActiveEditor() instanceof DuizhaoEditor active ? active.getAdapter(Control.class) : null;
		if (report == null || text == null) {
			return;
		}
		DuizhaoEditor editor = (DuizhaoEditor) page.getActiveEditor();
		long[] painted = { -1 };
		AfterFirstPaint.run(text, () -> painted[0] = sinceStart());
		text.redraw();
		boolean[] written = { false };
		Consumer<Long> finish = analysed -> {
			if (!written[0]) {
				written[0] = true;
				write(Path.of(report), painted[0] + " " + analysed);
				PlatformUI.getWorkbench().close();
			}
		};
		editor.addAnalysisListener(new Consumer<Analysis>() {
			@Override
			public void accept(Analysis analysis) {
				editor.removeAnalysisListener(this);
				// the views were given the analysis before this listener; they are drawn in the next round of events
				text.getDisplay().asyncExec(() -> finish.accept(sinceStart()));
			}
		});
		text.getDisplay().timerExec(GIVE_UP_MS, () -> finish.accept(-1L));
	}

	private static long sinceStart() {
		return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
	}

	private static void write(Path report, String figures) {
		try {
			Files.writeString(report, figures);
		} catch (IOException e) {
			// the benchmark says "failed" when the file stays empty
		}
	}
}
