package org.duizhao.dsl.previous;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.duizhao.dsl.importer.DraftReader.Unit;
import org.duizhao.dsl.importer.Paragraph;
import org.duizhao.dsl.importer.ProfileAspects;
import org.duizhao.dsl.importer.ReportImport;
import org.duizhao.dsl.io.TextFiles;
import org.duizhao.dsl.nodes.Reports;
import org.duizhao.dsl.nodes.StringLiteral;
import org.duizhao.dsl.profiles.BuiltinProfiles;
import org.duizhao.dsl.validation.Messages;
import org.duizhao.model.Item;
import org.duizhao.model.Measure;
import org.duizhao.model.MeasureState;
import org.duizhao.model.Report;
import org.duizhao.model.ReportPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Reads the report a 上年度整改 names, relative to the report that names it. A .dzr is parsed as it is; a .txt or
 * .md goes through the importer, a .docx too once the Word reader is registered (the office bundle does it: this
 * bundle does not know Word). What was read is kept while the file is unchanged, since the checks ask on every edit.
 */
@Singleton
public class LastYearReports {

	/** What naming a file gave: the report, or why there is none (a message for the user). */
	public sealed interface Loaded permits Found, Unreadable {
	}

	public record Found(LastYearReport report) implements Loaded {
	}

	public record Unreadable(Path file, String reason) implements Loaded {
	}

	private static volatile Function<Path, List<Paragraph>> wordReader;

	/** Lets .docx files be named: the office bundle registers its reader when it starts. */
	public static void readWordWith(Function<Path, List<Paragraph>> reader) {
		wordReader = reader;
	}

	private record Cached(FileTime modified, long size, LastYearReport report) {
	}

	private final Map<Path, Cached> cache = new ConcurrentHashMap<>();

	@Inject
	private IParser parser;

	@Inject
	private BuiltinProfiles builtinProfiles;

	/** The file a report's 上年度整改 names, relative to the report's own folder; empty when there is no folder. */
	public Optional<Path> fileOf(Report report, String named) {
		URI uri = report.eResource() == null ? null : report.eResource().getURI();
		Path relative = Path.of(StringLiteral.joined(named).strip());
		if (relative.isAbsolute()) {
			return Optional.of(relative);
		}
		if (uri == null || !uri.isFile()) {
			return Optional.of(relative.toAbsolutePath());
		}
		Path folder = Path.of(uri.toFileString()).toAbsolutePath().getParent();
		return Optional.of(folder == null ? relative : folder.resolve(relative));
	}

	public Loaded load(Report report, String named) {
		Optional<Path> file = fileOf(report, named);
		if (file.isEmpty() || !Files.isRegularFile(file.get())) {
			return new Unreadable(file.orElse(Path.of(named)), Messages.PreviousNotFound);
		}
		return load(file.get());
	}

	public Loaded load(Path file) {
		try {
			FileTime modified = Files.getLastModifiedTime(file);
			long size = Files.size(file);
			Cached cached = cache.get(file);
			if (cached != null && cached.modified().equals(modified) && cached.size() == size) {
				return new Found(cached.report());
			}
			Optional<LastYearReport> read = read(file);
			if (read.isEmpty()) {
				return new Unreadable(file, Messages.PreviousNotAReport);
			}
			cache.put(file, new Cached(modified, size, read.get()));
			return new Found(read.get());
		} catch (IOException | RuntimeException e) {
			return new Unreadable(file, String.valueOf(e.getMessage()));
		}
	}

	private Optional<LastYearReport> read(Path file) throws IOException {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		String text;
		if (name.endsWith(".dzr")) {
			text = TextFiles.read(file).text();
		} else {
			Optional<List<Paragraph>> paragraphs = paragraphs(file, name);
			if (paragraphs.isEmpty()) {
				return Optional.empty();
			}
			Unit unit = name.endsWith(".docx") ? Unit.PARAGRAPH : Unit.LINE;
			List<ProfileAspects> known = builtinProfiles.profiles().stream().map(ProfileAspects::of).toList();
			Optional<ReportImport.Result> imported = ReportImport.run(new ReportImport.Request(paragraphs.get(),
					file.getFileName().toString(), unit, known, Optional.empty(), ReportImport.stem(file)));
			if (imported.isEmpty()) {
				return Optional.empty();
			}
			text = imported.get().report();
		}
		IParseResult parsed = parser.parse(new StringReader(text));
		if (!(parsed.getRootASTElement() instanceof Report report)) {
			return Optional.empty();
		}
		List<LastYearReport.Entry> measures = new ArrayList<>();
		for (Measure m : Reports.measures(report)) {
			measures.add(entry(m, m.isSetState() ? Optional.of(m.getState()) : Optional.empty()));
		}
		List<LastYearReport.Entry> problems = Reports.problems(report).stream().map(p -> entry(p, Optional.empty())).toList();
		List<LastYearReport.Entry> passages = new ArrayList<>();
		for (StringLiteral literal : StringLiteral.of(report)) {
			passages.add(passage("", literal));
		}
		for (Item item : Reports.items(report)) {
			for (StringLiteral literal : StringLiteral.of(item)) {
				passages.add(passage(String.valueOf(item.getName()), literal));
			}
		}
		report.getCases().forEach(c -> StringLiteral.of(c).forEach(l -> passages.add(passage("", l))));
		String profile = NodeModelUtils.findNodesForFeature(report, ReportPackage.Literals.REPORT__PROFILE).stream()
				.map(n -> NodeModelUtils.getTokenText(n)).findFirst().orElse("");
		return Optional.of(new LastYearReport(file, List.copyOf(measures), problems, List.copyOf(passages), profile));
	}

	private Optional<List<Paragraph>> paragraphs(Path file, String name) throws IOException {
		if (name.endsWith(".docx")) {
			Function<Path, List<Paragraph>> reader = wordReader;
			return reader == null ? Optional.empty() : Optional.of(reader.apply(file));
		}
		if (name.endsWith(".txt") || name.endsWith(".md")) {
			String text = TextFiles.read(file).text();
			return Optional.of(name.endsWith(".md") ? ReportImport.markdown(text) : ReportImport.lines(text));
		}
		return Optional.empty();
	}

	private static LastYearReport.Entry passage(String id, StringLiteral literal) {
		return new LastYearReport.Entry(id, StringLiteral.joined(literal.content()), "", literal.node().getStartLine(), Optional.empty());
	}

	private static LastYearReport.Entry entry(Item item, Optional<MeasureState> state) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(item);
		return new LastYearReport.Entry(String.valueOf(item.getName()), StringLiteral.joined(item.getHeadline()),
				StringLiteral.joined(item.getBody()), node == null ? 0 : node.getStartLine(), state);
	}
}
