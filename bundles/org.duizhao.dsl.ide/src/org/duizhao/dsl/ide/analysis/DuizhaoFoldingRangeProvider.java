package org.duizhao.dsl.ide.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.eclipse.xtext.ide.editor.folding.FoldingRange;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

/**
 * What folds, in the editor and in language clients: each part under the document in the outline (a report's
 * aspects, a library's sections and profiles), whatever the syntax tree's other multi-line objects are.
 */
public class DuizhaoFoldingRangeProvider implements IFoldingRangeProvider {

	@Inject
	private OutlineBuilder outline;

	@Override
	public SortedSet<FoldingRange> getFoldingRanges(XtextResource resource, CancelIndicator cancel) {
		SortedSet<FoldingRange> ranges = new TreeSet<>(Comparator.comparingInt(FoldingRange::getOffset).thenComparingInt(FoldingRange::getLength));
		if (resource.getParseResult() == null) {
			return ranges;
		}
		Analysis analysis = new Analysis(resource.getParseResult().getRootNode().getText(), resource, List.of());
		for (OutlineNode root : outline.build(analysis)) {
			for (OutlineNode part : root.children()) {
				ranges.add(new FoldingRange(part.offset(), part.length()));
			}
		}
		return ranges;
	}
}
