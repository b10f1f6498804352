package org.duizhao.dsl.importer;

import java.util.List;

import org.duizhao.dsl.importer.ProblemListImporter.Item;
import org.duizhao.dsl.importer.ProblemListImporter.Result;
import org.duizhao.dsl.importer.ProblemListImporter.Section;
import org.duizhao.dsl.importer.ProblemListImporter.Skipped;
import org.duizhao.dsl.nodes.StringLiteral;
import org.duizhao.dsl.syntax.ReportSyntax;
import org.duizhao.dsl.syntax.ReportSyntax.Keyword;

/** Writes an imported problem list as a .dzlib library, keeping what could not be placed as comments. */
public final class LibraryWriter {

	private LibraryWriter() {
	}

	public static String write(Result result, String title, String source, String profile) {
		StringBuilder sb = new StringBuilder();
		line(sb, ReportSyntax.comment(ImportMessages.bind(ImportMessages.ImportedLibrary, source)));
		line(sb, ReportSyntax.text(Keyword.LIBRARY, title));
		line(sb, ReportSyntax.text(Keyword.SOURCE, source));
		if (profile != null) {
			line(sb, ReportSyntax.name(Keyword.FOLLOWS, profile));
		}
		List<Skipped> skipped = result.skipped();
		if (!skipped.isEmpty()) {
			sb.append('\n');
			line(sb, ReportSyntax.comment(ImportMessages.SkippedLines));
			for (Skipped s : skipped) {
				line(sb, ReportSyntax.comment(s.line() + "：" + s.reason() + "：" + s.text()));
			}
		}
		for (Section section : result.sections()) {
			sb.append('\n');
			if (section.aspect().isEmpty()) {
				line(sb, ReportSyntax.comment(ImportMessages.bind(ImportMessages.UnmatchedHeading, section.heading(), section.line())));
				for (Item item : section.items()) {
					line(sb, ReportSyntax.comment(item.line() + "：" + item.headline() + item.body()));
				}
				continue;
			}
			List<String> items = section.items().stream()
					.map(item -> ReportSyntax.item(Keyword.PROBLEM, null, item.headline(), null)
							+ (item.body().isEmpty() ? "" : "\n\t" + StringLiteral.quoted(item.body())))
					.toList();
			line(sb, ReportSyntax.section(section.aspect().get(), items));
		}
		return sb.toString();
	}

	private static void line(StringBuilder sb, String text) {
		sb.append(text).append('\n');
	}
}
