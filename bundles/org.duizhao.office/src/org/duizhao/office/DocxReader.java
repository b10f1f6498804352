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
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.poi.ooxml.util.POIXMLUnits;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.duizhao.dsl.importer.Markers;
import org.duizhao.dsl.importer.Paragraph;
import org.duizhao.dsl.text.ChineseNumerals;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;

/**
 * The paragraphs of a Word document, numbered as Word numbers them (tables count as one), with the labels of Word's
 * automatic numbering recovered: POI gives a paragraph's list and level but never the label Word shows (“一、”,
 * “（二）”, “3.”), so this counts per list and level, with restarts, the way Word does. A table's text is passed on
 * verbatim, to be kept as a comment.
 */
public final class DocxReader {

	private final XWPFNumbering numbering;
	/** Counters per abstract list, one per level. */
	private final Map<BigInteger, long[]> counters = new HashMap<>();
	private final Set<BigInteger> startedNums = new HashSet<>();

	/**
	 * POI's own limits, so that a hostile or broken file is refused with a reason before it fills the memory: a
	 * zip bomb by the ratio of its entries, a huge part by the largest array POI may allocate (a real report's
	 * document.xml is a few megabytes).
	 */
	private static final long LARGEST_PART = 256L * 1024 * 1024;

	static {
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(LARGEST_PART);
		IOUtils.setByteArrayMaxOverride((int) LARGEST_PART);
	}

	private DocxReader(XWPFNumbering numbering) {
		this.numbering = numbering;
	}

	/** @throws UnreadableDocumentException when the file is no Word document, is damaged or too large */
	public static List<Paragraph> read(Path file) throws IOException {
		try {
			return paragraphs(file);
		} catch (NoSuchFileException | AccessDeniedException e) {
			throw e;
		} catch (IOException | RuntimeException e) {
			throw new UnreadableDocumentException(file, e);
		}
	}

