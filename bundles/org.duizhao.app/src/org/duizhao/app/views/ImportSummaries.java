package org.duizhao.app.views;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.duizhao.dsl.ide.analysis.SubmissionCheck.Finding;
import org.duizhao.ui.editor.DuizhaoEditor;

/**
 * What an import found about the source of a report it made (items per aspect, how causes and measures were
 * placed, faults of the source), kept for as long as that report's editor is open: 提交前检查 shows it below the
 * report's own findings whenever it is open, also when it was closed and opened again meanwhile.
 */
public final class ImportSummaries {

	private static final Map<DuizhaoEditor, List<Finding>> BY_EDITOR = Collections.synchronizedMap(new WeakHashMap<>());

	private ImportSummaries() {
	}

	public static void put(DuizhaoEditor editor, List<Finding> summary) {
		BY_EDITOR.put(editor, List.copyOf(summary));
	}

	/** The summary of the import that made {@code editor}'s report; empty for any other (or none). */
	public static List<Finding> of(DuizhaoEditor editor) {
		return editor == null ? List.of() : BY_EDITOR.getOrDefault(editor, List.of());
	}
}
