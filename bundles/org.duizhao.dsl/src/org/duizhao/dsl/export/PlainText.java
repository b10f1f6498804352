package org.duizhao.dsl.export;

import java.util.List;

/** A laid-out report as plain text (a paragraph a line, body indented two full-width spaces) or as Markdown. */
public final class PlainText {

	private static final String INDENT = "\u3000\u3000";
	/** As wide as 附件：, for the names after the first. */
	private static final String ATTACHMENT_INDENT = "\u3000\u3000\u3000";

	private PlainText() {
	}

	public static String text(List<Block> blocks) {
		StringBuilder out = new StringBuilder();
		for (Block block : blocks) {
			switch (block.kind()) {
			case TITLE, SUBTITLE, HEADING1, SIGNATURE -> out.append(block.plain());
			case HEADING2, HEADING3, BODY -> out.append(INDENT).append(block.plain());
			// 附件： two characters in after a blank line, the later names under the first
			case ATTACHMENT -> out.append(block.number() == null ? INDENT + ATTACHMENT_INDENT : "\n" + INDENT).append(block.plain());
			}
			out.append('\n');
			if (block.kind() == Block.Kind.TITLE || block.kind() == Block.Kind.SUBTITLE) {
				out.append('\n');
			}
		}
		return out.toString();
	}

	public static String markdown(List<Block> blocks) {
		StringBuilder out = new StringBuilder();
		for (Block block : blocks) {
			String prefix = switch (block.kind()) {
			case TITLE -> "# ";
			case HEADING1 -> "## ";
			case HEADING2 -> block.lead() == null ? "### " : "";
			default -> "";
			};
			out.append(prefix).append(block.plain().replace("*", "\\*")).append("\n\n");
		}
		return out.toString();
	}
}
