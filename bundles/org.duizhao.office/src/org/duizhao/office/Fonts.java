package org.duizhao.office;

/**
 * The fonts of GB/T 9704-2012 and what stands in for them where they are missing. Offices have the GB2312 fonts,
 * which may not be shipped; the document names them and, in its font table, the font that replaces each.
 */
enum Fonts {

	/** Title: 2号 方正小标宋简体. */
	TITLE("方正小标宋简体", "宋体"),
	/** Body and 1.: 3号 仿宋_GB2312. */
	BODY("仿宋_GB2312", "仿宋"),
	/** 一、: 黑体. */
	HEADING1("黑体", "SimHei"),
	/** （一）: 楷体_GB2312. */
	HEADING2("楷体_GB2312", "楷体"),
	/** Page numbers: 4号 宋体. */
	PAGE_NUMBER("宋体", "SimSun");

	final String name;
	final String fallback;

	Fonts(String name, String fallback) {
		this.name = name;
		this.fallback = fallback;
	}

	/** word/fontTable.xml: each font with its fallback (altName) and the GB2312 character set. */
	static String fontTable() {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
				+ "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
		for (Fonts font : values()) {
			xml.append("<w:font w:name=\"").append(font.name).append("\"><w:altName w:val=\"").append(font.fallback)
					.append("\"/><w:charset w:val=\"86\"/><w:family w:val=\"").append(font == HEADING1 ? "modern" : "roman")
					.append("\"/><w:pitch w:val=\"variable\"/></w:font>");
		}
		return xml.append("</w:fonts>").toString();
	}
}
