package org.duizhao.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product killed with unsaved changes (SIGKILL, no shutdown of any kind), started again on the same workspace:
 * it offers the changes back, 恢复 puts them into the editor, and saving writes them to the file. Driven as a user
 * would, with xdotool on a display of its own (never the developer's desktop).
 */
class CrashRecoveryTest {

	private static final String TYPED = "KILLTEST";

	@TempDir
	Path folder;

	private Display display;
	private Path report;
	private Path workspace;

	@BeforeEach
	void startDisplay() throws IOException {
		display = Display.start();
		report = folder.resolve("材料").resolve("对照检查材料.dzr");
		Files.createDirectories(report.getParent());
		Files.copy(Path.of(System.getProperty("duizhao.examples"), "2023-班子对照检查材料.dzr"), report);
		workspace = folder.resolve("workspace");
	}

	@AfterEach
	void stopDisplay() {
		display.stop();
	}

	@Test
	void unsavedChangesSurviveAKill() throws Exception {
		String original = Files.readString(report, StandardCharsets.UTF_8);
		Product first = Product.start(display, workspace, report);
		try {
			String window = display.waitForWindow("Duizhao Studio");
			// The window shows before the editor has the focus; what is typed before goes nowhere, so type until
			// a recovery copy holds it (it is written every few seconds).
			long deadline = System.currentTimeMillis() + 90_000;
			do {
				display.run("xdotool", "windowfocus", "--sync", window);
				display.run("xdotool", "type", "--delay", "40", TYPED);
			} while (!recoveryCopyHolds(TYPED, 8_000) && System.currentTimeMillis() < deadline);
			assertTrue(recoveryCopyHolds(TYPED, 0), "a recovery copy holds what was typed");
		} finally {
			first.kill();
		}
		assertEquals(original, Files.readString(report, StandardCharsets.UTF_8), "nothing was saved before the kill");

		Product second = Product.start(display, workspace, report);
		try {
			String offer = display.waitForWindow("恢复未保存的修改");
			display.screenshot("recovery-offer.png");
			Thread.sleep(1_500); // until GTK has put the focus on the default button
			display.run("xdotool", "windowfocus", "--sync", offer);
			display.run("xdotool", "key", "Return"); // 恢复, the default button
			String window = display.waitForWindow("Duizhao Studio");
			Thread.sleep(2_000); // the restored text is put into the editor after it opens
			display.screenshot("restored.png");
			display.run("xdotool", "windowfocus", "--sync", window);
			display.run("xdotool", "key", "ctrl+s");
			try {
				waitUntil(() -> Files.readString(report, StandardCharsets.UTF_8).contains(TYPED), "the restored change saved");
			} catch (AssertionError e) {
				display.screenshot("failure.png");
				Path log = workspace.resolve(".metadata/.log");
				if (Files.exists(log)) {
					Path logs = Path.of(System.getProperty("duizhao.screenshots", "target/screenshots")).resolveSibling("product-logs");
					Files.copy(log, logs.resolve("workspace-" + System.currentTimeMillis() + ".log"));
				}
				throw new AssertionError(e.getMessage() + "; recovery copies left: " + recoveryCopies().toList() + "; windows: "
						+ display.attempt("xdotool", "search", "--onlyvisible", "--name", "."), e);
			}
			waitUntil(() -> recoveryCopies().findAny().isEmpty(), "a save leaves no recovery copy behind");
		} finally {
			second.kill();
		}
		String saved = Files.readString(report, StandardCharsets.UTF_8);
		assertTrue(saved.startsWith(TYPED), "the typed text came back");
		assertEquals(original, saved.replaceFirst("^(" + TYPED + ")+", ""), "and nothing else changed");
	}

	/** Whether a recovery copy holds {@code text}, waiting up to {@code millis} for one to. */
	private boolean recoveryCopyHolds(String text, long millis) throws Exception {
		long deadline = System.currentTimeMillis() + millis;
		do {
			if (recoveryCopies().anyMatch(copy -> {
				try {
					return Files.readString(copy, StandardCharsets.UTF_8).contains(text);
				} catch (IOException e) {
					return false;
				}
			})) {
				return true;
			}
			Thread.sleep(200);
		} while (System.currentTimeMillis() < deadline);
		return false;
	}

	private Stream<Path> recoveryCopies() throws IOException {
		Path recovery = workspace.resolve(".metadata/.plugins/org.duizhao.ui/recovery");
		if (!Files.isDirectory(recovery)) {
			return Stream.empty();
		}
		try (Stream<Path> files = Files.list(recovery)) {
			return files.filter(p -> p.toString().endsWith(".recovery")).toList().stream();
		}
	}

	/** A condition that may throw while it is not yet true. */
	interface Condition {
		boolean holds() throws Exception;
	}

	static void waitUntil(Condition condition, String what) throws Exception {
		long deadline = System.currentTimeMillis() + 60_000;
		while (!condition.holds()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("Timed out waiting for " + what);
			}
			Thread.sleep(200);
		}
	}

	/** The product started from its folder as releng/run.sh starts it. */
	record Product(Process process) {

		static Product start(Display display, Path workspace, Path file) throws IOException {
			Path product = Path.of(System.getProperty("duizhao.product"));
			Path launcher;
			try (Stream<Path> plugins = Files.list(product.resolve("plugins"))) {
				launcher = plugins.filter(p -> p.getFileName().toString().startsWith("org.eclipse.equinox.launcher_")).findFirst()
						.orElseThrow(() -> new AssertionError("no launcher in " + product));
			}
			List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					"--sun-misc-unsafe-memory-access=allow", "-jar", launcher.toString(), "-data", workspace.toString(), file.toString());
			ProcessBuilder builder = new ProcessBuilder(Runtime.version().feature() >= 24 ? command
					: command.stream().filter(a -> !a.startsWith("--sun-misc")).toList());
			builder.environment().put("DISPLAY", display.name());
			// the product's console, kept for a person to read when the test fails
			Path logs = Path.of(System.getProperty("duizhao.screenshots", "target/screenshots")).resolveSibling("product-logs");
			Files.createDirectories(logs);
			builder.redirectErrorStream(true).redirectOutput(logs.resolve("start-" + System.currentTimeMillis() + ".log").toFile());
			return new Product(builder.start());
		}

		/** SIGKILL: no shutdown hook, no workbench close, exactly a crash. */
		void kill() throws InterruptedException {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
			process.waitFor();
		}
	}
}
