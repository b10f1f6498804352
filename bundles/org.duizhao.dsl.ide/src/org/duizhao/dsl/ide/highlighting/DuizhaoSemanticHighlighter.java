package org.duizhao.dsl.ide.highlighting;

import org.duizhao.dsl.nodes.Reports;
import org.duizhao.dsl.nodes.StringLiteral;
import org.duizhao.dsl.text.Finding;
import org.duizhao.dsl.text.Placeholders;
import org.duizhao.model.Item;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/** Ids where they are defined, references where they are used, and placeholders inside a report's texts. */
public class DuizhaoSemanticHighlighter extends DefaultSemanticHighlightingCalculator {

	/**
	 * References and definitions in one walk over the text's tokens (finding each reference's nodes object by
	 * object was most of the colouring's time in a large report), then placeholders object by object.
	 */
	@Override
	protected void searchAndHighlightElements(XtextResource resource, IHighlightedPositionAcceptor acceptor, CancelIndicator cancel) {
		IParseResult parse = resource.getParseResult();
		if (parse != null && parse.getRootNode() != null) {
			for (ILeafNode leaf : parse.getRootNode().getLeafNodes()) {
				String style = style(leaf);
				if (style != null) {
					acceptor.addPosition(leaf.getOffset(), leaf.getLength(), style);
				}
			}
		}
		super.searchAndHighlightElements(resource, acceptor, cancel);
	}

	/** A token's semantic style: a reference, an item's id where it is defined, or none. */
	private static String style(ILeafNode leaf) {
		EObject grammar = leaf.getGrammarElement();
		if (leaf.isHidden() || grammar == null || leaf.getLength() == 0) {
			return null;
		}
		if (GrammarUtil.containingCrossReference(grammar) != null) {
			return HighlightStyles.REFERENCE;
		}
		Assignment assignment = GrammarUtil.containingAssignment(grammar);
		return assignment != null && "name".equals(assignment.getFeature()) && leaf.getSemanticElement() instanceof Item
				? HighlightStyles.DEFINITION_ID : null;
	}

	@Override
	protected boolean highlightElement(EObject object, IHighlightedPositionAcceptor acceptor, CancelIndicator cancel) {
		if (Reports.reportOf(object) != null) {
			for (StringLiteral literal : StringLiteral.of(object)) {
				for (Finding f : Placeholders.find(literal.content())) {
					acceptor.addPosition(literal.contentOffset() + f.offset(), f.length(), HighlightStyles.PLACEHOLDER);
				}
			}
		}
		return false;
	}
}
