package org.duizhao.dsl.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.duizhao.dsl.depth.CompareFolders;
import org.duizhao.dsl.depth.DepthSwitch;
import org.duizhao.dsl.nodes.StringLiteral;
import org.duizhao.dsl.previous.LastYearReport;
import org.duizhao.dsl.previous.LastYearReports;
import org.duizhao.dsl.profiles.ProfileResolver;
import org.duizhao.dsl.text.CopiedPassages;
import org.duizhao.dsl.text.NearDuplicates;
import org.duizhao.dsl.text.Placeholders;
import org.duizhao.dsl.validation.IssueCodes;
import org.duizhao.dsl.validation.Messages;
import org.duizhao.model.Report;
import org.duizhao.model.ReportPackage;
import org.duizhao.model.ReviewSeverity;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;

/**
 * 照抄: a passage of 40 characters or more that another report has too — one of the same meeting in the report's
 * folder, one in the folders of past reports, or last year's. All passages of all those reports go into one
 * near-duplicate search (MinHash bands), so the cost grows with the text, not with pairs of reports.
 */
public class CopiedTextChecker extends AbstractChecker {

	/** Shorter passages are set phrases every report shares. */
	static final int MIN_LENGTH = 40;

	@Inject
	private DepthSwitch depthSwitch;

	@Inject
	private CompareFolders compareFolders;

	@Inject
	private LastYearReports reports;

	@Inject
	private ProfileResolver profileResolver;

	/** The lookup of the last call's other reports, kept while they are the same files unchanged. */
	private volatile Lookup last;

	/** A passage of another report: its text, that report's file and the line it is on. */
	private record Other(String text, Path file, int line) {
	}

	private record Lookup(List<Path> files, List<LastYearReport> read, List<Other> others, CopiedPassages passages) {
	}

	@Check
	public void noCopiedPassages(Report report) {
		if (!depthSwitch.isOn(report.eResource())) {
			return;
		}
		Path self = fileOf(report);
		Lookup lookup = lookup(report);
		if (lookup.others().isEmpty() || lookup.files().stream().allMatch(f -> f.equals(self))) {
			return; // nothing to compare with: the report's own passages are not even gathered
		}
		List<StringLiteral> mine = passages(report);
		for (StringLiteral literal : mine) {
			for (CopiedPassages.Passage copied : lookup.passages().in(literal.content(),
					source -> !lookup.others().get(source.text()).file().equals(self))) {
				Other other = lookup.others().get(copied.source().text());
				String message = Messages.bind(Messages.DepthCopied, other.file().getFileName(), other.line(),
						NearDuplicates.normalise(literal.content().substring(copied.start(), copied.end())).length(),
						(int) Math.round(copied.similarity() * 100));
				int length = copied.end() - copied.start();
				if (severity(report) == ReviewSeverity.WARNING) {
					warningAt(message, literal.owner(), literal.contentOffset() + copied.start(), length, IssueCodes.DEPTH_COPIED,
							other.file().toString());
				} else {
					infoAt(message, literal.owner(), literal.contentOffset() + copied.start(), length, IssueCodes.DEPTH_COPIED,
							other.file().toString());
				}
			}
		}
	}

	private Lookup lookup(Report report) {
		List<Path> files = files(report);
		List<LastYearReport> read = new ArrayList<>();
		for (Path file : files) {
			if (reports.load(file) instanceof LastYearReports.Found found) {
				read.add(found.report());
			}
		}
		Lookup known = last;
		// the reports read are cached objects: the same objects mean the same files, unchanged
		if (known != null && known.files().equals(files) && sameObjects(known.read(), read)) {
			return known;
		}
		List<Other> others = new ArrayList<>();
		for (LastYearReport other : read) {
			for (LastYearReport.Entry passage : other.passages()) {
				others.add(new Other(passage.headline(), other.file(), passage.line()));
			}
		}
		Lookup made = new Lookup(files, read, others, new CopiedPassages(others.stream().map(Other::text).toList(), MIN_LENGTH));
		last = made;
		return made;
	}

	private static boolean sameObjects(List<?> a, List<?> b) {
		if (a.size() != b.size()) {
			return false;
		}
		for (int i = 0; i < a.size(); i++) {
			if (a.get(i) != b.get(i)) {
				return false;
			}
		}
		return true;
	}

	private ReviewSeverity severity(Report report) {
		return profileResolver.isUnresolved(report) ? ReviewSeverity.INFO : profileResolver.effectiveProfile(report).getReviewSeverity();
	}

	/** The report's own texts long enough to count, placeholders aside. */
	private static List<StringLiteral> passages(Report report) {
		List<StringLiteral> result = new ArrayList<>();
		List<EObject> objects = new ArrayList<>();
		objects.add(report);
		report.eAllContents().forEachRemaining(objects::add);
		for (EObject object : objects) {
			for (StringLiteral literal : StringLiteral.of(object)) {
				if (NearDuplicates.normalise(literal.content()).length() >= MIN_LENGTH) {
					result.add(literal);
				}
			}
		}
		return result;
	}

	/** The reports this one is compared with: same meeting in its folder, last year's, the folders of past reports. */
	private List<Path> files(Report report) {
		Path self = fileOf(report);
		List<Path> files = new ArrayList<>();
		String profile = profileOf(report);
		if (self != null && self.getParent() != null) {
			// reports of other years in the folder are compared only when named as last year's
			for (Path file : list(self.getParent(), ".dzr")) {
				if (reports.load(file) instanceof LastYearReports.Found found
						&& found.report().profile().equals(profile)) {
					files.add(file);
				}
			}
		}
		if (report.getPrevious() != null && report.getPrevious().getReport() != null
				&& Placeholders.find(report.getPrevious().getReport()).isEmpty()) {
			reports.fileOf(report, report.getPrevious().getReport()).filter(Files::isRegularFile)
					.map(f -> f.toAbsolutePath().normalize()).ifPresent(files::add);
		}
		for (Path folder : compareFolders.folders(report.eResource())) {
			files.addAll(list(folder, ".dzr", ".docx", ".txt"));
		}
		// the report's own file stays in: the lookup is then the same for every report of a folder (its own passages
		// are left out when they are looked up)
		return files.stream().distinct().toList();
	}

	private static String profileOf(Report report) {
		return NodeModelUtils.findNodesForFeature(report, ReportPackage.Literals.REPORT__PROFILE).stream()
				.map(NodeModelUtils::getTokenText).findFirst().orElse("");
	}

	private static Path fileOf(Report report) {
		URI uri = report.eResource() == null ? null : report.eResource().getURI();
		return uri != null && uri.isFile() ? Path.of(uri.toFileString()).toAbsolutePath().normalize() : null;
	}

	private static List<Path> list(Path folder, String... extensions) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> {
				String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
				return Files.isRegularFile(f) && Stream.of(extensions).anyMatch(name::endsWith);
			}).map(f -> f.toAbsolutePath().normalize()).sorted().toList();
		} catch (IOException e) {
			return List.of();
		}
	}
}
