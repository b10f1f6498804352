package org.duizhao.dsl.importer;

import java.util.List;

import org.duizhao.dsl.importer.ProblemListImporter.Item;
import org.duizhao.dsl.nodes.StringLiteral;
import org.duizhao.dsl.importer.ProblemListImporter.Result;
import org.duizhao.dsl.importer.ProblemListImporter.Section;
import org.duizhao.dsl.importer.ProblemListImporter.Skipped;

/** Writes an imported problem list as a .dzlib library, keeping what could not be placed as comments. */
public final class LibraryWriter {

	private LibraryWriter() {
	}

	public static String write(Result result, String title, String source, String profile) {
		StringBuilder sb = new StringBuilder();
		sb.append("// 由 duizhao import-library 从“").append(comment(source)).append("”导入。\n");
		sb.append("问题库 ").append(StringLiteral.quoted(title)).append('\n');
		sb.append("来源 ").append(StringLiteral.quoted(source)).append('\n');
		if (profile != null) {
			sb.append("依据 ").append(profile).append('\n');
		}
		List<Skipped> skipped = result.skipped();
		if (!skipped.isEmpty()) {
			sb.append("\n// 以下内容没有导入为条目（行号：原因：原文）：\n");
			for (Skipped s : skipped) {
				sb.append("// ").append(s.line()).append("：").append(s.reason()).append("：").append(comment(s.text())).append('\n');
			}
		}
		for (Section section : result.sections()) {
			if (section.aspect().isEmpty()) {
				sb.append("\n// 标题“").append(comment(section.heading())).append("”（第").append(section.line())
						.append("行）无法对应到方面，其下条目未导入：\n");
				for (Item item : section.items()) {
					sb.append("// ").append(item.line()).append("：").append(comment(item.headline() + item.body())).append('\n');
				}
				continue;
			}
			sb.append("\n方面 ").append(section.aspect().get()).append(" {\n");
			for (Item item : section.items()) {
				sb.append("\t问题 ").append(StringLiteral.quoted(item.headline()));
				if (!item.body().isEmpty()) {
					sb.append("\n\t\t").append(StringLiteral.quoted(item.body()));
				}
				sb.append('\n');
			}
			sb.append("}\n");
		}
		return sb.toString();
	}

	/** Text in a // comment: one line, and no way to end the comment early. */
	private static String comment(String text) {
		return text == null ? "" : text.replaceAll("[\\r\\n]+", " ");
	}
}
