package org.duizhao.dsl.export;

/**
 * One paragraph of a report laid out as the document that is handed in. {@code number} is the literal heading
 * number (一、 （一） 1.), {@code lead} the part set in the heading's font (a headline), {@code text} the rest.
 */
public record Block(Kind kind, String number, String lead, String text) {

	/** The levels of an official document, each with its font in the exported DOCX. */
	public enum Kind {
		/** 2号 方正小标宋简体, centred. */
		TITLE,
		/** In （）, centred under the title. */
		SUBTITLE,
		/** 一、 in 黑体. */
		HEADING1,
		/** （一） in 楷体, alone on its line or leading an item's text. */
		HEADING2,
		/** 1. in 仿宋, leading an item's text. */
		HEADING3,
		/** A body paragraph in 仿宋, first line indented two characters. */
		BODY,
		/**
		 * 附件说明 (GB/T 9704 7.3.4): after a blank line under the text, two characters in, 附件： then the name; several
		 * numbered 1. 2., the later ones under the first. {@code number} is 附件： on the first name only, {@code lead}
		 * its number when there are several.
		 */
		ATTACHMENT,
		/** 落款: unit and date, right-aligned. */
		SIGNATURE
	}

	/** The paragraph as plain text: number, lead and text run together. */
	public String plain() {
		return (number == null ? "" : number) + (lead == null ? "" : lead) + (text == null ? "" : text);
	}
}
