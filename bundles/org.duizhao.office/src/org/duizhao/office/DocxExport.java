package org.duizhao.office;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.duizhao.dsl.export.Block;
import org.duizhao.dsl.export.TitleLines;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;

/**
 * The document that is handed in, laid out per GB/T 9704-2012: A4; margins 37/35/28/26 mm (top, bottom, left,
 * right); body 3号 仿宋_GB2312 with a first-line indent of two characters; exactly 22 lines on the 225 mm text block
 * (fixed spacing 28.95 pt and a document grid that agrees); title 2号 方正小标宋简体 centred; 一、 黑体, （一） 楷体;
 * page numbers 4号 宋体 as “— 1 —”, odd pages right and even pages left, one character in. Heading numbers are text,
 * not Word list numbering, so Word, WPS and LibreOffice show the same.
 */
public final class DocxExport {

	/** Twentieths of a point per millimetre. */
	private static final double TWIPS_PER_MM = 1440 / 25.4;
	static final int PAGE_WIDTH = 11906;
	static final int PAGE_HEIGHT = 16838;
	static final int MARGIN_TOP = mm(37);
	static final int MARGIN_BOTTOM = mm(35);
	static final int MARGIN_LEFT = mm(28);
	static final int MARGIN_RIGHT = mm(26);
	/** 28.95 pt: 22 lines fill the 225 mm text block (29 pt would leave room for only 21). */
	static final int LINE_PITCH = 579;
	/** Half-points: 3号 = 16 pt, 2号 = 22 pt, 4号 = 14 pt. */
	static final int SIZE_3 = 32;
	static final int SIZE_2 = 44;
	static final int SIZE_4 = 28;
	/** Two characters of 3号 body text. */
	private static final int INDENT_2_CHARS = 640;
	/** 附件： — three characters of 3号 body text. */
	private static final int ATTACHMENT_LABEL = 960;
	/** 1. — two half-width characters of 3号 body text. */
	private static final int ATTACHMENT_NUMBER = 320;
	/** One character of 4号 page-number text. */
	private static final int ONE_CHAR_4 = 280;

	private final XWPFDocument document = new XWPFDocument();
	/** Whether the signature's first line is written (a blank line goes before it, none between its lines). */
	private boolean signing;

	private DocxExport() {
	}

	public static void write(List<Block> blocks, OutputStream out) throws IOException {
		DocxExport export = new DocxExport();
		export.page();
		for (Block block : blocks) {
			export.block(block);
		}
		export.pageNumbers();
		export.fontTable();
		export.document.write(out);
		export.document.close();
	}

	private static int mm(double millimetres) {
		return (int) Math.round(millimetres * TWIPS_PER_MM);
	}

