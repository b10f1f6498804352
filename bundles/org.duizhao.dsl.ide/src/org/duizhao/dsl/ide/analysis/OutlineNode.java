package org.duizhao.dsl.ide.analysis;

import java.util.List;

/**
 * One row of the outline: report → aspects → problems / causes / measures.
 *
 * @param kind     what the row stands for
 * @param label    what the user reads (an item's id and headline, an aspect's name and counts)
 * @param offset   where the row's object starts in the text, for linking with the editor
 * @param length   its length in the text
 * @param complete for an aspect: it has problems, causes and measures; otherwise true
 * @param key      the same for the same object in the next analysis (its kind and name, under its parent's key),
 *                 so that a view can keep what the user expanded and selected while the text changes
 */
public record OutlineNode(Kind kind, String label, int offset, int length, boolean complete, List<OutlineNode> children,
		String key) {

	public enum Kind {
		REPORT, LIBRARY, PROFILE, ASPECT, PROBLEM, CAUSE, MEASURE, CASE, LIBRARY_ITEM,
		/** 上年度整改, 征求意见, 相互批评, 落款: complete when nothing in it is left to take up. */
		PART,
		/** A line of a part: a measure followed up, an opinion, a criticism. */
		ENTRY,
		/** The report's own words around its parts: 前言, a 导语, 结语, 附件. */
		TEXT
	}

	/**
	 * The row as shown, in the editor's outline and as a language client's symbol alike: an aspect (or a part)
	 * with ✔ or ✘, so that its state reads without colour.
	 */
	public String text() {
		return kind == Kind.ASPECT ? (complete ? "✔ " : "✘ ") + label : kind == Kind.PART && !complete ? "✘ " + label : label;
	}

	/** Whether a text offset lies inside this row's object. */
	public boolean contains(int textOffset) {
		return textOffset >= offset && textOffset <= offset + length;
	}
}
