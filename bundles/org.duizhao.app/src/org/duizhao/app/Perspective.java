package org.duizhao.app;

import org.duizhao.app.views.LibraryView;
import org.duizhao.app.views.SubmissionCheckView;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** 对照检查: outline left, the report in the middle, the submission check right, problems below. */
public class Perspective implements IPerspectiveFactory {

	public static final String ID = "org.duizhao.app.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.24f, editorArea);
		left.addView(IPageLayout.ID_OUTLINE);
		IFolderLayout libraries = layout.createFolder("leftBottom", IPageLayout.BOTTOM, 0.55f, "left");
		libraries.addView(LibraryView.ID);
		IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.66f, editorArea);
		right.addView(SubmissionCheckView.ID);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.74f, editorArea);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
	}
}