	private void page() {
		CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
				: document.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(PAGE_WIDTH));
		size.setH(BigInteger.valueOf(PAGE_HEIGHT));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(MARGIN_TOP));
		margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
		margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
		margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
		margins.setHeader(BigInteger.valueOf(mm(15)));
		// The page number sits 7 mm below the text block: its baseline about 24 mm above the page's edge.
		margins.setFooter(BigInteger.valueOf(mm(23)));
		margins.setGutter(BigInteger.ZERO);
		CTDocGrid grid = section.addNewDocGrid();
		grid.setType(STDocGrid.LINES);
		grid.setLinePitch(BigInteger.valueOf(LINE_PITCH));
	}

	private void block(Block block) {
		switch (block.kind()) {
		case TITLE -> {
			XWPFParagraph p = paragraph(ParagraphAlignment.CENTER, false);
			List<String> lines = TitleLines.of(block.plain());
			for (int i = 0; i < lines.size(); i++) {
				XWPFRun run = run(p, lines.get(i), Fonts.TITLE, SIZE_2);
				if (i + 1 < lines.size()) {
					run.addBreak(); // at a word, not where the line happens to fill
				}
			}
		}
		case SUBTITLE -> run(paragraph(ParagraphAlignment.CENTER, false), block.plain(), Fonts.BODY, SIZE_3);
		case HEADING1 -> run(keptWithNext(paragraph(ParagraphAlignment.BOTH, true)), block.plain(), Fonts.HEADING1, SIZE_3);
		case HEADING2 -> {
			XWPFParagraph p = paragraph(ParagraphAlignment.BOTH, true);
			if (block.lead() == null) {
				keptWithNext(p); // （一）在理论学习方面 on a line of its own
			}
			run(p, block.number() + (block.lead() == null ? block.text() : block.lead()), Fonts.HEADING2, SIZE_3);
			if (block.lead() != null && !block.text().isEmpty()) {
				run(p, block.text(), Fonts.BODY, SIZE_3);
			}
		}
		case HEADING3, BODY -> run(paragraph(ParagraphAlignment.BOTH, true), block.plain(), Fonts.BODY, SIZE_3);
		case ATTACHMENT -> attachment(block);
		case SIGNATURE -> {
			if (!signing) {
				// 在正文（或附件说明）下空一行编排发文机关署名 (GB/T 9704 7.3.5.2)
				paragraph(ParagraphAlignment.LEFT, false);
				signing = true;
			}
			XWPFParagraph p = paragraph(ParagraphAlignment.RIGHT, false);
			p.setIndentationRight(2 * INDENT_2_CHARS); // 落款右空四字
			run(p, block.plain(), Fonts.BODY, SIZE_3);
		}
		}
		if (block.kind() == Block.Kind.TITLE || block.kind() == Block.Kind.SUBTITLE) {
			paragraph(ParagraphAlignment.CENTER, false); // a blank line under the title
		}
	}

	/**
	 * 附件说明: a blank line under the text, then 附件： two characters in; the names after the first start under its
	 * number, and a name that runs over goes on under its first character (GB/T 9704 7.3.4).
	 */
	private void attachment(Block block) {
		boolean first = block.number() != null;
		int number = block.lead() == null ? 0 : ATTACHMENT_NUMBER;
		if (first) {
			paragraph(ParagraphAlignment.LEFT, false);
		}
		XWPFParagraph p = paragraph(ParagraphAlignment.BOTH, false);
		CTInd ind = p.getCTP().getPPr().addNewInd();
		ind.setLeft(BigInteger.valueOf(INDENT_2_CHARS + ATTACHMENT_LABEL + number));
		ind.setHanging(BigInteger.valueOf((first ? ATTACHMENT_LABEL : 0) + number));
		run(p, block.plain(), Fonts.BODY, SIZE_3);
	}

	private XWPFParagraph paragraph(ParagraphAlignment alignment, boolean indent) {
		XWPFParagraph p = document.createParagraph();
		p.setAlignment(alignment);
		CTPPr properties = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
		CTSpacing spacing = properties.addNewSpacing();
		spacing.setBefore(BigInteger.ZERO);
		spacing.setAfter(BigInteger.ZERO);
		spacing.setLine(BigInteger.valueOf(LINE_PITCH));
		spacing.setLineRule(STLineSpacingRule.EXACT);
		// Every page holds its 22 lines: no line is pushed over to keep a paragraph's first or last line company.
		properties.addNewWidowControl().setVal(STOnOff1.OFF);
		if (indent) {
			CTInd ind = properties.addNewInd();
			ind.setFirstLineChars(BigInteger.valueOf(200));
			ind.setFirstLine(BigInteger.valueOf(INDENT_2_CHARS));
		}
		return p;
	}

	/**
	 * A heading never ends a page: it goes over with the paragraph it heads. (Widow control stays off for body text,
	 * so that full pages still hold their 22 lines.)
	 */
	private static XWPFParagraph keptWithNext(XWPFParagraph p) {
		p.getCTP().getPPr().addNewKeepNext();
		return p;
	}

	/** A run with its font set for every script: Word and WPS otherwise set quotes and dashes in the Latin font. */
	static XWPFRun run(XWPFParagraph p, String text, Fonts font, int halfPoints) {
		XWPFRun run = p.createRun();
		run.setText(text);
		style(run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr(), font, halfPoints);
		return run;
	}

	private static void style(CTRPr properties, Fonts font, int halfPoints) {
		CTFonts fonts = properties.addNewRFonts();
		fonts.setAscii(font.name);
		fonts.setHAnsi(font.name);
		fonts.setEastAsia(font.name);
		fonts.setCs(font.name);
		fonts.setHint(STHint.EAST_ASIA);
		properties.addNewSz().setVal(BigInteger.valueOf(halfPoints));
		properties.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
	}

	/** “— 1 —”: odd pages at the right, even pages at the left, each one character in from the edge of the text. */
	private void pageNumbers() {
		pageNumber(document.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
		pageNumber(document.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
		// Without this setting Word shows the odd-page footer on every page; POI's createFooter(EVEN) does not set it.
		document.setEvenAndOddHeadings(true);
	}

	private static void pageNumber(XWPFFooter footer, ParagraphAlignment alignment) {
		XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
		p.setAlignment(alignment);
		if (alignment == ParagraphAlignment.RIGHT) {
			p.setIndentationRight(ONE_CHAR_4);
		} else {
			p.setIndentationLeft(ONE_CHAR_4);
		}
		run(p, "— ", Fonts.PAGE_NUMBER, SIZE_4);
		CTSimpleField field = p.getCTP().addNewFldSimple();
		field.setInstr(" PAGE ");
		var number = field.addNewR();
		style(number.addNewRPr(), Fonts.PAGE_NUMBER, SIZE_4);
		number.addNewT().setStringValue("1");
		run(p, " —", Fonts.PAGE_NUMBER, SIZE_4);
	}

	private void fontTable() throws IOException {
		try {
			OPCPackage pkg = document.getPackage();
			PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
			if (pkg.containPart(name)) {
				return;
			}
			PackagePart part = pkg.createPart(name, "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml");
			try (OutputStream out = part.getOutputStream()) {
				out.write(Fonts.fontTable().getBytes(StandardCharsets.UTF_8));
			}
			document.getPackagePart().addRelationship(name, TargetMode.INTERNAL,
					"http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable");
		} catch (InvalidFormatException e) {
			throw new IOException(e);
		}
	}
}
