package org.duizhao.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.duizhao.dsl.depth.DepthCheck;
import org.duizhao.dsl.ide.analysis.Analysis;
import org.duizhao.dsl.ide.analysis.SubmissionCheck;
import org.duizhao.dsl.importer.ProfileAspects;
import org.duizhao.dsl.importer.ReportImport;
import org.duizhao.dsl.profiles.ProfileResolver;
import org.duizhao.dsl.validation.CheckCatalogue;
import org.duizhao.dsl.validation.IssueCodes;
import org.duizhao.model.Report;
import org.duizhao.model.Scope;
import org.duizhao.office.ReportSources;
import org.duizhao.office.ReviewWorkbook;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.gson.GsonBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code duizhao review FOLDER}: the review of every report of a folder, as those who collect them need it — one row
 * per report (complete or not, placeholders, each depth check, copied passages and from where, the share of problems
 * and causes) and every finding. Word and text drafts are imported in memory; nothing is written beside them.
 */
@Command(name = "review")
final class ReviewCommand implements Callable<Integer> {

	enum Format {
		XLSX, MD, JSON
	}

	static final class Formats extends Choice<Format> {
		Formats() {
			super(CliMessages.UnknownFormat, Format.values(), Choice::word);
		}
	}

	private static final List<String> EXTENSIONS = List.of(".dzr", ".docx", ".txt", ".md");

	@Parameters(paramLabel = "FOLDER", descriptionKey = "folder")
	private Path folder;

	@Option(names = "--compare", paramLabel = "FOLDER")
	private List<Path> compare = new ArrayList<>();

	@Option(names = "--to", paramLabel = "xlsx|md|json", converter = Formats.class, completionCandidates = Formats.class)
	private Format to = Format.MD;

	@Option(names = { "-o", "--output" }, paramLabel = "OUT")
	private Path output;

	@Option(names = { "-f", "--force" })
	private boolean force;

	private final PrintStream out;
	private final PrintStream err;

	ReviewCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/** One report's line of the review. */
	record Row(Map<String, String> cells) {
	}

	@Override
	public Integer call() throws IOException {
		if (!Files.isDirectory(folder)) {
			err.println(CliMessages.bind(CliMessages.Unreadable, folder, CliMessages.NoFolder));
			return Main.UNREADABLE;
		}
		List<Path> compared = new ArrayList<>(compare);
		compared.add(0, folder);
		Workspace workspace = new Workspace();
		workspace.depth(true, compared);
		List<String> unreadable = new ArrayList<>();
		List<Path> files = files(folder);
		Workspace.Result dzr = workspace.load(files.stream().filter(f -> f.toString().endsWith(".dzr")).map(Path::toString).toList());
		unreadable.addAll(dzr.problems());
		Map<Path, XtextResource> resources = new LinkedHashMap<>();
		dzr.files().forEach(f -> resources.put(Path.of(f.resource().getURI().toFileString()).toAbsolutePath().normalize(), f.resource()));
		List<ProfileAspects> known = workspace.profiles().stream().map(ProfileAspects::of).toList();
		for (Path file : files) {
			if (!file.toString().endsWith(".dzr")) {
				imported(workspace, file, known, unreadable).ifPresent(r -> resources.put(file.toAbsolutePath().normalize(), r));
			}
		}
		IResourceValidator validator = workspace.injector().getInstance(IResourceValidator.class);
		SubmissionCheck submission = workspace.ideInjector().getInstance(SubmissionCheck.class);
		ProfileResolver profiles = workspace.injector().getInstance(ProfileResolver.class);
		List<Row> rows = new ArrayList<>();
		List<List<String>> findings = new ArrayList<>();
		for (Map.Entry<Path, XtextResource> entry : resources.entrySet()) {
			XtextResource resource = entry.getValue();
			List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
			String name = folder.toAbsolutePath().normalize().relativize(entry.getKey()).toString();
			rows.add(row(name, resource, issues, submission, profiles));
			for (Issue issue : issues) {
				findings.add(List.of(name, String.valueOf(issue.getLineNumber() == null ? 0 : issue.getLineNumber()),
						DiagnosticPrinter.severityLabel(issue.getSeverity()), issue.getCode() == null ? "" : issue.getCode(), issue.getMessage()));
			}
		}
		unreadable.forEach(err::println);
		int written = write(rows, findings, unreadable);
		if (written != Main.OK) {
			return written;
		}
		return unreadable.isEmpty() ? Main.OK : Main.UNREADABLE;
	}

	private static List<Path> files(Path folder) throws IOException {
		try (Stream<Path> list = Files.list(folder)) {
			return list.filter(f -> EXTENSIONS.stream().anyMatch(e -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(e)))
					.sorted().toList();
		}
	}

