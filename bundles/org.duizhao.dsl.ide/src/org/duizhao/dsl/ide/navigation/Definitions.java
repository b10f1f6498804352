package org.duizhao.dsl.ide.navigation;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;

/**
 * Where a reference leads: from 针对 P1 to the item's id, from 依据 主题教育2023 to the profile's name in its library.
 * The editor's F3 and Ctrl+click use this; the language server answers definitions the same way through Xtext.
 */
public class Definitions {

	/** The reference's own place ({@code source*}) and its target's file and place. */
	public record Target(int sourceOffset, int sourceLength, URI uri, int offset, int length) {

		/** Whether the target lies in the text the reference is in. */
		public boolean in(URI document) {
			return uri.equals(document);
		}
	}

	@Inject
	private EObjectAtOffsetHelper objectAtOffset;

	@Inject
	private ILocationInFileProvider locations;

	/** The target of the reference at {@code offset}, or {@code null} when there is none (or it does not resolve). */
	public Target at(XtextResource resource, int offset) {
		INode reference = objectAtOffset.getCrossReferenceNode(resource, new TextRegion(offset, 0));
		EObject target = objectAtOffset.resolveCrossReferencedElementAt(resource, offset);
		if (reference == null || target == null || target.eIsProxy() || target.eResource() == null) {
			return null;
		}
		ITextRegion region = locations.getSignificantTextRegion(target);
		return region == null || region == ITextRegion.EMPTY_REGION ? null
				: new Target(reference.getOffset(), reference.getLength(), target.eResource().getURI(), region.getOffset(), region.getLength());
	}
}
