package org.duizhao.office;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.duizhao.dsl.export.Block;
import org.duizhao.dsl.export.PlainText;
import org.duizhao.dsl.export.ReportLayout;
import org.duizhao.dsl.export.ReportLayout.Layout;
import org.duizhao.dsl.export.ReportLayout.Numbering;
import org.duizhao.model.Report;

/** A report as the bytes of an exported file: the handed-in DOCX, the ledger XLSX, Markdown or plain text. */
public final class ReportExport {

	/** What a report can be exported to. */
	public enum Format {
		DOCX, XLSX, MD, TXT;

		public String extension() {
			return name().toLowerCase(Locale.ROOT);
		}

		/** The format of an extension (docx, xlsx, md, txt), or {@code null}. */
		public static Format of(String extension) {
			for (Format format : values()) {
				if (format.extension().equalsIgnoreCase(extension)) {
					return format;
				}
			}
			return null;
		}
	}

	private ReportExport() {
	}

	public static byte[] render(Report report, Format format, Layout layout, Numbering numbering) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		if (format == Format.XLSX) {
			LedgerExport.write(report, bytes);
			return bytes.toByteArray();
		}
		List<Block> blocks = ReportLayout.of(report, layout, numbering);
		return switch (format) {
		case DOCX -> {
			DocxExport.write(blocks, bytes);
			yield bytes.toByteArray();
		}
		case MD -> PlainText.markdown(blocks).getBytes(StandardCharsets.UTF_8);
		default -> PlainText.text(blocks).getBytes(StandardCharsets.UTF_8);
		};
	}
}
