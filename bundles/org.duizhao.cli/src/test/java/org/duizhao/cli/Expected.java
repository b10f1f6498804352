package org.duizhao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Outputs kept whole in {@code import-expected/} (a person read each when it was written) and compared whole: a
 * changed character anywhere fails. To write them again after a deliberate change, run the tests with
 * {@code DUIZHAO_WRITE_EXPECTED} naming that folder, and read what changed before committing.
 */
final class Expected {

	private Expected() {
	}

	static String text(String name) throws IOException {
		try (InputStream in = Expected.class.getResourceAsStream("/import-expected/" + name)) {
			assertNotNull(in, "no import-expected/" + name);
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** Asserts that {@code actual} is the whole of import-expected/{@code name}. */
	static void assertWhole(String name, String actual) throws IOException {
		String rewrite = System.getenv("DUIZHAO_WRITE_EXPECTED");
		if (rewrite != null) {
			Files.writeString(Path.of(rewrite, name), actual, StandardCharsets.UTF_8);
		}
		assertEquals(text(name), actual, "the whole of " + name);
	}
}
