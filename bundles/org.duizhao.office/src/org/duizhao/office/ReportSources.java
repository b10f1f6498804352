package org.duizhao.office;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.duizhao.dsl.importer.DraftReader.Unit;
import org.duizhao.dsl.importer.Paragraph;
import org.duizhao.dsl.importer.ReportImport;
import org.duizhao.dsl.io.TextFiles;
import org.duizhao.dsl.previous.LastYearReports;

/** The paragraphs of a report to import, whatever it was written in: Word, Markdown or plain text. */
public final class ReportSources {

	/** The file types that can be imported, for file dialogs. */
	public static final List<String> EXTENSIONS = List.of("docx", "txt", "md");

	/** A source's paragraphs and whether they are lines of text or paragraphs of a Word document. */
	public record Source(List<Paragraph> paragraphs, Unit unit) {
	}

	private ReportSources() {
	}

	/**
	 * Lets a report's 上年度整改 name last year's report as a Word file: the language reads .dzr and text files
	 * itself, Word only through this bundle. Front ends call it once when they start.
	 */
	public static void letReportsNameWordFiles() {
		LastYearReports.readWordWith(file -> {
			try {
				return DocxReader.read(file);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	/**
	 * @throws NotARegularFileException for a folder, a device or a pipe (reading one would hang or write beside it)
	 */
	public static Source read(Path source) throws IOException {
		if (Files.exists(source) && !Files.isRegularFile(source)) {
			throw new NotARegularFileException(source);
		}
		String name = source.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".docx")) {
			return new Source(DocxReader.read(source), Unit.PARAGRAPH);
		}
		String text = TextFiles.read(source).text();
		return new Source(name.endsWith(".md") ? ReportImport.markdown(text) : ReportImport.lines(text), Unit.LINE);
	}
}
