package org.duizhao.ui.editor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.duizhao.ui.internal.DuizhaoUi;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/**
 * The findings of an analysis as problem markers on the file: they appear as squiggles, in the rulers and in the
 * Problems view, and carry the issue code so quick fixes can be offered from there too.
 */
public final class DiagnosticMarkers {

	public static final String TYPE = "org.duizhao.ui.problem";
	public static final String CODE = "duizhao.code";

	private DiagnosticMarkers() {
	}

	/**
	 * Brings the file's markers in line with {@code issues} as differences: a finding that is still there keeps its
	 * marker (moved if the text before it changed), so the Problems view keeps its selection and nothing flickers;
	 * only findings that came or went add or remove a marker.
	 */
	static void replace(IFile file, List<Issue> issues) {
		if (file == null || !file.exists()) {
			return;
		}
		try {
			ResourcesPlugin.getWorkspace().run(monitor -> {
				Map<String, Deque<IMarker>> existing = new HashMap<>();
				IMarker[] markers = file.findMarkers(TYPE, false, IResource.DEPTH_ZERO);
				Arrays.sort(markers, Comparator.comparingInt(m -> m.getAttribute(IMarker.CHAR_START, 0)));
				for (IMarker marker : markers) {
					existing.computeIfAbsent(key(marker.getAttribute(CODE, ""), marker.getAttribute(IMarker.SEVERITY, 0),
							marker.getAttribute(IMarker.MESSAGE, "")), k -> new ArrayDeque<>()).add(marker);
				}
				List<Issue> ordered = new ArrayList<>(issues);
				ordered.sort(Comparator.comparingInt(i -> i.getOffset() == null ? 0 : i.getOffset()));
				for (Issue issue : ordered) {
					Map<String, Object> attributes = attributes(issue);
					Deque<IMarker> same = existing.get(key((String) attributes.get(CODE), (Integer) attributes.get(IMarker.SEVERITY),
							issue.getMessage()));
					IMarker marker = same == null ? null : same.poll();
					if (marker == null) {
						file.createMarker(TYPE, attributes);
					} else if (!attributes.equals(marker.getAttributes())) {
						marker.setAttributes(attributes);
					}
				}
				for (Deque<IMarker> gone : existing.values()) {
					for (IMarker marker : gone) {
						marker.delete();
					}
				}
			}, file, IWorkspace.AVOID_UPDATE, null);
		} catch (CoreException e) {
			DuizhaoUi.log("Markers of " + file + " could not be updated", e);
		}
	}

	private static String key(String code, int severity, String message) {
		return code + '\u0000' + severity + '\u0000' + message;
	}

	private static Map<String, Object> attributes(Issue issue) {
		Map<String, Object> attributes = new HashMap<>();
		int offset = issue.getOffset() == null ? 0 : issue.getOffset();
		int length = issue.getLength() == null ? 0 : issue.getLength();
		attributes.put(IMarker.CHAR_START, offset);
		attributes.put(IMarker.CHAR_END, offset + length);
		attributes.put(IMarker.LINE_NUMBER, issue.getLineNumber() == null ? 1 : issue.getLineNumber());
		attributes.put(IMarker.MESSAGE, issue.getMessage());
		attributes.put(IMarker.SEVERITY, issue.getSeverity() == Severity.ERROR ? IMarker.SEVERITY_ERROR
				: issue.getSeverity() == Severity.WARNING ? IMarker.SEVERITY_WARNING : IMarker.SEVERITY_INFO);
		attributes.put(IMarker.LOCATION, EditorMessages.bind(EditorMessages.MarkerLocation, issue.getLineNumber()));
		attributes.put(CODE, issue.getCode() == null ? "" : issue.getCode());
		return attributes;
	}
}
