package org.duizhao.dsl.ide.navigation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.duizhao.dsl.ide.IdeMessages;
import org.duizhao.dsl.nodes.Ids;
import org.duizhao.model.Item;
import org.duizhao.model.ReportPackage;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
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

	/** Why {@code id} cannot be an item's id, or {@code null} when it can: the grammar's lexer decides. */
	public static String problemWithId(String id) {
		return Ids.isId(id) ? null : IdeMessages.bind(IdeMessages.InvalidId, id);
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
		List<TextRegion> references = new ArrayList<>();
		// A 针对 naming the item twice is one usage reported twice; each (object, feature) is read once.
		Set<List<Object>> seen = new HashSet<>();
		// The model knows who names the item; the node model says where: the n-th value of a 针对 is its n-th node.
		for (EStructuralFeature.Setting usage : EcoreUtil.UsageCrossReferencer.find(item, resource)) {
			if (!seen.add(List.of(usage.getEObject(), usage.getEStructuralFeature()))) {
				continue;
			}
			List<?> values = usage.getEStructuralFeature().isMany() ? (List<?>) usage.get(true) : List.of(usage.get(true));
			List<INode> nodes = NodeModelUtils.findNodesForFeature(usage.getEObject(), usage.getEStructuralFeature());
			for (int i = 0; i < Math.min(values.size(), nodes.size()); i++) {
				if (values.get(i) == item) {
					references.add(region(nodes.get(i)));
				}
			}
		}
		references.sort(Comparator.comparingInt(TextRegion::getOffset));
		return new Occurrences(item, region(names.get(0)), references);
	}

	private static TextRegion region(INode node) {
		return new TextRegion(node.getOffset(), node.getLength());
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
