package org.duizhao.app.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.duizhao.dsl.validation.CheckCatalogue;
import org.duizhao.dsl.validation.CheckCatalogue.Check;

/**
 * The guide inside the product: its sections from guide.properties, the checks from the language's catalogue
 * (so a new check is explained here as soon as it is explained at all).
 */
public final class Guide {

	/** A heading, or a paragraph under it. */
	public record Block(boolean heading, String text) {
	}

	private Guide() {
	}

	public static List<Block> blocks() {
		Properties sections = sections();
		String checkPattern = sections.getProperty("check");
		List<Block> blocks = new ArrayList<>();
		for (int n = 1; sections.containsKey("section" + n + ".title"); n++) {
			blocks.add(new Block(true, sections.getProperty("section" + n + ".title")));
			String text = sections.getProperty("section" + n + ".text", "");
			if (text.equals("{checks}")) {
				for (Check check : CheckCatalogue.checks()) {
					blocks.add(new Block(false, MessageFormat.format(checkPattern, check.title(), check.meaning(), check.fix())));
				}
			} else {
				for (String paragraph : text.split("\n\n")) {
					blocks.add(new Block(false, paragraph));
				}
			}
		}
		return blocks;
	}

	private static Properties sections() {
		Properties sections = new Properties();
		try (InputStream in = Guide.class.getResourceAsStream("guide.properties")) {
			sections.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return sections;
	}
}
