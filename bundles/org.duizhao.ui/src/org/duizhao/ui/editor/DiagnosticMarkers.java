package org.duizhao.ui.editor;

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

	static void replace(IFile file, List<Issue> issues) {
		if (file == null || !file.exists()) {
			return;
		}
		try {
			ResourcesPlugin.getWorkspace().run(monitor -> {
				file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
				for (Issue issue : issues) {
					file.createMarker(TYPE, attributes(issue));
				}
			}, file, IWorkspace.AVOID_UPDATE, null);
		} catch (CoreException e) {
			DuizhaoUi.log("Markers of " + file + " could not be updated", e);
		}
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
		attributes.put(IMarker.LOCATION, "第 " + issue.getLineNumber() + " 行");
		attributes.put(CODE, issue.getCode());
		return attributes;
	}
}
