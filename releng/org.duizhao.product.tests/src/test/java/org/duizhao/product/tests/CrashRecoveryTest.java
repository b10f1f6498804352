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
			// Return goes to the default button (恢复) once GTK has given it the focus: pressed until the offer is gone.
			// Each press is given two seconds to close it, so that no second Return reaches the editor.
			Waiting.until("the offer accepted", 60_000, () -> {
				display.attempt("xdotool", "windowfocus", "--sync", offer);
				display.attempt("xdotool", "key", "Return");
				return Waiting.within(2_000, () -> display.attempt("xdotool", "search", "--onlyvisible", "--name", "恢复未保存的修改").stream()
						.noneMatch(line -> line.matches("\\d+")));
			});
			String window = display.waitForWindow("Duizhao Studio");
			try {
				// The restored text is put into the editor after it opens; until then Ctrl+S has nothing to save.
				Waiting.until("the restored change saved", 60_000, () -> {
					display.attempt("xdotool", "windowfocus", "--sync", window);
					display.attempt("xdotool", "key", "ctrl+s");
					return Files.readString(report, StandardCharsets.UTF_8).contains(TYPED);
				});
				display.screenshot("restored.png");
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
			Waiting.until("a save leaves no recovery copy behind", 60_000, () -> recoveryCopies().findAny().isEmpty());
		} finally {
			second.kill();
		}
		String saved = Files.readString(report, StandardCharsets.UTF_8);
		assertTrue(saved.startsWith(TYPED), "the typed text came back");
		assertEquals(original, saved.replaceFirst("^(" + TYPED + ")+", ""), "and nothing else changed");
	}

	/** Whether a recovery copy holds {@code text}, waiting up to {@code millis} for one to. */
	private boolean recoveryCopyHolds(String text, long millis) throws Exception {
		return Waiting.within(millis, () -> recoveryCopies().anyMatch(copy -> {
			try {
				return Files.readString(copy, StandardCharsets.UTF_8).contains(text);
			} catch (IOException e) {
				return false;
			}
		}));
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
