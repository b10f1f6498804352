package org.duizhao.ui.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.duizhao.dsl.io.AtomicFiles;
import org.duizhao.dsl.io.TextFiles;
import org.duizhao.ui.internal.DuizhaoUi;

/**
 * Unsaved text kept safe against a crash: every few seconds and whenever the editor loses focus, the text of a
 * report with unsaved changes is written to a recovery folder in the workspace's state; a save or a deliberate close
 * removes it. Whatever is left there at the next start was lost by an abnormal exit and is offered back.
 */
public final class Recovery {

	/** Unsaved text of {@code file}, left behind by an abnormal exit. */
	public record Copy(Path file, String text, Path backup) {
	}

	private Recovery() {
	}

	/** The folder of recovery copies (in the workspace's metadata, so it survives the process). */
	public static Path folder() {
		return DuizhaoUi.getDefault().getStateLocation().toFile().toPath().resolve("recovery");
	}

	/** Writes the unsaved text of {@code file} (its path on the first line, then the text). */
	static void keep(Path file, String text) {
		try {
			AtomicFiles.write(backupOf(file), file.toAbsolutePath() + "\n" + text);
		} catch (IOException e) {
			DuizhaoUi.log("Could not keep a recovery copy of " + file, e);
		}
	}

	static void forget(Path file) {
		try {
			Files.deleteIfExists(backupOf(file));
		} catch (IOException e) {
			DuizhaoUi.log("Could not remove the recovery copy of " + file, e);
		}
	}

	/** The copies left behind, oldest first. */
	public static List<Copy> left() {
		List<Copy> copies = new ArrayList<>();
		if (!Files.isDirectory(folder())) {
			return copies;
		}
		try (Stream<Path> files = Files.list(folder())) {
			for (Path backup : files.filter(p -> p.getFileName().toString().endsWith(".recovery")).sorted().toList()) {
				String content = Files.readString(backup, StandardCharsets.UTF_8);
				int firstLine = content.indexOf('\n');
				if (firstLine > 0) {
					copies.add(new Copy(Path.of(content.substring(0, firstLine)), content.substring(firstLine + 1), backup));
				}
			}
		} catch (IOException e) {
			DuizhaoUi.log("Could not read the recovery folder", e);
		}
		return copies;
	}

	public static void discard(Copy copy) {
		try {
			Files.deleteIfExists(copy.backup());
		} catch (IOException e) {
			DuizhaoUi.log("Could not remove " + copy.backup(), e);
		}
	}

	private static Path backupOf(Path file) {
		String key = TextFiles.hash(file.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
		return folder().resolve(key + ".recovery");
	}
}
