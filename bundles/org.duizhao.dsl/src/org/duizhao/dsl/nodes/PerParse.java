package org.duizhao.dsl.nodes;

import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.Tuples;

/**
 * What is worked out from an object of a parsed text once per parse: kept in the resource's cache, which Xtext
 * empties when the resource changes. The checks, the colouring, the outline and 提交前检查 all ask the same
 * questions of the same objects after each edit; at 1 MB asking each once matters. What is kept must not be
 * changed by whoever asks.
 */
public final class PerParse {

	private PerParse() {
	}

	/** {@code what} names the question ({@code owner} is the object it is asked of). */
	public static <T> T get(Object what, EObject owner, Supplier<T> compute) {
		if (owner.eResource() instanceof XtextResource resource) {
			return resource.getCache().get(Tuples.pair(what, owner), resource, compute::get);
		}
		return compute.get();
	}
}
