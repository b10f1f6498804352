package org.duizhao.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.duizhao.dsl.io.AtomicFiles;
import org.duizhao.dsl.io.IoMessages;

/**
 * Where a command writes its result, and the rules every writing command keeps: never over its own input, over an
 * existing file only with {@code --force} (and saying so), atomically, keeping the mode and links of what it
 * replaces, and always printing the path it wrote.
 */
final class OutputFile {

	private final Path target;
	private final boolean force;

	OutputFile(Path target, boolean force) {
		this.target = target;
		this.force = force;
	}

	Path path() {
		return target;
	}

	/** Why writing to the target would destroy something, or {@code null} when it is safe. */
	String refusal(Path input) {
		try {
			Path real = AtomicFiles.resolveLinks(target.toAbsolutePath().normalize());
			Path source = AtomicFiles.resolveLinks(input.toAbsolutePath().normalize());
			if (real.equals(source) || Files.exists(real) && Files.exists(source) && Files.isSameFile(real, source)) {
				return CliMessages.bind(CliMessages.OutputIsInput, target);
			}
			if (Files.isDirectory(real)) {
				return IoMessages.bind(IoMessages.TargetIsFolder, target);
			}
			if (AtomicFiles.isSpecial(real)) {
				return IoMessages.bind(IoMessages.NotRegularFile, target);
			}
			if (Files.exists(real) && !force) {
				return CliMessages.bind(CliMessages.OutputExists, target);
			}
			return null;
		} catch (IOException e) {
			return CliMessages.bind(CliMessages.Unwritable, target, IoMessages.reason(e));
		}
	}

	/** Writes atomically; on failure the old file is intact and the message says so. */
	int write(byte[] bytes, PrintStream out, PrintStream err) {
		boolean replacing = Files.exists(target);
		try {
			AtomicFiles.write(target, bytes);
		} catch (IOException | RuntimeException e) {
			err.println(IoMessages.writeFailed(target, replacing, e));
			return Main.UNREADABLE;
		}
		out.println(CliMessages.bind(replacing ? CliMessages.Replaced : CliMessages.Written, target));
		return Main.OK;
	}
}
