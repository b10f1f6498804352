package org.duizhao.dsl.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What each check means and how to fix it, in the order of {@link IssueCodes}: for the guide inside the product
 * and for anything else that explains a finding. The texts are in checks.properties (Chinese).
 */
public final class CheckCatalogue {

	/** One check: its issue code, a short title, what it means, how to fix it. */
	public record Check(String code, String title, String meaning, String fix) {
	}

	private CheckCatalogue() {
	}

	/** The catalogue, read once: hovers ask for it at every mouse rest. */
	private static volatile List<Check> checks;

	/** Every issue code, each with its texts (empty when checks.properties lacks them). */
	public static List<Check> checks() {
		List<Check> read = checks;
		if (read == null) {
			read = List.copyOf(readChecks());
			checks = read;
		}
		return read;
	}

	/** The check of an issue code, if the catalogue has it. */
	public static Optional<Check> check(String code) {
		return checks().stream().filter(c -> c.code().equals(code)).findFirst();
	}

	private static List<Check> readChecks() {
		Properties texts = texts();
		List<Check> result = new ArrayList<>();
		for (String code : codes()) {
			result.add(new Check(code, texts.getProperty(code + ".title", ""), texts.getProperty(code + ".meaning", ""),
					texts.getProperty(code + ".fix", "")));
		}
		return result;
	}

	/** The issue codes IssueCodes declares, in its order. */
	static List<String> codes() {
		List<String> codes = new ArrayList<>();
		for (Field field : IssueCodes.class.getDeclaredFields()) {
			if (Modifier.isPublic(field.getModifiers()) && Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				try {
					String value = (String) field.get(null);
					if (value.startsWith("duizhao.")) {
						codes.add(value);
					}
				} catch (IllegalAccessException e) {
					throw new IllegalStateException(e);
				}
			}
		}
		return codes;
	}

	private static Properties texts() {
		Properties texts = new Properties();
		try (InputStream in = CheckCatalogue.class.getResourceAsStream("checks.properties")) {
			if (in != null) {
				texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return texts;
	}
}
