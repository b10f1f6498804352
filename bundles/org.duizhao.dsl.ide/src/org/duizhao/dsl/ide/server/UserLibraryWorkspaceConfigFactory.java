package org.duizhao.dsl.ide.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.duizhao.dsl.library.LibraryFiles;
import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.xtext.ide.server.MultiRootWorkspaceConfigFactory;
import org.eclipse.xtext.util.IFileSystemScanner;
import org.eclipse.xtext.workspace.FileProjectConfig;
import org.eclipse.xtext.workspace.FileSourceFolder;
import org.eclipse.xtext.workspace.IWorkspaceConfig;
import org.eclipse.xtext.workspace.WorkspaceConfig;

import com.google.inject.Inject;

/**
 * Each workspace folder is a project that also holds the .dzlib files of the user's library folders (only those:
 * reports lying there are not the workspace's), so their profiles and items are indexed and seen as in the product.
 */
public class UserLibraryWorkspaceConfigFactory extends MultiRootWorkspaceConfigFactory {

	/** The user's library folders, as the server was started with them. */
	public record Folders(List<Path> paths) {
	}

	@Inject
	private Folders folders;

	@Override
	protected void addProjectsForWorkspaceFolder(WorkspaceConfig workspace, WorkspaceFolder folder, Set<String> existingNames) {
		if (folder == null || folder.getUri() == null) {
			return;
		}
		String name = getUniqueProjectName(folder.getName(), existingNames);
		Project project = new Project(getUriExtensions().toUri(folder.getUri()), name, workspace, folders.paths());
		project.addSourceFolder(".");
		workspace.addProject(project);
		existingNames.add(name);
	}

	/** A workspace folder's project with the library folders as further source folders. */
	static final class Project extends FileProjectConfig {

		private final List<Path> libraryFolders;

		Project(URI path, String name, IWorkspaceConfig workspace, List<Path> libraryFolders) {
			super(path, name, workspace);
			this.libraryFolders = libraryFolders;
		}

		@Override
		public Set<FileSourceFolder> getSourceFolders() {
			Set<FileSourceFolder> folders = new LinkedHashSet<>();
			for (FileSourceFolder folder : super.getSourceFolders()) {
				folders.add(new ReadableFiles(this, folder.getName()));
			}
			String root = getPath().toFileString();
			for (Path library : libraryFolders) {
				if (root == null || !library.toAbsolutePath().normalize().startsWith(Path.of(root).toAbsolutePath().normalize())) {
					folders.add(new LibraryFolder(this, library));
				}
			}
			return folders;
		}
	}

	/**
	 * A workspace folder's files that can be read. One file the indexer cannot open (a link into nowhere, a loop of
	 * links, a file without read permission) would otherwise fail the whole build, and with it the client's
	 * {@code initialize}: the editor would get no server at all.
	 */
	static final class ReadableFiles extends FileSourceFolder {

		ReadableFiles(FileProjectConfig project, String name) {
			super(project, name);
		}

		@Override
		public List<URI> getAllResources(IFileSystemScanner scanner) {
			return super.getAllResources(scanner).stream().filter(ReadableFiles::isReadable).toList();
		}

		private static boolean isReadable(URI uri) {
			if (!uri.isFile()) {
				return true;
			}
			Path file = Path.of(uri.toFileString());
			return Files.isRegularFile(file) && Files.isReadable(file);
		}
	}

	/** A user's library folder: its .dzlib files, nothing else. */
	static final class LibraryFolder extends FileSourceFolder {

		private final Path folder;

		LibraryFolder(FileProjectConfig project, Path folder) {
			super(project, "用户问题库");
			this.folder = folder.toAbsolutePath().normalize();
		}

		@Override
		public URI getPath() {
			return URI.createFileURI(folder.toString() + "/");
		}

		@Override
		public List<URI> getAllResources(IFileSystemScanner scanner) {
			return LibraryFiles.in(folder).stream().map(file -> URI.createFileURI(file.toString())).toList();
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof LibraryFolder that && that.folder.equals(folder);
		}

		@Override
		public int hashCode() {
			return folder.hashCode();
		}
	}
}
