package org.duizhao.cli.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.duizhao.dsl.text.ChineseNumerals;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * A draft of the corpus as Word documents: one paragraph per line with the numbers typed, or with the 一、 and （一）
 * headings set as Word's automatic numbering (the number is no longer in the text; Word draws it), as offices do.
 */
public final class CorpusDocx {

	private static final Pattern LEVEL0 = Pattern.compile("^([一二三四五六七八九十]+)、(.*)$");
	private static final Pattern LEVEL1 = Pattern.compile("^（([一二三四五六七八九十]+)）(.*)$");

	private CorpusDocx() {
	}

	/** Every line a paragraph, numbers as typed. */
	public static void typed(List<String> lines, Path file) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
			for (String line : lines) {
				document.createParagraph().createRun().setText(line);
			}
			document.write(out);
		}
	}

	/**
	 * Headings 一、 and （一） in Word's numbering, where the typed number is the one Word would draw there (a
	 * number the writer got wrong stays typed, as it would in a real document).
	 */
	public static void automatic(List<String> lines, Path file) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
			BigInteger list = numbering(document);
			int[] count = new int[2];
			for (String line : lines) {
				String stripped = line.strip();
				Matcher top = LEVEL0.matcher(stripped);
				Matcher second = LEVEL1.matcher(stripped);
				if (top.matches() && ChineseNumerals.value(top.group(1)) == count[0] + 1) {
					count[0]++;
					count[1] = 0;
					numbered(document, list, 0, top.group(2));
				} else if (second.matches() && ChineseNumerals.value(second.group(1)) == count[1] + 1) {
					count[1]++;
					numbered(document, list, 1, second.group(2));
				} else {
					document.createParagraph().createRun().setText(line);
				}
			}
			document.write(out);
		}
	}

	/** A two-level list as Chinese offices set it up in Word: 一、 then （一）, restarting under each 一、. */
	public static BigInteger numbering(XWPFDocument document) {
		CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
		abstractNum.setAbstractNumId(BigInteger.ONE);
		level(abstractNum.addNewLvl(), 0, "%1、");
		level(abstractNum.addNewLvl(), 1, "（%2）");
		XWPFNumbering numbering = document.createNumbering();
		BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
		return numbering.addNum(abstractId);
	}

	private static void level(CTLvl level, int index, String text) {
		level.setIlvl(BigInteger.valueOf(index));
		level.addNewStart().setVal(BigInteger.ONE);
		level.addNewNumFmt().setVal(STNumberFormat.CHINESE_COUNTING);
		level.addNewLvlText().setVal(text);
	}

	public static void numbered(XWPFDocument document, BigInteger list, int level, String text) {
		XWPFParagraph p = document.createParagraph();
		p.setNumID(list);
		p.setNumILvl(BigInteger.valueOf(level));
		p.createRun().setText(text);
	}
}
