package org.duizhao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;

/**
 * The exported DOCX as an office sees it: rendered to PDF by LibreOffice (installed by the test script) and read back
 * with PDFBox. Page numbers sit right on odd and left on even pages, and no page holds more than 22 lines of text.
 * PNGs of the first two pages go to target/renderings for people to look at.
 */
class RenderingTest {

	/** Points per millimetre. */
	private static final float MM = 72f / 25.4f;

	@Test
	void theExportedDocumentRendersWithTheStandardsPageNumbersAndLines(@TempDir Path dir) throws Exception {
		Path soffice = Path.of("/usr/bin/soffice");
		Assumptions.assumeTrue(Files.isExecutable(soffice), "LibreOffice is not installed (releng/test.sh installs it)");
		Path report = ExportCommandTest.example(dir);
		assertEquals(Main.OK, Cli.run("export", report.toString(), "--to", "docx").exit());
		Path pdf = render(soffice, dir.resolve(report.getFileName().toString().replace(".dzr", ".docx")), dir);
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			int pages = document.getNumberOfPages();
			assertTrue(pages >= 3, "the example fills several pages: " + pages);
			int fullPages = 0;
			List<Integer> counts = new ArrayList<>();
			for (int page = 1; page <= pages; page++) {
				Lines lines = lines(document, page);
				String number = "— " + page + " —";
				assertEquals(number, lines.footer.text.toString().replace(" ", " ").strip(), "page " + page);
				float width = document.getPage(page - 1).getMediaBox().getWidth();
				if (page % 2 == 1) {
					assertTrue(lines.footer.minX > width / 2, "odd page " + page + ": number at the right");
				} else {
					assertTrue(lines.footer.maxX < width / 2, "even page " + page + ": number at the left");
				}
				assertTrue(lines.bodyLines <= 22, "page " + page + " has " + lines.bodyLines + " lines");
				fullPages += lines.bodyLines == 22 ? 1 : 0;
				counts.add(lines.bodyLines);
			}
			assertTrue(fullPages >= 1, "a full page holds exactly 22 lines (29 pt spacing would give 21): " + counts);
			Path renderings = Files.createDirectories(Path.of(System.getProperty("duizhao.renderings", "target/renderings")));
			PDFRenderer renderer = new PDFRenderer(document);
			for (int page = 0; page < 2; page++) {
				BufferedImage image = renderer.renderImageWithDPI(page, 60);
				ImageIO.write(image, "png", renderings.resolve("exported-page-" + (page + 1) + ".png").toFile());
			}
		}
	}

	/** Words a title line must not end inside (an independent list: the exporter has its own). */
	private static final List<String> TITLE_WORDS = List.of("对照检查材料", "民主生活会", "组织生活会", "主题教育");
	private static final Pattern HEADING_LINE = Pattern
			.compile("^(?:[一二三四五六七八九十]+、[^。]{1,20}|（[一二三四五六七八九十]+）[^。]{1,40})$");

	/** Every example as handed in: no page ends with a heading, and the title breaks at a word. */
	@Test
	void headingsStayWithTheirTextAndTitlesBreakAtWords(@TempDir Path dir) throws Exception {
		Path soffice = Path.of("/usr/bin/soffice");
		Assumptions.assumeTrue(Files.isExecutable(soffice), "LibreOffice is not installed (releng/test.sh installs it)");
		List<Path> examples;
		try (var walk = Files.walk(ExportCommandTest.EXAMPLES)) {
			examples = walk.filter(p -> p.toString().endsWith(".dzr")).sorted().toList();
		}
		assertTrue(examples.size() >= 3, examples.toString());
		int checkedPages = 0;
		for (Path example : examples) {
			Path docx = dir.resolve(example.getFileName().toString().replace(".dzr", ".docx"));
			Cli.Run exported = Cli.run("export", example.toString(), "--to", "docx", "-o", docx.toString());
			if (exported.exit() != Main.OK) {
				continue; // the faulty example is refused (it has errors)
			}
			Path pdf = render(soffice, docx, dir);
			try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
				for (int page = 1; page <= document.getNumberOfPages(); page++) {
					List<String> lines = textLines(document, page, 0);
					String last = lines.get(lines.size() - 1);
					assertTrue(!HEADING_LINE.matcher(last).matches(), example.getFileName() + " page " + page + " ends with the heading " + last);
					checkedPages++;
				}
				List<String> title = textLines(document, 1, 20);
				String joined = String.join("", title);
				int end = 0;
				for (int i = 0; i + 1 < title.size(); i++) {
					end += title.get(i).length();
					for (String word : TITLE_WORDS) {
						for (int at = joined.indexOf(word); at >= 0; at = joined.indexOf(word, at + 1)) {
							int breakAt = end;
							assertTrue(breakAt <= at || breakAt >= at + word.length(), example.getFileName() + ": the title breaks inside " + word + ": " + title);
						}
					}
				}
			}
		}
		assertTrue(checkedPages >= 3, "pages were checked: " + checkedPages);
	}

	/** The lines of text in the text block of a page, top to bottom; with {@code minSize}, only type that large. */
	private static List<String> textLines(PDDocument document, int page, float minSize) throws IOException {
		float height = document.getPage(page - 1).getMediaBox().getHeight();
		float blockBottom = height - 35 * MM;
		TreeMap<Integer, StringBuilder> byBaseline = new TreeMap<>();
		PDFTextStripper stripper = new PDFTextStripper() {
			@Override
			protected void processTextPosition(TextPosition text) {
				float y = text.getYDirAdj();
				if (y <= blockBottom + 2 * MM && !text.getUnicode().isBlank() && text.getFontSizeInPt() >= minSize) {
					int line = Math.round(y);
					Integer near = byBaseline.floorKey(line + 6);
					int key = near != null && line - near <= 6 && near - line <= 6 ? near : line;
					byBaseline.computeIfAbsent(key, k -> new StringBuilder()).append(text.getUnicode());
				}
			}
		};
		stripper.setSortByPosition(true);
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		stripper.getText(document);
		return byBaseline.values().stream().map(StringBuilder::toString).toList();
	}

	private static Path render(Path soffice, Path docx, Path dir) throws IOException, InterruptedException {
		List<String> command = List.of(soffice.toString(), "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(), "--headless",
				"--convert-to", "pdf", "--outdir", dir.toString(), docx.toString());
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
		assertTrue(process.waitFor(180, TimeUnit.SECONDS), "LibreOffice did not finish");
		Path pdf = dir.resolve(docx.getFileName().toString().replace(".docx", ".pdf"));
		assertTrue(Files.exists(pdf), Files.readString(dir.resolve("soffice.log")));
		return pdf;
	}

	/** The footer's text and extent, and the number of text lines inside the text block. */
	private static final class Lines {
		final Footer footer = new Footer();
		int bodyLines;
	}

	private static final class Footer {
		final StringBuilder text = new StringBuilder();
		float minX = Float.MAX_VALUE;
		float maxX = 0;
	}

	private static Lines lines(PDDocument document, int page) throws IOException {
		float height = document.getPage(page - 1).getMediaBox().getHeight();
		float blockBottom = height - 35 * MM;
		Lines result = new Lines();
		TreeSet<Integer> baselines = new TreeSet<>();
		List<TextPosition> footer = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper() {
			@Override
			protected void processTextPosition(TextPosition text) {
				float y = text.getYDirAdj(); // from the top of the page
				if (y > blockBottom + 2 * MM) {
					footer.add(text);
				} else if (!text.getUnicode().isBlank()) {
					baselines.add(Math.round(y));
				}
			}
		};
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		stripper.getText(document);
		footer.sort((a, b) -> Float.compare(a.getXDirAdj(), b.getXDirAdj()));
		for (TextPosition t : footer) {
			result.footer.text.append(t.getUnicode());
			if (!t.getUnicode().isBlank()) {
				result.footer.minX = Math.min(result.footer.minX, t.getXDirAdj());
				result.footer.maxX = Math.max(result.footer.maxX, t.getXDirAdj() + t.getWidthDirAdj());
			}
		}
		result.bodyLines = countLines(baselines);
		return result;
	}

	/** Baselines closer than a few points are one line (a heading run and a body run of the same line). */
	private static int countLines(TreeSet<Integer> baselines) {
		int lines = 0;
		int last = -1000;
		for (int y : baselines) {
			if (y - last > 6) {
				lines++;
			}
			last = y;
		}
		return lines;
	}
}
