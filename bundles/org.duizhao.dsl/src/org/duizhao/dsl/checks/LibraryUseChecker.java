package org.duizhao.dsl.checks;

import java.util.HashMap;
import java.util.Map;

import org.duizhao.dsl.library.Libraries;
import org.duizhao.dsl.nodes.Reports;
import org.duizhao.dsl.text.NearDuplicates;
import org.duizhao.dsl.validation.IssueCodes;
import org.duizhao.dsl.validation.Messages;
import org.duizhao.model.Item;
import org.duizhao.model.Report;
import org.duizhao.model.ReportPackage.Literals;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;

/**
 * 万能问题: an item taken word for word from a library, not made specific to the unit. Inspection teams spot these
 * at once; library wording is a draft to rewrite, not a finished sentence.
 */
public class LibraryUseChecker extends AbstractChecker {

	private static final int MIN_LENGTH = 6;

	@Inject
	private Libraries libraries;

	@Check
	public void notTakenWordForWord(Report report) {
		Map<String, Libraries.Entry> byText = new HashMap<>();
		for (Libraries.Entry entry : libraries.all(report)) {
			String key = key(entry.item());
			if (key.length() >= MIN_LENGTH) {
				byText.putIfAbsent(key, entry);
			}
		}
		if (byText.isEmpty()) {
			return;
		}
		for (Item item : Reports.items(report)) {
			Libraries.Entry source = byText.get(key(item));
			if (source != null) {
				warning(Messages.bind(Messages.LibraryVerbatim, item.getName(), source.library().getTitle(),
						source.item().getHeadline()), item, Literals.ITEM__NAME, IssueCodes.LIBRARY_VERBATIM);
			}
		}
	}

	private static String key(Item item) {
		return NearDuplicates.normalise((item.getHeadline() == null ? "" : item.getHeadline())
				+ (item.getBody() == null ? "" : item.getBody()));
	}
}
