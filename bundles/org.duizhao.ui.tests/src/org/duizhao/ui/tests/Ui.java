package org.duizhao.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/** The tests run off the UI thread: these run code on it, wait for the workbench, and take screenshots. */
final class Ui {

	private Ui() {
	}

	static Display display() {
		return PlatformUI.getWorkbench().getDisplay();
	}

	static <T> T sync(Supplier<T> supplier) {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		display().syncExec(() -> {
			try {
				result.set(supplier.get());
			} catch (RuntimeException e) {
				failure.set(e);
			}
		});
		if (failure.get() != null) {
			throw failure.get();
		}
		return result.get();
	}

	static void run(Runnable runnable) {
		sync(() -> {
			runnable.run();
			return null;
		});
	}

	/** Waits (letting the UI thread work) until the condition holds on the UI thread. */
	static void waitUntil(String what, long timeoutMillis, BooleanSupplier condition) {
		long end = System.currentTimeMillis() + timeoutMillis;
		while (System.currentTimeMillis() < end) {
			if (sync(condition::getAsBoolean)) {
				return;
			}
			sleep(100);
		}
		fail("timed out waiting until " + what);
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Closes a popup (content assist, quick fix) as the user would. */
	static void pressEscape() {
		run(() -> {
			org.eclipse.swt.widgets.Event escape = new org.eclipse.swt.widgets.Event();
			escape.type = SWT.KeyDown;
			escape.keyCode = SWT.ESC;
			escape.character = SWT.ESC;
			display().post(escape);
		});
	}

	/** A PNG of the workbench window (and any popup above it) in target/screenshots, for people to look at. */
	static Path screenshot(String name) {
		sleep(400);
		Path folder = Path.of(System.getProperty("duizhao.screenshots", "target/screenshots"));
		Path file = folder.resolve(name + ".png");
		run(() -> {
			Display display = display();
			Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
			Rectangle bounds = shell.getBounds();
			Image image = new Image(display, bounds.width, bounds.height);
			GC gc = new GC(display);
			try {
				gc.copyArea(image, bounds.x, bounds.y);
				Files.createDirectories(folder);
				ImageLoader loader = new ImageLoader();
				loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
				loader.save(file.toString(), SWT.IMAGE_PNG);
			} catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			} finally {
				gc.dispose();
				image.dispose();
			}
		});
		return file;
	}
}
