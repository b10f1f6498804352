package org.duizhao.dsl.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.duizhao.dsl.importer.Draft.Attachment;
import org.duizhao.dsl.importer.Draft.Finding;
import org.duizhao.dsl.importer.Draft.Place;
import org.duizhao.dsl.importer.DraftReader.Unit;
import org.duizhao.dsl.importer.ImportVocabulary.Part;
import org.duizhao.dsl.profiles.BuiltinProfiles;
import org.duizhao.dsl.text.Placeholders;
import org.duizhao.model.FollowupState;

/**
 * Importing a report: paragraphs in; the text of a .dzr, the profile derived from its headings when no known one
 * fits, and what the import found and did out. The editor and the command line only show the result.
 */
public final class ReportImport {

	/**
	 * What to import.
	 *
	 * @param source     how the source is named in comments and findings (its file name)
	 * @param unit       whether the paragraphs are lines of a text file or paragraphs of a Word document
	 * @param known      the profiles the report may follow, the default first
	 * @param requested  the profile the user named, if any
	 * @param reportStem the file name the report gets, without extension (names a derived profile and its file)
	 */
	public record Request(List<Paragraph> paragraphs, String source, Unit unit, List<ProfileAspects> known,
			Optional<String> requested, String reportStem) {
	}

	/** A profile derived from the headings, to be written beside the report as {@code fileName}. */
	public record DerivedProfile(String name, String fileName, String text) {
	}

	/**
	 * A line of the summary: where in the source it is about (or {@link Place#NOWHERE}), whether it warns, and
	 * whether it names the derived profile's file (which a front end that writes it elsewhere says itself).
	 */
	public record Line(Place place, boolean warning, String text, boolean derivedProfile) {

		Line(Place place, boolean warning, String text) {
			this(place, warning, text, false);
		}
	}

	/**
	 * What an import produced.
	 *
	 * @param report  the .dzr text, to be laid out by the formatter
	 * @param profile the profile the report follows
	 * @param derived the profile to write beside the report, when it was derived from the headings
	 * @param draft   the structure read, with its findings and how causes and measures were attached
	 * @param summary what to show: counts per aspect, the parts kept as comments, where each cause and measure
	 *                went and why, and every finding at its place
	 */
	public record Result(String report, ProfileAspects profile, Optional<DerivedProfile> derived, Draft draft, List<Line> summary) {
	}

	/** The year a built-in profile is of: 组织生活会2023. */
	private static final Pattern YEAR_AT_END = Pattern.compile("(?<![0-9])20[0-9]{2}$");

	private ReportImport() {
	}

	/** @return empty only when the requested profile is not known */
	public static Optional<Result> run(Request request) {
		Draft read = DraftReader.read(request.paragraphs(), request.known(), request.unit());
		String derivedName = AspectMatcher.asId(ImportMessages.bind(ImportMessages.ProfileNamed, request.reportStem()));
		Optional<AspectMatcher.Match> match = AspectMatcher.match(read, request.known(), request.requested(), derivedName);
		return match.map(m -> {
			Draft draft = DeadlineYears.supply(Attacher.attach(Attacher.spread(m.draft(), m.profile(), request.unit()), request.unit()));
			String report = DraftWriter.report(draft, request.source(), m.profile(), request.unit());
			Optional<DerivedProfile> derived = m.derived()
					? Optional.of(new DerivedProfile(m.profile().name(), ImportMessages.bind(ImportMessages.DerivedProfileFile, request.reportStem()),
							DraftWriter.profile(m.profile(), ImportMessages.bind(ImportMessages.Imported, request.source()))))
					: Optional.empty();
			return new Result(report, m.profile(), derived, draft, summary(request, m.profile(), derived, draft));
		});
	}