	/** A Word or text draft imported in memory, as the report it would become. */
	private static Optional<XtextResource> imported(Workspace workspace, Path file, List<ProfileAspects> known, List<String> unreadable) {
		try {
			ReportSources.Source source = ReportSources.read(file);
			Optional<ReportImport.Result> result = ReportImport.run(new ReportImport.Request(source.paragraphs(),
					file.getFileName().toString(), source.unit(), known, Optional.empty(), ReportImport.stem(file)));
			return result.map(r -> workspace.parsed(file, r.report()));
		} catch (IOException | RuntimeException e) {
			unreadable.add(CliMessages.bind(CliMessages.Unreadable, file, e.getMessage()));
			return Optional.empty();
		}
	}

	private static Row row(String name, XtextResource resource, List<Issue> issues, SubmissionCheck submission, ProfileResolver profiles) {
		Map<String, String> cells = new LinkedHashMap<>();
		Report report = resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Report r) ? null : r;
		SubmissionCheck.Result check = submission.check(new Analysis(resource.getParseResult().getRootNode().getText(), resource, issues));
		cells.put("文件", name);
		cells.put("单位", report == null || report.getOrganization() == null ? "" : report.getOrganization());
		cells.put("类型", report == null || report.getScope() == null ? "" : report.getScope() == Scope.PERSONAL ? "个人" : "班子");
		cells.put("方案", report == null || profiles.isUnresolved(report) ? "" : profiles.effectiveProfile(report).getName());
		List<String> missing = check.findings().stream().filter(f -> f.group().equals("完整性")).map(SubmissionCheck.Finding::message).toList();
		cells.put("完整", missing.isEmpty() ? "是" : "否");
		cells.put("缺少", String.join("；", missing));
		cells.put("占位符", String.valueOf(count(issues, IssueCodes.PLACEHOLDER)));
		for (DepthCheck depth : DepthCheck.values()) {
			cells.put(title(depth.code()), String.valueOf(count(issues, depth.code())));
		}
		cells.put("照抄自", String.join("、", issues.stream().filter(i -> IssueCodes.DEPTH_COPIED.equals(i.getCode()))
				.map(i -> i.getData() != null && i.getData().length > 0 ? Path.of(i.getData()[0]).getFileName().toString() : "")
				.distinct().toList()));
		cells.put("问题和原因占比", check.review().problemsAndCausesPercent() + "%");
		return new Row(cells);
	}

	private static String title(String code) {
		return CheckCatalogue.check(code).map(CheckCatalogue.Check::title).orElse(code).replaceAll("（.*）$", "");
	}

	private static long count(List<Issue> issues, String code) {
		return issues.stream().filter(i -> code.equals(i.getCode())).count();
	}

	private int write(List<Row> rows, List<List<String>> findings, List<String> unreadable) throws IOException {
		List<String> header = rows.isEmpty() ? List.of("文件") : List.copyOf(rows.get(0).cells().keySet());
		List<List<String>> table = rows.stream().map(r -> List.copyOf(r.cells().values())).toList();
		byte[] bytes = switch (to) {
		case XLSX -> {
			ByteArrayOutputStream buffer = new ByteArrayOutputStream();
			ReviewWorkbook.write(List.of(new ReviewWorkbook.Table("审核结果", header, table),
					new ReviewWorkbook.Table("全部发现", List.of("文件", "行", "级别", "代码", "说明"), findings)), buffer);
			yield buffer.toByteArray();
		}
		case MD -> markdown(header, table).getBytes(StandardCharsets.UTF_8);
		case JSON -> {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("reports", rows.stream().map(Row::cells).toList());
			json.put("findings", findings.stream().map(f -> Map.of("file", f.get(0), "line", Integer.parseInt(f.get(1)), "severity", f.get(2),
					"code", f.get(3), "message", f.get(4))).toList());
			json.put("unreadable", unreadable);
			yield new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json).getBytes(StandardCharsets.UTF_8);
		}
		};
		Path target = output != null ? output : to == Format.XLSX ? Path.of(CliMessages.ReviewDefaultFile) : null;
		if (target == null) {
			out.print(new String(bytes, StandardCharsets.UTF_8));
			return Main.OK;
		}
		OutputFile file = new OutputFile(target, force);
		String refusal = file.refusal(folder);
		if (refusal != null) {
			err.println(refusal);
			return Main.UNREADABLE;
		}
		return file.write(bytes, out, err);
	}

	private static String markdown(List<String> header, List<List<String>> rows) {
		StringBuilder sb = new StringBuilder("| ").append(String.join(" | ", header)).append(" |\n|");
		header.forEach(h -> sb.append("---|"));
		sb.append('\n');
		for (List<String> row : rows) {
			sb.append("| ").append(String.join(" | ", row.stream().map(c -> c.replace("|", "｜").replace("\n", " ")).toList())).append(" |\n");
		}
		return sb.toString();
	}
}
