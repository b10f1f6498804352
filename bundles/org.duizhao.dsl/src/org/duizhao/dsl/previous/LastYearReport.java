package org.duizhao.dsl.previous;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.duizhao.model.MeasureState;

/**
 * Last year's report as 上年度整改 needs it: its measures (each with the state its ledger gave it) and its problems,
 * whatever the file was written in.
 */
public record LastYearReport(Path file, List<Entry> measures, List<Entry> problems, List<Entry> passages, String profile) {

	/**
	 * A measure or problem of last year's report (or any text of it, among {@code passages}: preface, items, cases,
	 * closing, for the check of copied text): its id there, its words, its line, and a measure's 状态. */
	public record Entry(String id, String headline, String body, int line, Optional<MeasureState> state) {

		public String text() {
			return headline + body;
		}
	}

	public Optional<Entry> measure(String id) {
		return measures.stream().filter(m -> m.id().equals(id)).findFirst();
	}
}
