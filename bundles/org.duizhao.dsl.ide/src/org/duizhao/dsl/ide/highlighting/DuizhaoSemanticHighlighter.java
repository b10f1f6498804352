package org.duizhao.dsl.ide.highlighting;

import org.duizhao.dsl.nodes.Reports;
import org.duizhao.dsl.nodes.StringLiteral;
import org.duizhao.dsl.text.Finding;
import org.duizhao.dsl.text.Placeholders;
import org.duizhao.model.Item;
import org.duizhao.model.ReportPackage.Literals;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.CancelIndicator;

/** Ids where they are defined, references where they are used, and placeholders inside a report's texts. */
public class DuizhaoSemanticHighlighter extends DefaultSemanticHighlightingCalculator {

	@Override
	protected boolean highlightElement(EObject object, IHighlightedPositionAcceptor acceptor, CancelIndicator cancel) {
		if (object instanceof Item) {
			highlightFeature(acceptor, object, Literals.ITEM__NAME, HighlightStyles.DEFINITION_ID);
		}
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (!reference.isContainment() && object.eIsSet(reference)) { // (a walk of the object's nodes per reference)
				for (INode node : NodeModelUtils.findNodesForFeature(object, reference)) {
					acceptor.addPosition(node.getOffset(), node.getLength(), HighlightStyles.REFERENCE);
				}
			}
		}
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
