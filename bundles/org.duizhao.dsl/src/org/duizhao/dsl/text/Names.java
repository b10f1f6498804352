package org.duizhao.dsl.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Names whose parts a middle dot separates: names transliterated from Uyghur, Kazakh or Mongolian (阿不都热合曼·吐尔逊,
 * 阿依古丽·买买提) and Western ones. Drafts often type the dot as a half-width full stop or another dot, which read as
 * the end of a sentence split the name across two items.
 */
public final class Names {

	/** The middle dot, as GB/T 15834 separates the parts of such a name. */
	public static final String SEPARATOR = "·";

	/**
	 * The characters such names are spelled with: a dot between runs of them is a name's, not a sentence's end
	 * (工作不够扎实.加强…… has 实 and 加 beside it). Kept narrow on purpose: a dot between two words of running text
	 * must not be taken for a name's.
	 */
	static final String TRANSLITERATED = "[阿艾爱安奥巴拜班贝比波伯布才查达丹德迪蒂丁杜多额厄尔法菲弗夫盖甘戈格古哈海罕汗赫亨胡吉加贾杰金卡凯坎"
			+ "柯科克肯库昆拉莱兰朗勒雷里丽莉利力林琳娜纳乃尼妮努诺帕佩皮普奇恰乔切钦热茹萨塞桑森沙莎舍斯苏素索塔泰坦汤特提帖图吐托瓦万威维"
			+ "沃乌吾西希锡夏辛欣雅亚耶伊依尤玉约扎泽孜兹佐逊买麦曼米敏明莫默姆木穆合都义甫江汉帕敦不]";

	/**
	 * The dots drafts write between a name's parts instead of the middle dot: with such characters two on one side and
	 * three on the other (艾力.买买提), since two on each side are common words too (推进不力.依法行政).
	 */
	private static final Pattern OTHER_DOT = Pattern.compile("(?<=" + TRANSLITERATED + "{3})[.．•‧・](?=" + TRANSLITERATED + "{2})|(?<="
			+ TRANSLITERATED + "{2})[.．•‧・](?=" + TRANSLITERATED + "{3})");

	/** A name of such parts as written with the middle dot (阿依古丽·买买提): no Han surname starts it. */
	public static final String DOTTED = "\\p{IsHan}{1,8}(?:·\\p{IsHan}{1,8}){1,3}";
	private static final Pattern DOTTED_NAME = Pattern.compile(DOTTED);

	/**
	 * A half-width full stop that is no name's dot, for patterns that take it for a sentence's end: fewer than two such
	 * characters on a side, or fewer than three on both (lookarounds not nested, so that it may stand in a lookbehind).
	 */
	static final String NOT_A_SEPARATOR = "(?:(?<!" + TRANSLITERATED + "{2})\\.|\\.(?!" + TRANSLITERATED + "{2})|(?<!" + TRANSLITERATED
			+ "{3})\\.(?!" + TRANSLITERATED + "{3}))";

	private Names() {
	}

	/** Whether a name is one of parts joined by the middle dot. */
	public static boolean isDotted(String name) {
		return DOTTED_NAME.matcher(name).matches();
	}

	/** The dots other than the middle dot that separate a name's parts (阿不都热合曼.吐尔逊), each with its replacement. */
	public static List<Finding> otherSeparators(CharSequence text) {
		return OTHER_DOT.matcher(text).results().map(m -> new Finding(m.start(), 1, m.group(), SEPARATOR)).toList();
	}

	/** The text with its names' parts separated by the middle dot; as long as the text, so that columns stay. */
	public static String withMiddleDots(String text) {
		return text.indexOf('.') < 0 && text.indexOf('．') < 0 && text.indexOf('•') < 0 && text.indexOf('‧') < 0 && text.indexOf('・') < 0
				? text : OTHER_DOT.matcher(text).replaceAll(SEPARATOR);
	}
}
