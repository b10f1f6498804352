package org.duizhao.dsl.checks;

import java.util.List;

import org.duizhao.dsl.nodes.Reports;
import org.duizhao.dsl.nodes.StringLiteral;
import org.duizhao.dsl.text.NearDuplicates;
import org.duizhao.dsl.validation.IssueCodes;
import org.duizhao.dsl.validation.Messages;
import org.duizhao.model.Item;
import org.duizhao.model.Report;
import org.duizhao.model.ReportPackage.Literals;
import org.eclipse.xtext.validation.Check;

/** No item said twice: inspection teams read repeated wording as 套话. */
public class DuplicateTextChecker extends AbstractChecker {

	private final NearDuplicates nearDuplicates = new NearDuplicates();

	@Check
	public void noRepeatedItems(Report report) {
		List<Item> items = Reports.items(report);
		List<String> texts = items.stream().map(DuplicateTextChecker::textOf).toList();
		for (NearDuplicates.Match match : nearDuplicates.find(texts)) {
			Item item = items.get(match.index());
			Item earlier = items.get(match.earlier());
			int line = StringLiteral.lineOf(earlier);
			if (match.identical()) {
				warning(Messages.bind(Messages.DuplicateItem, item.getName(), earlier.getName(), line), item,
						Literals.ITEM__NAME, IssueCodes.DUPLICATE_ITEM);
			} else {
				int percent = (int) Math.round(match.similarity() * 100);
				warning(Messages.bind(Messages.SimilarItem, item.getName(), earlier.getName(), line, percent), item,
						Literals.ITEM__NAME, IssueCodes.SIMILAR_ITEM);
			}
		}
	}

	private static String textOf(Item item) {
		return (item.getHeadline() == null ? "" : item.getHeadline()) + (item.getBody() == null ? "" : item.getBody());
	}
}