	private static List<Paragraph> paragraphs(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
			DocxReader reader = new DocxReader(document.getNumbering());
			List<Paragraph> paragraphs = new ArrayList<>();
			reader.walk(document, document.getDocument().getBody(), paragraphs);
			return paragraphs;
		}
	}

	/**
	 * The paragraphs and tables of the body in document order, whatever wraps them: content controls (w:sdt, as
	 * templates and forms use), custom XML and smart tags are looked into, not skipped, which POI's body elements do.
	 */
	private void walk(XWPFDocument document, XmlObject container, List<Paragraph> into) {
		try (XmlCursor cursor = container.newCursor()) {
			for (boolean more = cursor.toFirstChild(); more; more = cursor.toNextSibling()) {
				XmlObject child = cursor.getObject();
				String name = cursor.getName().getLocalPart();
				if (child instanceof CTP p) {
					XWPFParagraph paragraph = new XWPFParagraph(p, document);
					int number = paragraphNumber(into) + 1;
					// POI writes a footnote's mark as [footnoteRef:2] and its words as [2: ……] into the paragraph's
					// text: the mark is layout, the words are kept apart, as a comment after the paragraph
					String text = paragraph.getText();
					List<String> notes = List.of();
					if (NOTE_MARK.matcher(text).find()) {
						notes = FOOTNOTE.matcher(text).results().map(m -> m.group(1).strip()).toList();
						text = NOTE_MARK.matcher(FOOTNOTE.matcher(text).replaceAll("")).replaceAll("").replaceFirst("\\s+$", "");
					}
					String label = label(paragraph);
					int stop = stopAfterBoldHeadline(paragraph, text, !label.isEmpty());
					if (stop >= 0) {
						text = text.substring(0, stop) + "。" + text.substring(stop);
					}
					List<String> lines = lines(label + text);
					for (int i = 0; i < lines.size(); i++) {
						boolean stopInLine = i == 0 && stop >= 0 && label.length() + stop < lines.get(0).length();
						into.add(new Paragraph(number, nextOffset(into), lines.get(i), false, List.of(), List.of(),
								stopInLine ? List.of(label.length() + stop) : List.of()));
					}
					notes.forEach(note -> add(into, number, OfficeMessages.Footnote + note, true));
				} else if (child instanceof CTTbl t) {
					List<List<String>> rows = cells(new XWPFTable(t, document));
					add(into, paragraphNumber(into) + 1, OfficeMessages.Table + tableText(rows), rows);
				} else if (name.equals("sdt") || name.equals("sdtContent") || name.equals("customXml") || name.equals("smartTag")) {
					walk(document, child, into);
				}
			}
		}
	}

	private static void add(List<Paragraph> into, String text, boolean verbatim) {
		add(into, paragraphNumber(into) + 1, text, verbatim);
	}

	/** {@code number}: the paragraph of the document it is (the lines of one paragraph are all of it). */
	private static void add(List<Paragraph> into, int number, String text, boolean verbatim) {
		into.add(new Paragraph(number, nextOffset(into), text, verbatim));
	}

	/** A table: kept as its text, with its cells for a reader that knows the table. */
	private static void add(List<Paragraph> into, int number, String text, List<List<String>> rows) {
		into.add(new Paragraph(number, nextOffset(into), text, true, rows));
	}

	private static int nextOffset(List<Paragraph> into) {
		if (into.isEmpty()) {
			return 0;
		}
		Paragraph last = into.get(into.size() - 1);
		// the source's length: a stop the reader put after a bold headline is not in the document
		return last.offset() + last.text().length() - last.added().size() + last.removed().size() + 1;
	}

	private static int paragraphNumber(List<Paragraph> into) {
		return into.isEmpty() ? 0 : into.get(into.size() - 1).line();
	}

	/**
	 * A paragraph's lines as the paragraphs they stand for. A line break (Shift+Enter) inside a title set on two lines
	 * is layout, not a gap between words; but where a line ends a sentence or the next starts with a number
	 * (……只研讨1次。↵（二）在政治素质方面↵1.政治敏锐性不强。), the writer used it as a paragraph's end.
	 */
	private static List<String> lines(String text) {
		List<String> lines = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : text.split("\\r?\\n|\\r")) {
			if (current.length() > 0 && (ENDS_A_PARAGRAPH.matcher(current).find() || Markers.leading(line).isPresent())) {
				lines.add(current.toString());
				current.setLength(0);
			}
			current.append(line);
		}
		lines.add(current.toString());
		return lines;
	}

	/**
	 * Where a headline set in bold at the paragraph's start ends without a stop, the words after it in plain type
	 * (<b>一是学习不够系统</b>全年只读了2本原著): the bold is the writer's end of the headline, and a stop is put there;
	 * -1 when the paragraph has no such headline (no bold, bold throughout, or a mark already after it), and when the
	 * bold is only a number (<b>一是</b>学习不够……); the headline is numbered (一是, （一）, or by Word), a term set in
	 * bold that opens a sentence is not one (<b>习近平新时代中国特色社会主义思想</b>学得不深).
	 */
	private static int stopAfterBoldHeadline(XWPFParagraph paragraph, String text, boolean numberedByWord) {
		StringBuilder bold = new StringBuilder();
		for (XWPFRun run : paragraph.getRuns()) {
			String words = run.text();
			if (!bold(run) && !words.isBlank()) {
				break;
			}
			bold.append(words);
		}
		String headline = bold.toString().stripTrailing();
		if (headline.isBlank() || !text.startsWith(headline) || headline.length() >= text.strip().length()) {
			return -1;
		}
		Optional<Markers.Marker> number = Markers.leading(headline).or(() -> Markers.inline(headline, 0).stream().filter(m -> m.start() == 0).findFirst());
		if (number.isEmpty() && !numberedByWord || headline.substring(number.map(Markers.Marker::end).orElse(0)).strip().length() < BOLD_HEADLINE_AT_LEAST) {
			return -1;
		}
		int last = headline.codePointBefore(headline.length());
		String rest = text.substring(headline.length()).stripLeading();
		return Character.isLetterOrDigit(last) && !rest.isEmpty() && Character.isLetterOrDigit(rest.codePointAt(0)) ? headline.length() : -1;
	}

	/** Bold as set on the run or by its character style (Word's 要点, LibreOffice's Strong Emphasis). */
	private static boolean bold(XWPFRun run) {
		if (run.isBold()) {
			return true;
		}
		String style = run.getStyle();
		XWPFStyles styles = run.getDocument().getStyles();
		XWPFStyle character = style == null || style.isEmpty() || styles == null ? null : styles.getStyle(style);
		return character != null && character.getCTStyle().getRPr() != null && character.getCTStyle().getRPr().sizeOfBArray() > 0
				&& isOn(character.getCTStyle().getRPr().getBArray(0));
	}

	private static boolean isOn(CTOnOff value) {
		return value.getVal() == null || POIXMLUnits.parseOnOff(value.xgetVal());
	}

	/** How many characters a bold headline has besides its number: fewer are a number or a term set in bold. */
	private static final int BOLD_HEADLINE_AT_LEAST = 4;
	private static final Pattern NOTE_MARK = Pattern.compile("\\[(?:footnoteRef|endnoteRef):\\d+\\]");
	private static final Pattern FOOTNOTE = Pattern.compile("\\s*\\[\\d+:\\s*([^\\]]*)\\]");
	private static final Pattern ENDS_A_PARAGRAPH = Pattern.compile("[。！？；：!?;:]\\s*$");

	private static List<List<String>> cells(XWPFTable table) {
		return table.getRows().stream().map(row -> row.getTableCells().stream().map(c -> c.getText().replaceAll("\\s+", " ").strip()).toList())
				.toList();
	}

	private static String tableText(List<List<String>> rows) {
		return String.join(" / ", rows.stream().map(row -> String.join(" | ", row)).toList());
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
		long[] count = counters.computeIfAbsent(abstractId, id -> new long[9]);
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
			long value = count[l] == 0 ? start(levels[l]) : count[l];
			text = text.replace("%" + (l + 1), format(value, levels[l]));
		}
		return text;
	}

	/** A list instance that overrides its start (numbering restarted in Word) begins again. */
	private static void restartOverrides(XWPFNum num, CTLvl[] levels, long[] count) {
		for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
			if (override.getStartOverride() != null) {
				int level = override.getIlvl().intValue();
				if (level < count.length) {
					count[level] = override.getStartOverride().getVal().longValue() - 1;
				}
			}
		}
	}

	/** Where a level starts counting; Word allows up to 2147483647, and counting on from there must not wrap. */
	private static long start(CTLvl level) {
		return level.getStart() == null ? 1 : level.getStart().getVal().longValue();
	}

	private static String format(long value, CTLvl level) {
		String format = level.getNumFmt() == null ? "decimal" : level.getNumFmt().getVal().toString();
		return switch (format) {
		case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "taiwaneseCountingThousand" ->
			value < 100 ? ChineseNumerals.of((int) value) : String.valueOf(value);
		case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(value);
		case "upperLetter" -> String.valueOf((char) ('A' + (value - 1) % 26));
		case "lowerLetter" -> String.valueOf((char) ('a' + (value - 1) % 26));
		case "decimalEnclosedParen" -> "(" + value + ")";
		case "bullet", "none" -> "";
		default -> String.valueOf(value);
		};
	}

	private static String fullWidth(long value) {
		StringBuilder sb = new StringBuilder();
		for (char c : String.valueOf(value).toCharArray()) {
			sb.append((char) (c - '0' + '０'));
		}
		return sb.toString();
	}
}
