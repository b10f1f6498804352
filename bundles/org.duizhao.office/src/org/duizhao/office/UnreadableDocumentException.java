package org.duizhao.office;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.duizhao.dsl.validation.Messages;

/**
 * An Office file that cannot be read, said in one Chinese line naming the file and the cause (not a Word file,
 * damaged, too large), instead of the library's English exception and stack trace.
 */
public class UnreadableDocumentException extends IOException {

	private static final long serialVersionUID = 1L;

	public UnreadableDocumentException(Path file, Throwable cause) {
		super(describe(file, cause), cause);
	}

	private static String describe(Path file, Throwable cause) {
		String chain = chain(cause).toLowerCase(Locale.ROOT);
		if (chain.contains("notofficexmlfile") || chain.contains("ole2") || chain.contains("zip") && chain.contains("not")
				|| chain.contains("no valid entries") || chain.contains("invalid header")) {
			return Messages.bind(OfficeMessages.NotWord, file);
		}
		if (chain.contains("bomb") || chain.contains("too large") || chain.contains("maxoverride") || chain.contains("outofmemory")
				|| chain.contains("exceed")) {
			return Messages.bind(OfficeMessages.TooLarge, file);
		}
		String reason = chain.contains("doctype") || chain.contains("entity") ? "含有不允许的 XML 声明" : "内容不是有效的 Word 文档";
		return Messages.bind(OfficeMessages.Damaged, file, reason);
	}

	/** The class names and messages of a cause and its causes, to tell what kind of failure it was. */
	private static String chain(Throwable cause) {
		StringBuilder sb = new StringBuilder();
		for (Throwable t = cause; t != null; t = t.getCause()) {
			sb.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append('\n');
		}
		return sb.toString();
	}
}
