package org.duizhao.dsl.ide.analysis;

import java.nio.file.Path;
import java.util.List;

import org.duizhao.dsl.profiles.BuiltinProfiles;
import org.duizhao.dsl.syntax.ReportSyntax;
import org.duizhao.dsl.syntax.ReportSyntax.Keyword;
import org.duizhao.model.Profile;
import org.eclipse.emf.common.util.URI;

import com.google.inject.Inject;

/** The profiles a report at a place may follow: the built-in ones (the default first), then those of its libraries. */
public class VisibleProfiles {

	@Inject
	private DocumentAnalyzer analyzer;

	@Inject
	private BuiltinProfiles builtins;

	public List<Profile> of(Path report, List<Path> libraryFolders) {
		Analysis analysis = analyzer.analyze(URI.createFileURI(report.toAbsolutePath().toString()), ReportSyntax.text(Keyword.REPORT, ""), libraryFolders);
		return analysis.read(model -> builtins.withThoseOf(model.resource().getResourceSet()));
	}
}
