package org.duizhao.ui.editor;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Files anywhere on disk, seen through the workspace: each folder a user opens from is linked into one hidden
 * project, so that reports get problem markers, the Problems view and the usual save and reload behaviour.
 */
public final class WorkspaceFiles {

	public static final String PROJECT = "duizhao-files";

	private WorkspaceFiles() {
	}

	/** The workspace file for a file on disk (linking its folder on first use). */
	public static IFile fileFor(Path path) throws CoreException {
		Path absolute = path.toAbsolutePath().normalize();
		IProject project = project();
		String linkName = linkName(absolute.getParent());
		IFolder folder = project.getFolder(linkName);
		if (!folder.exists()) {
			folder.createLink(org.eclipse.core.runtime.Path.fromOSString(absolute.getParent().toString()),
					IResource.ALLOW_MISSING_LOCAL, new NullProgressMonitor());
		} else {
			folder.refreshLocal(IResource.DEPTH_ONE, new NullProgressMonitor());
		}
		IFile file = folder.getFile(absolute.getFileName().toString());
		if (Files.exists(absolute)) {
			file.refreshLocal(IResource.DEPTH_ZERO, new NullProgressMonitor());
		}
		return file;
	}

	private static IProject project() throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		if (!project.exists()) {
			project.create(new NullProgressMonitor());
		}
		if (!project.isOpen()) {
			project.open(new NullProgressMonitor());
		}
		if (!"UTF-8".equals(project.getDefaultCharset(false))) {
			project.setDefaultCharset("UTF-8", new NullProgressMonitor());
		}
		return project;
	}

	/** A stable, readable link name for a folder: its name and a hash of its full path. */
	private static String linkName(Path folder) {
		String name = folder.getFileName() == null ? "root" : folder.getFileName().toString();
		return name + "-" + Integer.toHexString(folder.toString().hashCode());
	}
}
