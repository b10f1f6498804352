package org.duizhao.dsl.checks;

import java.util.HashMap;
import java.util.Map;

import org.duizhao.dsl.nodes.Reports;
import org.duizhao.dsl.nodes.StringLiteral;
import org.duizhao.dsl.validation.IssueCodes;
import org.duizhao.dsl.validation.Messages;
import org.duizhao.model.Item;
import org.duizhao.model.Opinion;
import org.duizhao.model.Report;
import org.duizhao.model.ReportPackage.Literals;
import org.eclipse.xtext.validation.Check;

/** Ids are unique within a report, across aspects: a 针对 must point at exactly one item; opinions among opinions. */
public class IdChecker extends AbstractChecker {

	@Check
	public void uniqueIds(Report report) {
		Map<String, Item> first = new HashMap<>();
		for (Item item : Reports.items(report)) {
			if (item.getName() == null) {
				continue;
			}
			Item earlier = first.putIfAbsent(item.getName(), item);
			if (earlier != null) {
				error(Messages.bind(Messages.DuplicateId, item.getName(), StringLiteral.lineOf(earlier)), item,
						Literals.ITEM__NAME, IssueCodes.DUPLICATE_ID);
			}
		}
		if (report.getOpinions() != null) {
			Map<String, Opinion> opinions = new HashMap<>();
			for (Opinion opinion : report.getOpinions().getOpinions()) {
				Opinion earlier = opinion.getName() == null ? null : opinions.putIfAbsent(opinion.getName(), opinion);
				if (earlier != null) {
					error(Messages.bind(Messages.DuplicateId, opinion.getName(), StringLiteral.lineOf(earlier)), opinion,
							Literals.OPINION__NAME, IssueCodes.DUPLICATE_ID);
				}
			}
		}
	}
}
