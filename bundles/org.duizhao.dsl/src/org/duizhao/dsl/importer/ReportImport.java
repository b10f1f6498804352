package org.duizhao.dsl.importer;

import java.util.List;
import java.util.stream.IntStream;

import org.duizhao.dsl.importer.AspectMatcher.Match;
import org.duizhao.dsl.importer.AspectMatcher.ProfileAspects;
import org.duizhao.dsl.importer.ReportImporter.Paragraph;

/** Importing a report: paragraphs in, the text of a .dzr (and of a derived profile) and a summary out. */
public final class ReportImport {

	/**
	 * What an import produced.
	 *
	 * @param report      the .dzr text
	 * @param profile     the profile the report follows
	 * @param profileText the .dzlib to write beside the report when the profile was derived from the headings, else
	 *                    {@code null}
	 * @param draft       the structure read, with its findings and how causes and measures were attached
	 */
	public record Result(String report, ProfileAspects profile, String profileText, Draft draft) {
	}

	private ReportImport() {
	}

	/**
	 * @param source      how the source is named in comments (its file name)
	 * @param known       the profiles the report may follow, the default first
	 * @param requested   the profile named by the user, or {@code null}
	 * @param derivedName the name of a profile derived from the headings
	 * @return {@code null} only when {@code requested} names no known profile
	 */
	public static Result run(List<Paragraph> paragraphs, String source, List<ProfileAspects> known, String requested,
			String derivedName) {
		Draft draft = ReportImporter.read(paragraphs);
		Match match = AspectMatcher.match(draft, known, requested, derivedName);
		if (match == null) {
			return null;
		}
		Attacher.attach(draft);
		String report = DraftWriter.report(draft, source, match.profile());
		String profileText = match.derived() ? DraftWriter.profile(match.profile(), source) : null;
		return new Result(report, match.profile(), profileText, draft);
	}

	/** The lines of a Markdown file as paragraphs: heading marks and emphasis dropped, escapes undone. */
	public static List<Paragraph> markdown(String text) {
		return lines(text).stream().map(p -> new Paragraph(p.line(),
				p.text().replaceFirst("^\\s*#{1,6}\\s+", "").replace("**", "").replace("\\*", "*"))).toList();
	}

	/** The lines of a plain text file as paragraphs, numbered from 1. */
	public static List<Paragraph> lines(String text) {
		List<String> lines = text.lines().toList();
		return IntStream.range(0, lines.size()).mapToObj(i -> new Paragraph(i + 1, lines.get(i))).toList();
	}
}
