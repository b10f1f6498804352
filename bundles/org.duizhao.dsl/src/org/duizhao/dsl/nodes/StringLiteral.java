package org.duizhao.dsl.nodes;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * A quoted text as written in the file. Checks work on the written characters, not on the converted value, so a
 * finding maps to the exact range the user sees.
 */
public record StringLiteral(EObject owner, EAttribute feature, INode node) {

	/** The characters between the quotes. */
	public String content() {
		String text = node.getText();
		int end = text.length() > 1 && text.endsWith("\"") ? text.length() - 1 : text.length();
		return text.startsWith("\"") ? text.substring(1, Math.max(1, end)) : text;
	}

	/** Document offset of the first character of {@link #content()}. */
	public int contentOffset() {
		return node.getText().startsWith("\"") ? node.getOffset() + 1 : node.getOffset();
	}

	/** A text as its reader sees it: a text written over several lines is one paragraph, its line breaks joined. */
	public static String joined(String text) {
		return text == null ? "" : text.strip().replaceAll("\\s*\\n\\s*", "");
	}

	/** A text as a literal of the language, on one line: quotes and backslashes escaped, line breaks joined. */
	public static String quoted(String text) {
		String oneLine = joined(text);
		return "\"" + oneLine.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	/** Every text the object itself holds (not those of its children), in document order. */
	public static List<StringLiteral> of(EObject owner) {
		List<StringLiteral> result = new ArrayList<>();
		for (EAttribute attribute : owner.eClass().getEAllAttributes()) {
			if (attribute.getEAttributeType() == EcorePackage.Literals.ESTRING) {
				for (INode node : NodeModelUtils.findNodesForFeature(owner, attribute)) {
					result.add(new StringLiteral(owner, attribute, node));
				}
			}
		}
		result.sort((a, b) -> Integer.compare(a.node().getOffset(), b.node().getOffset()));
		return result;
	}

	/** The first node of a feature of an object, or of the object itself when the feature has none. */
	public static INode nodeOf(EObject object, org.eclipse.emf.ecore.EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
		return nodes.isEmpty() ? NodeModelUtils.findActualNodeFor(object) : nodes.get(0);
	}

	/** 1-based line of an object in its file, for messages that point at another place. */
	public static int lineOf(EObject object) {
		INode node = NodeModelUtils.findActualNodeFor(object);
		return node == null ? 0 : node.getStartLine();
	}
}
