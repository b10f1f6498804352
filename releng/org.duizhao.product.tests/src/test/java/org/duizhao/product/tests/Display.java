package org.duizhao.product.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** An X display of the test's own (Xvfb, a free number chosen by the server), and xdotool run against it. */
final class Display {

	private final Process server;
	private final String name;

	private Display(Process server, String name) {
		this.server = server;
		this.name = name;
	}

	static Display start() throws IOException {
		Process server = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
				.redirectError(ProcessBuilder.Redirect.DISCARD).start();
		BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
		String number = out.readLine();
		if (number == null) {
			throw new IOException("Xvfb did not start (is the xvfb package installed?)");
		}
		return new Display(server, ":" + number.strip());
	}

	String name() {
		return name;
	}

	void stop() {
		server.destroy();
	}

	/**
	 * The id of the first visible window whose title contains {@code title}, waiting up to a minute for it. Asked
	 * again and again rather than with xdotool's --sync, which fails outright when a window closes while it looks
	 * through the tree (a dialog going away, GTK's own short-lived windows).
	 */
	String waitForWindow(String title) throws Exception {
		return Waiting.until("a window titled " + title + " on " + name, 60_000,
				() -> attempt("xdotool", "search", "--onlyvisible", "--name", title).stream().filter(line -> line.matches("\\d+")).findFirst()
						.orElse(null));
	}


	/** Runs a command on this display; its output lines. */
	List<String> run(String... command) throws IOException, InterruptedException {
		List<String> lines = new ArrayList<>();
		if (execute(lines, command) != 0) {
			throw new AssertionError(String.join(" ", command) + " failed: " + lines);
		}
		return lines;
	}

	/** Runs a command on this display; its output lines, whether it succeeded or not. */
	List<String> attempt(String... command) throws IOException, InterruptedException {
		List<String> lines = new ArrayList<>();
		execute(lines, command);
		return lines;
	}

	private int execute(List<String> lines, String... command) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("DISPLAY", name);
		Process process = builder.start();
		try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = out.readLine(); line != null; line = out.readLine()) {
				lines.add(line);
			}
		}
		if (!process.waitFor(90, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			return -1;
		}
		return process.exitValue();
	}

	/**
	 * A screenshot of the whole display into target/screenshots, taken by a small Java program run on this display
	 * (java.awt.Robot), so that a person can see what the test saw.
	 */
	void screenshot(String fileName) throws IOException, InterruptedException {
		Path folder = Path.of(System.getProperty("duizhao.screenshots", "target/screenshots"));
		Files.createDirectories(folder);
		Path program = Files.createTempDirectory("screenshot").resolve("Screenshot.java");
		Files.writeString(program, """
				import java.awt.*; import java.io.File; import javax.imageio.ImageIO;
				public class Screenshot { public static void main(String[] a) throws Exception {
				  Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
				  ImageIO.write(new Robot().createScreenCapture(screen), "png", new File(a[0])); } }
				""");
		run(Path.of(System.getProperty("java.home"), "bin", "java").toString(), program.toString(), folder.resolve(fileName).toString());
		Files.delete(program);
		Files.delete(program.getParent());
	}
}
