package org.duizhao.ui.outline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.duizhao.dsl.ide.analysis.OutlineNode;
import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * The outline's rows of the latest analysis, by key. An edit leaves most rows as they were, and the tree keeps their
 * items (holding the row of an earlier analysis for the same object); what the tree asks for is answered from the
 * latest rows.
 */
final class OutlineRows implements ITreeContentProvider {

	private List<OutlineNode> roots = List.of();
	private Map<String, OutlineNode> byKey = Map.of();

	List<OutlineNode> roots() {
		return roots;
	}

	/** Takes the rows of a new analysis; returns those it replaces. */
	List<OutlineNode> replace(List<OutlineNode> next) {
		List<OutlineNode> previous = roots;
		Map<String, OutlineNode> index = new HashMap<>();
		next.forEach(row -> index(row, index));
		roots = next;
		byKey = index;
		return previous;
	}

	/** The latest row for the object {@code row} stands for ({@code row} itself if it is gone). */
	OutlineNode latest(OutlineNode row) {
		return byKey.getOrDefault(row.key(), row);
	}

	private static void index(OutlineNode row, Map<String, OutlineNode> index) {
		index.put(row.key(), row);
		row.children().forEach(child -> index(child, index));
	}

	@Override
	public Object[] getElements(Object input) {
		return roots.toArray();
	}

	@Override
	public Object[] getChildren(Object parent) {
		return latest((OutlineNode) parent).children().toArray();
	}

	@Override
	public Object getParent(Object element) {
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return !latest((OutlineNode) element).children().isEmpty();
	}
}
