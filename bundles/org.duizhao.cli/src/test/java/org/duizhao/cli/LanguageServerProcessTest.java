package org.duizhao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code duizhao lsp} as a client meets it: a separate process whose stdout carries protocol messages and nothing
 * else, whatever the client sends, and whose stderr has one line per logged event, no stack traces.
 */
class LanguageServerProcessTest {

	@TempDir
	Path folder;

	@Test
	void badRequestsAndGarbageGetLspErrorsAndStdoutStaysPureProtocol() throws Exception {
		// a loop of links in the workspace folder must not fail the indexing and with it initialize
		Files.createSymbolicLink(folder.resolve("a.dzr"), Path.of("b.dzr"));
		Files.createSymbolicLink(folder.resolve("b.dzr"), Path.of("a.dzr"));
		Process server = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp", System.getProperty("java.class.path"),
				"org.duizhao.cli.Main", "lsp", "--libraries", folder.toString()).start();
		ByteArrayOutputStream stdout = new ByteArrayOutputStream();
		CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> copy(server.getInputStream(), stdout));
		CompletableFuture<byte[]> stderr = readAll(server.getErrorStream());
		try (OutputStream in = server.getOutputStream()) {
			send(in, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"rootUri\":\"" + folder.toUri() + "\",\"capabilities\":{}}}");
			send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
			String missing = folder.resolve("没有这个文件.dzr").toUri().toString();
			send(in, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/documentSymbol\",\"params\":{\"textDocument\":{\"uri\":\"" + missing + "\"}}}");
			send(in, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"duizhao/submissionCheck\",\"params\":{}}");
			send(in, "this is not json");
			send(in, "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"shutdown\"}");
			// exit ends the process at once: only after every request is answered
			Waiting.until("every request answered", 60_000, () -> answered(stdout, 1, 2, 3, 4));
			send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
		}
		assertTrue(server.waitFor(60, TimeUnit.SECONDS), "the server ends after exit");
		reading.get(10, TimeUnit.SECONDS);
		List<JsonObject> messages = frames(snapshot(stdout));
		String errors = new String(stderr.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8);

		assertNotNull(response(messages, 1).get("result"), "initialize answered");
		JsonObject submission = response(messages, 3);
		assertEquals("duizhao/submissionCheck 需要参数 uri（要检查的文档）", submission.getAsJsonObject("error").get("message").getAsString());
		assertEquals("无法读取 " + folder.resolve("没有这个文件.dzr") + "：文件不存在", response(messages, 2).getAsJsonObject("error").get("message").getAsString());
		assertFalse(response(messages, 2).getAsJsonObject("error").has("data"), "no stack trace in the answer");
		assertNotNull(response(messages, 4), "shutdown answered");
		assertFalse(errors.contains("\tat "), "no stack traces on stderr:\n" + errors);
		for (String line : errors.split("\n")) {
			assertTrue(line.isBlank() || line.startsWith("duizhao lsp: "), "one line per event on stderr: " + line);
		}
	}

	/** Whether responses with all these ids stand on stdout so far. */
	private static boolean answered(ByteArrayOutputStream stdout, int... ids) {
		String text = new String(snapshot(stdout), StandardCharsets.UTF_8);
		for (int id : ids) {
			if (!text.contains("\"id\":" + id + ",")) {
				return false;
			}
		}
		return true;
	}

	private static byte[] snapshot(ByteArrayOutputStream stdout) {
		synchronized (stdout) {
			return stdout.toByteArray();
		}
	}

	private static void copy(InputStream from, ByteArrayOutputStream to) {
		byte[] buffer = new byte[8192];
		try (from) {
			for (int n = from.read(buffer); n >= 0; n = from.read(buffer)) {
				synchronized (to) {
					to.write(buffer, 0, n);
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void send(OutputStream in, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		in.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		in.write(body);
		in.flush();
	}

	/** Every message on stdout; fails when anything but a well-formed frame stands there. */
	private static List<JsonObject> frames(byte[] bytes) {
		List<JsonObject> messages = new ArrayList<>();
		int at = 0;
		while (at < bytes.length) {
			String rest = new String(bytes, at, Math.min(64, bytes.length - at), StandardCharsets.US_ASCII);
			assertTrue(rest.startsWith("Content-Length: "), "stdout holds only LSP frames, found: " + new String(bytes, at, bytes.length - at, StandardCharsets.UTF_8));
			int headerEnd = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), at);
			int length = Integer.parseInt(new String(bytes, at + 16, headerEnd - at - 16, StandardCharsets.US_ASCII).trim());
			messages.add(JsonParser.parseString(new String(bytes, headerEnd + 4, length, StandardCharsets.UTF_8)).getAsJsonObject());
			at = headerEnd + 4 + length;
		}
		return messages;
	}

	private static JsonObject response(List<JsonObject> messages, int id) {
		return messages.stream().filter(m -> m.has("id") && !m.has("method") && m.get("id").getAsInt() == id).findFirst()
				.orElseThrow(() -> new AssertionError("no response " + id + " in " + messages));
	}

	private static int indexOf(byte[] bytes, byte[] part, int from) {
		for (int i = from; i <= bytes.length - part.length; i++) {
			if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
				return i;
			}
		}
		throw new AssertionError("a frame header without its end");
	}

	private static CompletableFuture<byte[]> readAll(InputStream stream) {
		return CompletableFuture.supplyAsync(() -> {
			try (stream) {
				ByteArrayOutputStream all = new ByteArrayOutputStream();
				stream.transferTo(all);
				return all.toByteArray();
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}
}