	private static List<Line> summary(Request request, ProfileAspects profile, Optional<DerivedProfile> derived, Draft draft) {
		List<Line> lines = new ArrayList<>();
		lines.add(info(Place.NOWHERE, ImportMessages.bind(ImportMessages.Summary, request.source(), profile.name())));
		// a profile of the user's (one a former import derived, left in the folder) decides the aspects: say which file
		profile.file().filter(file -> derived.isEmpty())
				.ifPresent(file -> lines.add(info(Place.NOWHERE, ImportMessages.bind(ImportMessages.ProfileFromFile, profile.name(), file))));
		// 2024年度组织生活会 with no profile of 2024: the aspects are an earlier year's, which the notice may have changed
		Optional<Integer> titled = BuiltinProfiles.meetingYear(draft.head().title().orElse(""));
		Matcher ofYear = YEAR_AT_END.matcher(profile.name());
		if (titled.isPresent() && request.requested().isEmpty() && derived.isEmpty() && profile.file().isEmpty() && ofYear.find()
				&& Integer.parseInt(ofYear.group()) != titled.get()) {
			lines.add(new Line(Place.NOWHERE, true, ofAnotherYear(request, profile, draft, titled.get())));
		}
		derived.ifPresent(d -> lines.add(new Line(Place.NOWHERE, false, ImportMessages.bind(ImportMessages.DerivedProfile, d.name(), d.fileName()),
				true)));
		for (Draft.Aspect aspect : draft.aspects()) {
			lines.add(info(aspect.place(), ImportMessages.bind(ImportMessages.AspectCounts, aspect.id().orElse(aspect.heading()),
					aspect.problems().size(), aspect.causes().size(), aspect.measures().size())));
		}
		lines.add(info(Place.NOWHERE, ImportMessages.bind(ImportMessages.CaseCount, draft.cases().size())));
		if (!draft.followups().isEmpty()) {
			lines.add(info(Place.NOWHERE, ImportMessages.bind(ImportMessages.FollowupCount, draft.followups().size())));
		} else if (draft.kept().contains(Part.LAST_YEAR)) {
			// the .dzr names last year's file with a placeholder the checks refuse: said here, not first by validate
			lines.add(new Line(Place.NOWHERE, true, ImportMessages.bind(ImportMessages.PreviousFileToFill, Placeholders.TO_FILL_PREVIOUS_FILE)));
		}
		if (!draft.criticisms().isEmpty()) {
			lines.add(info(Place.NOWHERE, ImportMessages.bind(ImportMessages.CriticismCount, draft.criticisms().size())));
		}
		// 上年度整改 and 征求意见 are parts of the .dzr always (their statements, words and total), 相互批评 once its
		// entries are read: only a part read into nothing stays comments in its part
		List<String> kept = draft.kept().stream().filter(p -> p == Part.CRITICISM && draft.criticisms().isEmpty()).map(Part::label).toList();
		if (!kept.isEmpty()) {
			lines.add(info(Place.NOWHERE, ImportMessages.bind(ImportMessages.KeptParts, String.join("、", kept))));
		}
		for (Attachment a : draft.attachments()) {
			lines.add(info(a.item().place(), ImportMessages.bind(ImportMessages.Attachment, ImportMessages.of(a.kind()), DraftReader.excerpt(a.item().headline()),
					request.unit().at(a.item().place().line()), a.aspect().orElse("—"), how(a))));
		}
		for (Finding f : draft.findings()) {
			lines.add(new Line(f.place(), true, f.message()));
		}
		return List.copyOf(lines);
	}

	/**
	 * Why the aspects are another year's than the title's: no built-in profile is of that year, or there is one (the
	 * title's meeting of its year) but the headings match another profile's aspects, which the writer should know.
	 */
	private static String ofAnotherYear(Request request, ProfileAspects profile, Draft draft, int titled) {
		String year = String.valueOf(titled);
		List<String> names = request.known().stream().map(ProfileAspects::name).toList();
		return BuiltinProfiles.namedBy(draft.head().title().orElse(""), names).filter(name -> name.endsWith(year))
				.flatMap(name -> request.known().stream().filter(p -> p.name().equals(name)).findFirst())
				.map(ofTitle -> ImportMessages.bind(ImportMessages.ProfileOtherThanTitles, year, profile.name(), ofTitle.name(),
						String.join("、", ofTitle.aspects().stream().map(ProfileAspects.AspectName::label).toList())))
				.orElseGet(() -> ImportMessages.bind(ImportMessages.ProfileOfAnotherYear, year, profile.name()));
	}

