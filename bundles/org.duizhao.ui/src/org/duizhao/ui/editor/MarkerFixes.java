package org.duizhao.ui.editor;

import java.util.List;

import org.duizhao.dsl.ide.analysis.Analysis;
import org.duizhao.dsl.ide.quickfix.QuickfixEngine.IssueFix;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/** Quick fix from the Problems view: the same fixes as Ctrl+1, applied in the file's editor (opened if needed). */
public class MarkerFixes implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return marker.getAttribute(DiagnosticMarkers.CODE, null) != null;
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		DuizhaoEditor editor = editorFor(marker);
		if (editor == null) {
			return new IMarkerResolution[0];
		}
		Analysis analysis = editor.currentAnalysis();
		int offset = marker.getAttribute(IMarker.CHAR_START, 0);
		int line = marker.getAttribute(IMarker.LINE_NUMBER, 0);
		String code = marker.getAttribute(DiagnosticMarkers.CODE, "");
		List<IssueFix> fixes = editor.language().quickfixes().fixesAt(analysis, offset, line).stream().filter(f -> code.equals(f.issue().getCode())).toList();
		return fixes.stream().map(fix -> new IMarkerResolution() {
			@Override
			public String getLabel() {
				return fix.label();
			}

			@Override
			public void run(IMarker ignored) {
				Fixes.apply(fix, analysis.text(), editor.document(), editor.getAdapter(IRewriteTarget.class));
			}
		}).toArray(IMarkerResolution[]::new);
	}

	private static DuizhaoEditor editorFor(IMarker marker) {
		if (!(marker.getResource() instanceof IFile file)) {
			return null;
		}
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		try {
			IEditorPart part = IDE.openEditor(page, file, DuizhaoEditor.ID, false);
			return part instanceof DuizhaoEditor editor ? editor : null;
		} catch (PartInitException e) {
			return null;
		}
	}
}
