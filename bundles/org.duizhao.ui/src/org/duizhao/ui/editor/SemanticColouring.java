package org.duizhao.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.duizhao.dsl.ide.analysis.Analysis;
import org.duizhao.dsl.ide.highlighting.Highlighter;
import org.duizhao.dsl.ide.highlighting.StyledRange;
import org.duizhao.dsl.text.TextChange;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.TextViewer;
import org.eclipse.swt.custom.StyleRange;

/**
 * References and placeholders, drawn over the lexical colours once the model is known. A new analysis redraws only
 * the characters whose colour it changes, and the colours of the last analysis follow the text typed since.
 */
final class SemanticColouring implements ITextPresentationListener {

	private final Highlighter highlighter;
	private final TextViewer viewer;
	/** The ranges of the last analysis, in its text's offsets, ordered. */
	private List<StyledRange> ranges = List.of();
	private String rangesText = "";
	/** The same ranges where they stand in the document now (at {@link #shownStamp}); those an edit touched gone. */
	private List<StyledRange> shown = List.of();
	private long shownStamp = IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;

	SemanticColouring(TextViewer viewer, Highlighter highlighter) {
		this.viewer = viewer;
		this.highlighter = highlighter;
		viewer.addTextPresentationListener(this);
	}

	/** On the UI thread, with an analysis of the text now in the editor. */
	void update(Analysis analysis) {
		List<StyledRange> now = new ArrayList<>(analysis.read(a -> highlighter.semantic(a.resource())));
		now.sort(Comparator.comparingInt(StyledRange::offset));
		List<StyledRange> before = current();
		ranges = List.copyOf(now);
		rangesText = analysis.text();
		shown = ranges;
		shownStamp = stamp();
		redrawDifference(before, ranges);
	}

	/** Redraws the characters from the first range that differs to the last (usually those of one edit). */
	private void redrawDifference(List<StyledRange> before, List<StyledRange> after) {
		int first = 0;
		while (first < before.size() && first < after.size() && before.get(first).equals(after.get(first))) {
			first++;
		}
		int last = 0;
		while (last < before.size() - first && last < after.size() - first
				&& before.get(before.size() - 1 - last).equals(after.get(after.size() - 1 - last))) {
			last++;
		}
		List<StyledRange> changed = new ArrayList<>(before.subList(first, before.size() - last));
		changed.addAll(after.subList(first, after.size() - last));
		if (changed.isEmpty()) {
			return;
		}
		int start = changed.stream().mapToInt(StyledRange::offset).min().getAsInt();
		int end = changed.stream().mapToInt(r -> r.offset() + r.length()).max().getAsInt();
		IDocument document = viewer.getDocument();
		if (document != null) {
			end = Math.min(end, document.getLength());
			if (end > start) {
				viewer.invalidateTextPresentation(start, end - start);
			}
		}
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		IRegion extent = presentation.getExtent();
		int start = extent.getOffset();
		int end = start + extent.getLength();
		List<StyledRange> current = current();
		for (int i = firstEndingAfter(current, start); i < current.size() && current.get(i).offset() < end; i++) {
			StyleRange style = Colours.styleRangeWithin(current.get(i), start, end);
			if (style != null) {
				presentation.mergeStyleRange(style);
			}
		}
	}

	/** The ranges where they stand in the document now: moved past what was typed since the analysis. */
	private List<StyledRange> current() {
		long stamp = stamp();
		if (stamp != shownStamp || stamp == IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP) {
			IDocument document = viewer.getDocument();
			TextChange change = TextChange.between(rangesText, document == null ? "" : document.get());
			List<StyledRange> moved = new ArrayList<>(ranges.size());
			for (StyledRange range : ranges) {
				int offset = change.newOffset(range.offset(), range.length());
				if (offset >= 0) {
					moved.add(offset == range.offset() ? range : new StyledRange(offset, range.length(), range.style()));
				}
			}
			shown = moved;
			shownStamp = stamp;
		}
		return shown;
	}

	private long stamp() {
		return viewer.getDocument() instanceof IDocumentExtension4 document ? document.getModificationStamp()
				: IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
	}

	/** The index of the first range that ends after {@code offset} (ranges are ordered and do not overlap). */
	private static int firstEndingAfter(List<StyledRange> ranges, int offset) {
		int low = 0;
		int high = ranges.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			StyledRange range = ranges.get(middle);
			if (range.offset() + range.length() <= offset) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}

	void dispose() {
		viewer.removeTextPresentationListener(this);
	}
}
