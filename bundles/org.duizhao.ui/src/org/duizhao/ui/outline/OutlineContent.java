package org.duizhao.ui.outline;

import java.util.List;

import org.duizhao.dsl.ide.analysis.OutlineNode;
import org.eclipse.jface.viewers.ITreeContentProvider;

/** Outline rows as a JFace tree: the input is the list of roots the ide bundle builds. */
final class OutlineContent implements ITreeContentProvider {

	@Override
	public Object[] getElements(Object input) {
		return input instanceof List<?> list ? list.toArray() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		return ((OutlineNode) parent).children().toArray();
	}

	@Override
	public Object getParent(Object element) {
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return !((OutlineNode) element).children().isEmpty();
	}
}
