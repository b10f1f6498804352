package org.duizhao.dsl.depth;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import com.google.inject.Singleton;

/**
 * The folders of past reports a report is compared with for copied text (首选项, or {@code --compare DIR}), besides
 * the reports of the same meeting in its own folder and last year's report.
 */
@Singleton
public class CompareFolders {

	/** A resource set's own folders (the command line's {@code --compare}), ahead of these. */
	public static final String OPTION = "org.duizhao.depth.compare";

	private volatile List<Path> folders = List.of();

	public List<Path> folders() {
		return folders;
	}

	@SuppressWarnings("unchecked")
	public List<Path> folders(Resource resource) {
		Object own = resource == null || resource.getResourceSet() == null ? null
				: resource.getResourceSet().getLoadOptions().get(OPTION);
		return own instanceof List<?> list ? (List<Path>) list : folders;
	}

	public static void set(ResourceSet set, List<Path> folders) {
		set.getLoadOptions().put(OPTION, List.copyOf(folders));
	}

	public void set(List<Path> folders) {
		this.folders = List.copyOf(folders);
	}
}
