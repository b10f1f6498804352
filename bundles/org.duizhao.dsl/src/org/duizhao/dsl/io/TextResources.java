package org.duizhao.dsl.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Parses a document's text, decoded already ({@link TextFiles}), into its resource. The editor's analysis, the command
 * line and the language server all parse this way, so a file's bytes are decoded once, by one rule, whatever its
 * encoding on disk.
 */
public final class TextResources {

	private TextResources() {
	}

	public static void parse(Resource resource, String text) {
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new UncheckedIOException(e); // cannot happen for an in-memory stream
		}
	}
}
