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
import org.duizhao.ui.internal.DuizhaoUi;

/**
 * One Duizhao Studio per workspace: a second start (a double-click on another .dzr) hands its files to the running
 * one, which opens them, instead of starting a second workbench on the same workspace. The running one listens on
 * a loopback port written, with a random token, to a file in the workspace that only its owner can read.
 */
final class RunningInstance implements AutoCloseable {

	private static final int TIMEOUT_MILLIS = 3_000;
	private static final String CANNOT_LISTEN = "Second starts cannot hand their files to this one";

	private final Path portFile;
	/** Set once the port is open and its file written; null before, and for good when either failed. */
	private ServerSocket server;
	private boolean closed;

	private RunningInstance(Path portFile) {
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

	/**
	 * Starts listening on a thread of its own; each list of files received is given to {@code open} (on that thread).
	 * Opening the port, drawing the token and writing the port file load the JDK's networking and its random source:
	 * work the first paint of the editor need not wait for.
	 */
	static RunningInstance listen(Path portFile, Consumer<List<Path>> open) {
		RunningInstance instance = new RunningInstance(portFile);
		Thread thread = new Thread(() -> instance.listenAndServe(open), "Duizhao Studio: files from a second start");
		thread.setDaemon(true);
		thread.start();
		return instance;
	}

	private void listenAndServe(Consumer<List<Path>> open) {
		ServerSocket opened;
		String token;
		try {
			opened = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
			byte[] secret = new byte[16];
			new SecureRandom().nextBytes(secret);
			token = HexFormat.of().formatHex(secret);
		} catch (IOException | RuntimeException e) {
			DuizhaoUi.log(CANNOT_LISTEN, e);
			return;
		}
		synchronized (this) {
			try {
				if (closed) {
					closeQuietly(opened);
					return; // closed while the port was opening: no port file of ours
				}
				writePortFile(opened.getLocalPort(), token);
				server = opened;
			} catch (IOException | RuntimeException e) {
				DuizhaoUi.log(CANNOT_LISTEN, e);
				closeQuietly(opened);
				return;
			}
		}
		serve(opened, token, open);
	}

	private void writePortFile(int port, String token) throws IOException {
		Files.createDirectories(portFile.getParent());
		AtomicFiles.write(portFile, (port + " " + token).getBytes(StandardCharsets.UTF_8));
		try {
			Files.setPosixFilePermissions(portFile, PosixFilePermissions.fromString("rw-------"));
		} catch (UnsupportedOperationException e) {
			// Windows: the file is in the user's own profile
		}
	}

	private static void serve(ServerSocket server, String token, Consumer<List<Path>> open) {
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
	public synchronized void close() {
		closed = true;
		if (server == null) {
			return; // the port is not open yet (the listener sees closed) or never was: no port file of ours
		}
		closeQuietly(server);
		try {
			Files.deleteIfExists(portFile);
		} catch (IOException e) {
			// a stale port file only costs the next start a refused connection
		}
	}

	private static void closeQuietly(ServerSocket socket) {
		try {
			socket.close();
		} catch (IOException e) {
			// nothing listens on it any more either way
		}
	}
}
