package org.duizhao.ui.editor;

import java.io.IOException;
import java.nio.file.Path;

import org.duizhao.dsl.io.AtomicFiles;
import org.duizhao.ui.internal.DuizhaoUi;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceRuleFactory;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.editors.text.FileDocumentProvider;

/**
 * Reports are UTF-8 whatever the platform says, and saves are atomic: the text goes to a temporary file beside the
 * report, which then replaces it in one move.
 */
public class DuizhaoDocumentProvider extends FileDocumentProvider {

	@Override
	public String getEncoding(Object element) {
		return "UTF-8";
	}

	@Override
	public String getDefaultEncoding() {
		return "UTF-8";
	}

	/** The save refreshes the file after the move, which needs the refresh rule (its folder) as well. */
	@Override
	protected ISchedulingRule getSaveRule(Object element) {
		if (element instanceof IFileEditorInput input) {
			IResourceRuleFactory rules = ResourcesPlugin.getWorkspace().getRuleFactory();
			return MultiRule.combine(rules.modifyRule(input.getFile()), rules.refreshRule(input.getFile()));
		}
		return super.getSaveRule(element);
	}

	@Override
	protected void doSaveDocument(IProgressMonitor monitor, Object element, IDocument document, boolean overwrite)
			throws CoreException {
		if (!(element instanceof IFileEditorInput input) || !input.getFile().exists()) {
			super.doSaveDocument(monitor, element, document, overwrite);
			return;
		}
		IFile file = input.getFile();
		FileInfo info = (FileInfo) getElementInfo(element);
		// Our own write must not come back as "changed on disk, reload?"
		if (info != null && info.fFileSynchronizer != null) {
			info.fFileSynchronizer.uninstall();
		}
		try {
			AtomicFiles.write(Path.of(file.getLocationURI()), document.get());
			file.refreshLocal(IResource.DEPTH_ZERO, monitor);
		} catch (IOException e) {
			throw new CoreException(new Status(IStatus.ERROR, DuizhaoUi.PLUGIN_ID, "保存失败：" + file.getLocation(), e));
		} finally {
			if (info != null && info.fFileSynchronizer != null) {
				info.fFileSynchronizer.install();
			}
		}
		if (info != null) {
			info.fModificationStamp = computeModificationStamp(file);
		}
	}
}