	static String how(Attachment a) {
		return switch (a.rule()) {
		case OWN_ASPECT -> ImportMessages.AttachedOwn;
		case MEANING -> a.rival().isPresent() ? ImportMessages.bind(ImportMessages.AttachedByMeaningClose, a.rival().get())
				: ImportMessages.bind(ImportMessages.AttachedByMeaning, Math.round(a.clarity() * 100));
		case POSITION -> ImportMessages.AttachedByPosition;
		case COVER -> ImportMessages.AttachedToCover;
		case NOWHERE -> ImportMessages.AttachedNowhere;
		};
	}

	private static Line info(Place place, String text) {
		return new Line(place, false, text);
	}

	/**
	 * The lines of a Markdown file as paragraphs: heading marks and list bullets blanked (so that columns stay those
	 * of the file), the marks of bold taken out (blanked, they left spaces in the words: 学习不够系统  。) with where
	 * they stood, so that places after them are said at the file's columns; escapes undone.
	 */
	public static List<Paragraph> markdown(String text) {
		return lines(text).stream().map(ReportImport::markdown).toList();
	}

	private static Paragraph markdown(Paragraph line) {
		String blanked = tableRow(MARKDOWN.matcher(line.text()).replaceAll(m -> " ".repeat(m.group().length())));
		StringBuilder text = new StringBuilder(blanked.length());
		List<Integer> removed = new ArrayList<>();
		for (int i = 0; i < blanked.length(); i++) {
			if (blanked.startsWith("**", i)) {
				removed.add(text.length());
				removed.add(text.length());
				i++;
			} else {
				text.append(blanked.charAt(i));
			}
		}
		return new Paragraph(line.line(), line.offset(), text.toString().replace("\\*", " *"), false, List.of(), removed, List.of());
	}

	/**
	 * A row of a Markdown table (| 1 | 制定方案 | 分管副主任 | 2025年10月底前 |) as the row of a table pasted from Word,
	 * its cells split by tabs; the row under the header (| --- | :---: |) blanked. Both as long as the line.
	 */
	private static String tableRow(String line) {
		if (!TABLE_ROW.matcher(line).matches()) {
			return line;
		}
		return TABLE_RULE.matcher(line).matches() ? " ".repeat(line.length()) : line.replace('|', '\t');
	}

	private static final Pattern TABLE_ROW = Pattern.compile("\\s*\\|(?:[^|]*\\|){2,}\\s*");
	private static final Pattern TABLE_RULE = Pattern.compile("[\\s|:\\-]+");
	private static final Pattern MARKDOWN = Pattern.compile("^\\s*#{1,6}\\s+|^\\s*[-*+]\\s+");

	/** The lines of a plain text file as paragraphs, numbered from 1, with the offset where each starts. */
	public static List<Paragraph> lines(String text) {
		List<Paragraph> result = new ArrayList<>();
		int start = 0;
		int line = 1;
		for (int i = 0; i <= text.length(); i++) {
			if (i == text.length() || text.charAt(i) == '\n') {
				int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
				if (i < text.length() || end > start) {
					result.add(new Paragraph(line++, start, text.substring(start, end), false));
				}
				start = i + 1;
			}
		}
		return result;
	}

	/**
	 * The state a statement of last year's measures says by its words alone, as the import reads it (已整改到位 is
	 * 已完成): the export need not write the state before words that say it, and reads back the same.
	 */
	public static Optional<FollowupState> stateSaid(String statement) {
		List<FollowupReader.Entry> entries = new FollowupReader().read(statement, 0, true).entries();
		return entries.size() == 1 ? entries.get(0).state() : Optional.empty();
	}

	/** A .dzlib holding {@code profile}, its first line the comment {@code origin} (where it came from). */
	public static String profileText(ProfileAspects profile, String origin) {
		return DraftWriter.profile(profile, origin);
	}

	/** A file's name without its extension (清单.docx → 清单): what an imported report and a derived profile are named after. */
	public static String stem(Path file) {
		return file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
	}

	/** Where a place is, as people and editors read it: 材料.txt:12:5, or 材料.docx:第 12 段:第 5 字. */
	public static String where(String source, Unit unit, Place place) {
		if (place.line() <= 0) {
			return source;
		}
		return unit == Unit.LINE ? source + ":" + place.line() + ":" + place.column()
				: source + ":" + unit.at(place.line()) + ":" + ImportMessages.bind(ImportMessages.CharacterAt, place.column());
	}
}
