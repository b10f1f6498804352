package org.duizhao.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

import org.duizhao.dsl.io.AtomicFiles;

/**
 * One Duizhao Studio per workspace: a second start (a double-click on another .dzr) hands its files to the running
 * one, which opens them, instead of starting a second workbench on the same workspace. The running one listens on
 * a loopback port written, with a random token, to a file in the workspace that only its owner can read.
 */
final class RunningInstance implements AutoCloseable {

	private static final int TIMEOUT_MILLIS = 3_000;

	private final ServerSocket server;
	private final Path portFile;

	private RunningInstance(ServerSocket server, Path portFile) {
		this.server = server;
		this.portFile = portFile;
	}

	/**
	 * Hands {@code files} to the instance that owns {@code portFile}; whether one took them. {@code false} also when
	 * the file is stale (an instance that crashed).
	 */
	static boolean handOver(Path portFile, List<Path> files) {
		try {
			String[] portAndToken = Files.readString(portFile).strip().split(" ");
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(portAndToken[0])), TIMEOUT_MILLIS);
				socket.setSoTimeout(TIMEOUT_MILLIS);
				Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
				out.write(portAndToken[1] + "\n");
				for (Path file : files) {
					out.write(file.toString() + "\n");
				}
				out.write("\n");
				out.flush();
				String answer = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)).readLine();
				return "ok".equals(answer);
			}
		} catch (IOException | RuntimeException e) {
			return false;
		}
	}

	/** Starts listening; each list of files received is given to {@code open} (on the listener's thread). */
	static RunningInstance listen(Path portFile, Consumer<List<Path>> open) throws IOException {
		ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
		Files.createDirectories(portFile.getParent());
		AtomicFiles.write(portFile, (server.getLocalPort() + " " + token).getBytes(StandardCharsets.UTF_8));
		try {
			Files.setPosixFilePermissions(portFile, PosixFilePermissions.fromString("rw-------"));
		} catch (UnsupportedOperationException e) {
			// Windows: the file is in the user's own profile
		}
		RunningInstance instance = new RunningInstance(server, portFile);
		Thread thread = new Thread(() -> instance.serve(token, open), "Duizhao Studio: files from a second start");
		thread.setDaemon(true);
		thread.start();
		return instance;
	}

	private void serve(String token, Consumer<List<Path>> open) {
		while (!server.isClosed()) {
			try (Socket socket = server.accept()) {
				socket.setSoTimeout(TIMEOUT_MILLIS);
				BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
				if (!token.equals(in.readLine())) {
					continue;
				}
				List<Path> files = new ArrayList<>();
				for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
					files.add(Path.of(line));
				}
				open.accept(files);
				socket.getOutputStream().write("ok\n".getBytes(StandardCharsets.UTF_8));
			} catch (IOException | RuntimeException e) {
				// a client that went away or sent nonsense; keep listening
			}
		}
	}

	/** Stops listening and removes the port file, so the next start does not try to reach this one. */
	@Override
	public void close() {
		try {
			server.close();
			Files.deleteIfExists(portFile);
		} catch (IOException e) {
			// a stale port file only costs the next start a refused connection
		}
	}
}
