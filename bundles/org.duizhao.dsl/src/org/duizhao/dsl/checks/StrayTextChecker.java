package org.duizhao.dsl.checks;

import org.duizhao.dsl.services.DuizhaoGrammarAccess;
import org.duizhao.dsl.validation.IssueCodes;
import org.duizhao.dsl.validation.Messages;
import org.duizhao.model.Section;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;

/**
 * Text between the items of an aspect that belongs to none: a word typed outside the quotes, a number or a full stop.
 * The grammar takes it as {@code Stray}, so that one slip loses that word and not the aspect's other items (which the
 * outline and the completeness checks go on counting); here it is said as the syntax error it is, on its words.
 */
public class StrayTextChecker extends AbstractChecker {

	@Inject
	private DuizhaoGrammarAccess grammar;

	@Check
	public void strayText(Section section) {
		ICompositeNode node = NodeModelUtils.getNode(section);
		if (node == null) {
			return;
		}
		INode first = null;
		INode last = null;
		for (INode child : node.getChildren()) {
			if (isStray(child)) {
				first = first == null ? child : first;
				last = child;
			} else if (!(child instanceof ILeafNode leaf && leaf.isHidden()) && first != null) {
				report(section, first, last);
				first = null;
			}
		}
		if (first != null) {
			report(section, first, last);
		}
	}

	/** One error for a run of stray words: "XX YY" typed at one place is one slip. */
	private void report(Section section, INode first, INode last) {
		int end = last.getOffset() + last.getLength();
		String text = first.getRootNode().getText().substring(first.getOffset(), end);
		getMessageAcceptor().acceptError(Messages.bind(Messages.SyntaxStray, text), section, first.getOffset(), end - first.getOffset(),
				IssueCodes.SYNTAX_ERROR);
	}

	private boolean isStray(INode node) {
		return node.getGrammarElement() instanceof RuleCall call && call.getRule() == grammar.getStrayRule();
	}
}
