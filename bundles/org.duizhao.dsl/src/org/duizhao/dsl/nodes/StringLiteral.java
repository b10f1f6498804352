package org.duizhao.dsl.nodes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.BidiTreeIterator;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * A quoted text as written in the file. Checks work on the written characters, not on the converted value, so a
 * finding maps to the exact range the user sees.
 */
public record StringLiteral(EObject owner, EAttribute feature, INode node, String content, int contentOffset) {

	/**
	 * The literal of {@code node}: {@link #content()} the characters between the quotes, {@link #contentOffset()}
	 * the document offset of the first of them. Worked out once (a node finds its text through the root's), and
	 * literals are kept per parse ({@link #of}), so every check reads them without walking the nodes again.
	 */
	public StringLiteral(EObject owner, EAttribute feature, INode node) {
		this(owner, feature, node, between(node.getText()), node.getText().startsWith("\"") ? node.getOffset() + 1 : node.getOffset());
	}

	private static String between(String text) {
		int end = text.length() > 1 && text.endsWith("\"") ? text.length() - 1 : text.length();
		return text.startsWith("\"") ? text.substring(1, Math.max(1, end)) : text;
	}

	/** A text as its reader sees it: a text written over several lines is one paragraph, its line breaks joined. */
	public static String joined(String text) {
		if (text == null) {
			return "";
		}
		String stripped = text.strip();
		return stripped.indexOf('\n') < 0 ? stripped : LINE_BREAK.matcher(stripped).replaceAll("");
	}

	private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\n\\s*");

	/** A text as a literal of the language, on one line: quotes and backslashes escaped, line breaks joined. */
	public static String quoted(String text) {
		String oneLine = joined(text);
		return "\"" + oneLine.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	/**
	 * Every text the object itself holds (not those of its children), in document order. One walk over the object's
	 * nodes for all its text features: several checks ask this of every object, and a walk per feature was a fifth
	 * of the check's time on a large report. Kept with the parsed resource until it changes: the checks, the
	 * colouring and 提交前检查 all ask for the same objects' texts after each edit.
	 */
	public static List<StringLiteral> of(EObject owner) {
		return PerParse.get(StringLiteral.class, owner, () -> List.copyOf(walk(owner)));
	}

	private static List<StringLiteral> walk(EObject owner) {
		List<StringLiteral> result = new ArrayList<>();
		ICompositeNode node = NodeModelUtils.findActualNodeFor(owner);
		if (node == null) {
			return result;
		}
		BidiTreeIterator<INode> nodes = node.getAsTreeIterable().iterator();
		while (nodes.hasNext()) {
			INode child = nodes.next();
			EObject grammarElement = child.getGrammarElement();
			if (child == node || grammarElement == null) {
				continue;
			}
			if (grammarElement instanceof Action) {
				if (child.getSemanticElement() != owner) {
					nodes.prune();
				}
				continue;
			}
			Assignment assignment = GrammarUtil.containingAssignment(grammarElement);
			if (assignment != null) {
				EStructuralFeature feature = owner.eClass().getEStructuralFeature(assignment.getFeature());
				if (feature instanceof EAttribute attribute && attribute.getEAttributeType() == EcorePackage.Literals.ESTRING) {
					result.add(new StringLiteral(owner, attribute, child));
				}
				nodes.prune();
			} else if (child instanceof ICompositeNode composite && composite.getSemanticElement() != owner) {
				nodes.prune();
			}
		}
		return result;
	}

	/** The first node of a feature of an object, or of the object itself when the feature has none. */
	public static INode nodeOf(EObject object, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
		return nodes.isEmpty() ? NodeModelUtils.findActualNodeFor(object) : nodes.get(0);
	}

	/** 1-based line of an object in its file, for messages that point at another place. */
	public static int lineOf(EObject object) {
		INode node = NodeModelUtils.findActualNodeFor(object);
		return node == null ? 0 : node.getStartLine();
	}
}
