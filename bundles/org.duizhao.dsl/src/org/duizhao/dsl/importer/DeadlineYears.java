package org.duizhao.dsl.importer;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.duizhao.dsl.importer.Draft.Aspect;
import org.duizhao.dsl.importer.Draft.Attachment;
import org.duizhao.dsl.importer.Draft.Finding;
import org.duizhao.dsl.importer.Draft.FindingKind;
import org.duizhao.dsl.importer.Draft.Item;
import org.duizhao.dsl.text.Deadlines;
import org.duizhao.dsl.text.StatedDeadlines;

/**
 * Measures whose deadline leaves out the year (于10月底前完成, 完成时限：年底前) — most drafts do, the year being
 * the one the report is written in. The ledger needs a date, so the year comes from the report's date or, without
 * one, from the year of the meeting its title names; one finding says what was supplied, so the writer checks it.
 * Without either the measure keeps no deadline and the checks ask for one, as before.
 */
final class DeadlineYears {

	private DeadlineYears() {
	}

	static Draft supply(Draft draft) {
		Optional<YearMonth> writtenIn = StatedDeadlines.writtenIn(draft.head().date(), draft.head().title());
		if (writtenIn.isEmpty()) {
			return draft;
		}
		Map<Item, Item> supplied = new IdentityHashMap<>();
		List<Aspect> aspects = draft.aspects().stream().map(aspect -> aspect.with(aspect.causes(), aspect.measures().stream().map(measure -> {
			Optional<String> dated = dated(measure, writtenIn.get());
			dated.ifPresent(d -> supplied.put(measure, measure.withDeadline(dated)));
			return supplied.getOrDefault(measure, measure);
		}).toList())).toList();
		if (supplied.isEmpty()) {
			return draft;
		}
		// where each measure went is told of the same measure
		List<Attachment> attachments = draft.attachments().stream()
				.map(a -> supplied.containsKey(a.item()) ? new Attachment(a.kind(), supplied.get(a.item()), a.aspect(), a.rule(), a.clarity(), a.rival()) : a)
				.toList();
		List<Finding> findings = new ArrayList<>(draft.findings());
		String from = draft.head().date().isPresent() ? ImportMessages.bind(ImportMessages.DeadlineYearFromDate, draft.head().date().get())
				: ImportMessages.bind(ImportMessages.DeadlineYearFromTitle, writtenIn.get().getYear() - 1);
		Item first = aspects.stream().flatMap(a -> a.measures().stream()).filter(supplied::containsValue).findFirst().orElseThrow();
		findings.add(new Finding(first.place(), FindingKind.DEADLINE_YEAR, ImportMessages.bind(ImportMessages.DeadlineYearSupplied,
				supplied.size(), DraftReader.excerpt(first.headline()), first.deadline().orElseThrow(), from)));
		return draft.with(aspects, attachments, List.copyOf(findings));
	}

	/** The deadline with its year, when the measure's has none: stated in its words, or labelled without one. */
	private static Optional<String> dated(Item measure, YearMonth writtenIn) {
		if (measure.deadline().isEmpty()) {
			return StatedDeadlines.stated(measure.headline() + measure.body(), Optional.of(writtenIn));
		}
		String labelled = measure.deadline().get();
		return Deadlines.isValid(labelled) ? Optional.empty() : StatedDeadlines.withYear(labelled, writtenIn);
	}
}
