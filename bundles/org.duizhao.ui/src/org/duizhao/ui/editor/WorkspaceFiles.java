package org.duizhao.ui.editor;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Files anywhere on disk, seen through the workspace so that reports get problem markers and the Problems view: each
 * file a user opens is linked, by itself, into a plain folder of one hidden project (one folder per folder on disk,
 * so that equal names do not collide). Linking the file rather than its folder matters: the workspace refuses to
 * link a folder that contains it, so a report kept in the home folder (which holds ~/.duizhao-studio/workspace)
 * could not be opened.
 */
public final class WorkspaceFiles {

	public static final String PROJECT = "duizhao-files";

	private WorkspaceFiles() {
	}

	/** The workspace file for a file on disk (linking it on first use). */
	public static IFile fileFor(Path path) throws CoreException {
		Path absolute = path.toAbsolutePath().normalize();
		IPath location = IPath.fromOSString(absolute.toString());
		IFile existing = linkedFile(location);
		if (existing != null) {
			existing.refreshLocal(IResource.DEPTH_ZERO, new NullProgressMonitor());
			return existing;
		}
		IFolder folder = project().getFolder(folderName(absolute.getParent()));
		if (!folder.exists()) {
			folder.create(true, true, new NullProgressMonitor());
		}
		IFile file = folder.getFile(absolute.getFileName().toString());
		if (file.exists() && !location.equals(file.getLocation())) {
			file.delete(true, new NullProgressMonitor()); // a stale link of the same name: only the link goes
		}
		if (!file.exists()) {
			file.createLink(location, IResource.ALLOW_MISSING_LOCAL, new NullProgressMonitor());
		}
		file.refreshLocal(IResource.DEPTH_ZERO, new NullProgressMonitor());
		return file;
	}

	/** The link already made for a location, if any. */
	private static IFile linkedFile(IPath location) {
		for (IFile file : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(location.toFile().toURI())) {
			if (file.getProject().getName().equals(PROJECT) && file.isLinked()) {
				return file;
			}
		}
		return null;
	}

	private static IProject project() throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		if (!project.exists()) {
			project.create(new NullProgressMonitor());
		}
		if (!project.isOpen()) {
			project.open(new NullProgressMonitor());
		}
		return project;
	}

	/** A stable, readable folder name for a folder on disk: its name and a hash of its full path. */
	private static String folderName(Path folder) {
		String name = folder == null || folder.getFileName() == null ? "root" : folder.getFileName().toString();
		return "files-" + name + "-" + Integer.toHexString(folder == null ? 0 : folder.toString().hashCode());
	}
}
