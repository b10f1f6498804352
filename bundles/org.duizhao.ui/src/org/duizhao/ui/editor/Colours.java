package org.duizhao.ui.editor;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.duizhao.dsl.ide.highlighting.HighlightStyles;
import org.duizhao.dsl.ide.highlighting.StyledRange;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/** How each style id of the ide bundle looks in the editor. Texts, the bulk of a report, stay plain and dark. */
final class Colours {

	private record Look(RGB foreground, RGB background, int fontStyle, boolean underline) {
	}

	private static final Map<String, Look> LOOKS = Map.of(
			HighlightStyles.KEYWORD_ID, new Look(new RGB(127, 0, 85), null, SWT.BOLD, false),
			HighlightStyles.ID, new Look(new RGB(0, 70, 170), null, SWT.NORMAL, false),
			HighlightStyles.STRING_ID, new Look(new RGB(35, 35, 35), null, SWT.NORMAL, false),
			HighlightStyles.COMMENT_ID, new Look(new RGB(63, 127, 95), null, SWT.ITALIC, false),
			HighlightStyles.PUNCTUATION_ID, new Look(new RGB(110, 110, 110), null, SWT.NORMAL, false),
			HighlightStyles.DEFINITION_ID, new Look(new RGB(0, 70, 170), null, SWT.BOLD, false),
			HighlightStyles.REFERENCE, new Look(new RGB(0, 110, 190), null, SWT.ITALIC, true),
			HighlightStyles.PLACEHOLDER, new Look(new RGB(190, 0, 0), new RGB(255, 236, 140), SWT.BOLD, false));

	/** Colours by RGB, made once: the whole document is re-styled on every keystroke. */
	private static final Map<RGB, Color> COLORS = new ConcurrentHashMap<>();

	private Colours() {
	}

	private static Color color(RGB rgb) {
		return rgb == null ? null : COLORS.computeIfAbsent(rgb, c -> new Color(Display.getDefault(), c));
	}

	/** A style range for a style id, or {@code null} for text shown as it is. */
	static StyleRange styleRange(int offset, int length, String style) {
		Look look = LOOKS.get(style);
		if (look == null) {
			return null;
		}
		StyleRange range = new StyleRange(offset, length, color(look.foreground()), color(look.background()), look.fontStyle());
		range.underline = look.underline();
		return range;
	}

	/** The style range for the part of {@code range} between {@code start} and {@code end} (a presentation's extent). */
	static StyleRange styleRangeWithin(StyledRange range, int start, int end) {
		int from = Math.max(start, range.offset());
		return styleRange(from, Math.min(end, range.offset() + range.length()) - from, range.style());
	}
}
