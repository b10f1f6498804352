package org.duizhao.dsl.ide.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.duizhao.dsl.profiles.BuiltinProfiles;
import org.duizhao.model.Library;
import org.duizhao.model.Profile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import com.google.inject.Inject;

/** The profiles a report at a place may follow: the built-in ones (the default first), then those of its libraries. */
public class VisibleProfiles {

	@Inject
	private DocumentAnalyzer analyzer;

	@Inject
	private BuiltinProfiles builtins;

	public List<Profile> of(Path report, List<Path> libraryFolders) {
		Analysis analysis = analyzer.analyze(URI.createFileURI(report.toAbsolutePath().toString()), "报告 \"\"", libraryFolders);
		List<Profile> profiles = new ArrayList<>(builtins.profiles());
		for (Resource resource : analysis.resource().getResourceSet().getResources()) {
			for (EObject root : resource.getContents()) {
				if (root instanceof Library library) {
					profiles.addAll(library.getProfiles());
				}
			}
		}
		return profiles;
	}
}
