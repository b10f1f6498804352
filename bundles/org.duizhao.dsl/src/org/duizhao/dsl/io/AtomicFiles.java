package org.duizhao.dsl.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Writes a file so that a crash, a full disk or a failing write leaves either the old or the new text, never half a
 * report: the bytes go to a temporary file beside the target, are forced to disk, and then replace it in one move.
 * <p>
 * Replacing a file must not change what else people rely on: a symbolic link stays a link (its target is written),
 * and the file keeps its permissions and group, so a report in a shared folder stays readable to colleagues. A new
 * file gets the mode the user's umask gives, as any editor would create it.
 */
public final class AtomicFiles {

	private static final int MAX_LINKS = 40;

	private static volatile UnaryOperator<OutputStream> interceptor = UnaryOperator.identity();

	private AtomicFiles() {
	}

	public static void write(Path target, String text) throws IOException {
		write(target, text.getBytes(StandardCharsets.UTF_8));
	}

	public static void write(Path target, byte[] bytes) throws IOException {
		Path file = resolveLinks(target.toAbsolutePath());
		if (Files.isDirectory(file)) {
			throw new IOException(IoMessages.bind(IoMessages.TargetIsFolder, file));
		}
		if (isSpecial(file)) {
			throw new IOException(IoMessages.bind(IoMessages.NotRegularFile, file));
		}
		Path folder = file.getParent();
		Files.createDirectories(folder);
		PosixFileAttributes existing = posixAttributes(file);
		Path temporary = folder.resolve("." + file.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8) + ".saving");
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				try (OutputStream out = interceptor.apply(Channels.newOutputStream(channel))) {
					out.write(bytes);
					out.flush();
					channel.force(true);
				}
			}
			keepAttributes(existing, temporary);
			try {
				Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/**
	 * The file a path finally names, following symbolic links (also dangling ones, whose target is then created). A
	 * loop of links names no file: writing "through" it would replace the link itself, so it is refused.
	 */
	public static Path resolveLinks(Path path) throws IOException {
		Path current = path;
		for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(current); i++) {
			current = current.getParent().resolve(Files.readSymbolicLink(current)).normalize();
		}
		if (Files.isSymbolicLink(current)) {
			throw new FileSystemException(path.toString(), null, IoMessages.LinkLoop);
		}
		return current;
	}

	/**
	 * Whether the file is there but is neither a regular file nor a folder (a device, a FIFO, a socket): replacing
	 * it by a regular file would break whatever relies on it ({@code /dev/null}), and reading it may never end.
	 */
	public static boolean isSpecial(Path file) {
		return Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file);
	}

	/**
	 * For fault-injection tests only: every write goes through the stream {@code wrapper} returns (one that fails
	 * after half the bytes, say) until the returned handle is closed.
	 */
	public static AutoCloseable interceptWrites(UnaryOperator<OutputStream> wrapper) {
		interceptor = wrapper;
		return () -> interceptor = UnaryOperator.identity();
	}

	/**
	 * For fault-injection tests only: until the handle is closed, every write takes {@code bytes} bytes and then
	 * fails as a full disk does ("No space left on device").
	 */
	public static AutoCloseable simulateFullDiskAfter(long bytes) {
		return interceptWrites(out -> new FilterOutputStream(out) {
			private long left = bytes;

			@Override
			public void write(int b) throws IOException {
				if (left-- <= 0) {
					throw new IOException("No space left on device");
				}
				super.write(b);
			}

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				for (int i = 0; i < len; i++) {
					write(b[off + i]);
				}
			}
		});
	}

	private static PosixFileAttributes posixAttributes(Path file) {
		try {
			PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
			return view == null || !Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? null : view.readAttributes();
		} catch (IOException | UnsupportedOperationException e) {
			return null; // not a POSIX file system (or not readable): nothing to keep
		}
	}

	private static void keepAttributes(PosixFileAttributes existing, Path temporary) throws IOException {
		if (existing == null) {
			return;
		}
		Set<PosixFilePermission> permissions = existing.permissions();
		Files.setPosixFilePermissions(temporary, permissions);
		PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
		GroupPrincipal group = existing.group();
		try {
			if (group != null && !group.equals(view.readAttributes().group())) {
				view.setGroup(group);
			}
			if (!existing.owner().equals(view.readAttributes().owner())) {
				view.setOwner(existing.owner());
			}
		} catch (IOException e) {
			// Only the owner (or root) may hand a file to someone else; the mode is kept all the same.
		}
	}
}
