package org.duizhao.office;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.duizhao.dsl.importer.ReportImporter.Paragraph;
import org.duizhao.dsl.text.ChineseNumerals;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;

/**
 * The paragraphs of a Word document, numbered as Word numbers them (tables count as one), with the labels of Word's
 * automatic numbering recovered: POI gives a paragraph's list and level but never the label Word shows (“一、”,
 * “（二）”, “3.”), so this counts per list and level, with restarts, the way Word does. A table's text is passed on
 * verbatim, to be kept as a comment.
 */
public final class DocxReader {

	private final XWPFNumbering numbering;
	/** Counters per abstract list, one per level. */
	private final Map<BigInteger, int[]> counters = new HashMap<>();
	private final Set<BigInteger> startedNums = new HashSet<>();

	private DocxReader(XWPFNumbering numbering) {
		this.numbering = numbering;
	}

	/** @throws UnreadableDocumentException when the file is no Word document, is damaged or too large */
	public static List<Paragraph> read(Path file) throws IOException {
		try {
			return paragraphs(file);
		} catch (NoSuchFileException | AccessDeniedException e) {
			throw e;
		} catch (IOException | RuntimeException | OutOfMemoryError e) {
			throw new UnreadableDocumentException(file, e);
		}
	}

	private static List<Paragraph> paragraphs(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
			DocxReader reader = new DocxReader(document.getNumbering());
			List<Paragraph> paragraphs = new ArrayList<>();
			int number = 0;
			for (IBodyElement element : document.getBodyElements()) {
				number++;
				if (element instanceof XWPFParagraph p) {
					paragraphs.add(new Paragraph(number, reader.label(p) + p.getText()));
				} else if (element instanceof XWPFTable table) {
					paragraphs.add(new Paragraph(number, "表格：" + tableText(table), true));
				}
			}
			return paragraphs;
		}
	}

	private static String tableText(XWPFTable table) {
		List<String> rows = new ArrayList<>();
		table.getRows().forEach(row -> rows.add(String.join(" | ",
				row.getTableCells().stream().map(c -> c.getText().replaceAll("\\s+", " ").strip()).toList())));
		return String.join(" / ", rows);
	}

	/** The label Word shows before a paragraph of an automatically numbered list, or "". */
	private String label(XWPFParagraph p) {
		BigInteger numId = p.getNumID();
		if (numId == null || numbering == null) {
			return "";
		}
		XWPFNum num = numbering.getNum(numId);
		if (num == null || num.getCTNum().getAbstractNumId() == null) {
			return "";
		}
		BigInteger abstractId = num.getCTNum().getAbstractNumId().getVal();
		XWPFAbstractNum abstractNum = numbering.getAbstractNum(abstractId);
		if (abstractNum == null) {
			return "";
		}
		int level = p.getNumIlvl() == null ? 0 : p.getNumIlvl().intValue();
		CTLvl[] levels = abstractNum.getCTAbstractNum().getLvlArray();
		if (level >= levels.length) {
			return "";
		}
		int[] count = counters.computeIfAbsent(abstractId, id -> new int[9]);
		if (startedNums.add(numId)) {
			restartOverrides(num, levels, count);
		}
		count[level] = (count[level] == 0 ? start(levels[level]) - 1 : count[level]) + 1;
		for (int deeper = level + 1; deeper < count.length; deeper++) {
			count[deeper] = 0; // a higher level restarts the levels below it
		}
		if (levels[level].getNumFmt() != null && "bullet".equals(levels[level].getNumFmt().getVal().toString())) {
			return "";
		}
		String text = levels[level].getLvlText() == null ? "" : levels[level].getLvlText().getVal();
		for (int l = 0; l <= level && l < levels.length; l++) {
			int value = count[l] == 0 ? start(levels[l]) : count[l];
			text = text.replace("%" + (l + 1), format(value, levels[l]));
		}
		return text;
	}

	/** A list instance that overrides its start (numbering restarted in Word) begins again. */
	private static void restartOverrides(XWPFNum num, CTLvl[] levels, int[] count) {
		for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
			if (override.getStartOverride() != null) {
				int level = override.getIlvl().intValue();
				if (level < count.length) {
					count[level] = override.getStartOverride().getVal().intValue() - 1;
				}
			}
		}
	}

	private static int start(CTLvl level) {
		return level.getStart() == null ? 1 : level.getStart().getVal().intValue();
	}

	private static String format(int value, CTLvl level) {
		String format = level.getNumFmt() == null ? "decimal" : level.getNumFmt().getVal().toString();
		return switch (format) {
		case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "taiwaneseCountingThousand" ->
			ChineseNumerals.of(value);
		case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(value);
		case "upperLetter" -> String.valueOf((char) ('A' + (value - 1) % 26));
		case "lowerLetter" -> String.valueOf((char) ('a' + (value - 1) % 26));
		case "decimalEnclosedParen" -> "(" + value + ")";
		case "bullet", "none" -> "";
		default -> String.valueOf(value);
		};
	}

	private static String fullWidth(int value) {
		StringBuilder sb = new StringBuilder();
		for (char c : String.valueOf(value).toCharArray()) {
			sb.append((char) (c - '0' + '０'));
		}
		return sb.toString();
	}
}
