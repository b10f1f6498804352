package org.duizhao.dsl.ide.navigation;

import java.util.ArrayList;
import java.util.List;

import org.duizhao.dsl.ide.IdeMessages;
import org.duizhao.model.Item;
import org.duizhao.model.ReportPackage;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;

/**
 * Where an item's id stands in its report: the declaration ({@code 问题 P1}) and every 针对 naming it. Rename in
 * the editor and in the language server edit exactly these places; ids are the report's own, so one report is the
 * whole world of an item.
 */
public class ItemOccurrences {

	/** The item, its declaration's id and the 针对 references to it, in text order after the declaration. */
	public record Occurrences(Item item, TextRegion declaration, List<TextRegion> references) {

		public List<TextRegion> all() {
			List<TextRegion> all = new ArrayList<>(references);
			all.add(0, declaration);
			return all;
		}
	}

	@Inject
	private EObjectAtOffsetHelper objectAtOffset;

	/** Why {@code id} cannot be an item's id, or {@code null} when it can (a letter, then letters, digits, _). */
	public static String problemWithId(String id) {
		return id.matches("[A-Za-z][A-Za-z0-9_]*") ? null : IdeMessages.bind(IdeMessages.InvalidId, id);
	}

	/** The occurrences of the item whose id is at {@code offset} (declared or named there), or {@code null}. */
	public Occurrences at(XtextResource resource, int offset) {
		Item item = itemAt(resource, offset);
		return item == null ? null : of(resource, item);
	}

	public Occurrences of(XtextResource resource, Item item) {
		List<INode> names = NodeModelUtils.findNodesForFeature(item, ReportPackage.Literals.ITEM__NAME);
		if (names.isEmpty()) {
			return null;
		}
		INode name = names.get(0);
		List<TextRegion> references = new ArrayList<>();
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getGrammarElement() instanceof CrossReference
					&& objectAtOffset.resolveCrossReferencedElementAt(resource, leaf.getOffset()) == item) {
				references.add(new TextRegion(leaf.getOffset(), leaf.getLength()));
			}
		}
		return new Occurrences(item, new TextRegion(name.getOffset(), name.getLength()), references);
	}

	private Item itemAt(XtextResource resource, int offset) {
		EObject referenced = objectAtOffset.resolveCrossReferencedElementAt(resource, offset);
		if (referenced instanceof Item item && !item.eIsProxy()) {
			return item;
		}
		EObject element = objectAtOffset.resolveElementAt(resource, offset);
		if (element instanceof Item item) {
			for (INode name : NodeModelUtils.findNodesForFeature(item, ReportPackage.Literals.ITEM__NAME)) {
				if (offset >= name.getOffset() && offset <= name.getEndOffset()) {
					return item;
				}
			}
		}
		return null;
	}
}
