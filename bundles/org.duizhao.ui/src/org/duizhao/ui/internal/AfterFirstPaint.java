package org.duizhao.ui.internal;

import org.eclipse.swt.events.PaintListener;
import org.eclipse.swt.widgets.Control;

/** Runs something once, after a control has first been drawn: work that may wait until the user sees the window. */
public final class AfterFirstPaint {

	private AfterFirstPaint() {
	}

	public static void run(Control control, Runnable action) {
		PaintListener[] once = new PaintListener[1];
		once[0] = event -> {
			control.removePaintListener(once[0]);
			action.run();
		};
		control.addPaintListener(once[0]);
	}
}
