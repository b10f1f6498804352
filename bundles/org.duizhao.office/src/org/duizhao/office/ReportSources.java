package org.duizhao.office;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.duizhao.dsl.importer.ReportImport;
import org.duizhao.dsl.importer.ReportImporter.Paragraph;
import org.duizhao.dsl.io.TextFiles;

/** The paragraphs of a report to import, whatever it was written in: Word, Markdown or plain text (UTF-8 or GB18030). */
public final class ReportSources {

	/** The file types that can be imported, for file dialogs. */
	public static final List<String> EXTENSIONS = List.of("docx", "txt", "md");

	private ReportSources() {
	}

	public static List<Paragraph> paragraphs(Path source) throws IOException {
		String name = source.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".docx")) {
			return DocxReader.read(source);
		}
		String text = TextFiles.read(source).text();
		return name.endsWith(".md") ? ReportImport.markdown(text) : ReportImport.lines(text);
	}
}
