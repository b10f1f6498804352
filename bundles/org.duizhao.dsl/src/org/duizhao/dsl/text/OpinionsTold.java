package org.duizhao.dsl.text;

import java.util.regex.Pattern;

/**
 * Whether words tell how many opinions were gathered before the meeting (会前通过座谈会、问卷等方式征求意见建议31条):
 * many reports say so in their opening paragraph instead of a part of its own, which is what notices ask to be told
 * (征求意见情况). A mention without a count (广泛征求意见) tells nothing a reviewer can check.
 */
public final class OpinionsTold {

	private static final String COUNT = "(?:共|计|合计)?\\s*(?:[0-9０-９]+|[一二三四五六七八九十百两]+)\\s*(?:条|项|个)";
	/** Within one sentence: gathered (征求、收集…), opinions (意见、建议), then their count. */
	private static final Pattern TOLD = Pattern.compile("(?:征求|收集|征集|收到|梳理|汇总|听取)[^。；;！？]{0,40}?(?:意见|建议)[^。；;！？]{0,12}?" + COUNT);

	private OpinionsTold() {
	}

	public static boolean in(String text) {
		return text != null && TOLD.matcher(text).find();
	}
}
