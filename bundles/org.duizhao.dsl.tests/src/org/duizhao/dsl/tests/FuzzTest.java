package org.duizhao.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.duizhao.dsl.formatting2.TextFormatter;
import org.duizhao.dsl.ide.quickfix.QuickfixEngine;
import org.duizhao.dsl.importer.Draft;
import org.duizhao.dsl.importer.Paragraph;
import org.duizhao.dsl.importer.ProblemListImporter;
import org.duizhao.dsl.importer.ReportImport;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Mutated inputs (cuts, stray quotes and braces, right-to-left marks, characters outside the BMP, a line of a
 * megabyte) through the parser, the checks, the formatter, the quick fixes and both importers: never a throw or a
 * hang, formatting twice changes nothing, a quick fix never breaks the syntax, an import keeps the text it was
 * given. Fixed seeds and bounded counts, so a failure repeats.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(DuizhaoIdeInjectorProvider.class)
class FuzzTest {

	private static final String[] INSERTIONS = { "\"", "{", "}", "“", "”", "\u200F", "𠮷", "\n", "\r", "\t", "针对 ", "问题 P9 ",
			"方面 ", "，", "XX", "//", "/*", "\\", "\u3000" };
	private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}{6,}");

	@Inject
	private Fixture fixture;

	@Inject
	private TextFormatter formatter;

	@Inject
	private QuickfixEngine quickfixes;

	private static String example() throws IOException {
		return Files.readString(Path.of(System.getProperty("duizhao.examples", "../../examples"), "2023-班子对照检查材料.dzr"),
				StandardCharsets.UTF_8);
	}

	static String mutate(String text, Random random) {
		StringBuilder sb = new StringBuilder(text);
		int mutations = 1 + random.nextInt(4);
		for (int m = 0; m < mutations && sb.length() > 0; m++) {
			int at = random.nextInt(sb.length());
			switch (random.nextInt(3)) {
			case 0 -> sb.delete(at, Math.min(sb.length(), at + random.nextInt(40)));
			case 1 -> sb.insert(at, INSERTIONS[random.nextInt(INSERTIONS.length)]);
			default -> {
				// keep surrogate pairs whole: a cut between them would make text no file can hold
				int end = Math.min(sb.length(), at + 1 + random.nextInt(200));
				String piece = sb.substring(at, end);
				sb.insert(random.nextInt(sb.length()), piece);
			}
			}
		}
		return sb.toString().replaceAll("[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]", "");
	}

	@Test
	void parserChecksFormatterAndQuickFixesSurviveMutatedReports() throws IOException {
		String example = example();
		Random random = new Random(20261123);
		int parsedCleanly = 0;
		for (int round = 0; round < 120; round++) {
			String text = mutate(example, random);
			XtextResource resource = fixture.parse(text, "fuzz.dzr", Map.of());
			List<Issue> issues = fixture.validate(resource);
			if (resource.getParseResult().hasSyntaxErrors()) {
				continue;
			}
			parsedCleanly++;
			String once = formatter.format(resource, text);
			String twice = formatter.format(fixture.parse(once, "fuzz.dzr", Map.of()), once);
			assertEquals(once, twice, "formatting twice changes nothing (round " + round + ")");
			for (Issue issue : issues.subList(0, Math.min(3, issues.size()))) {
				for (QuickfixEngine.Fix fix : quickfixes.fixes(resource, issue)) {
					String fixed = fix.applyTo(text);
					assertFalse(fixture.parse(fixed, "fuzz.dzr", Map.of()).getParseResult().hasSyntaxErrors(),
							() -> "the fix “" + fix.label() + "” for " + issue.getCode() + " broke the syntax:\n" + fixed);
				}
			}
		}
		assertTrue(parsedCleanly > 10, "enough mutants parse to exercise the formatter and the fixes: " + parsedCleanly);
	}

	@Test
	void aLineOfAMegabyteIsParsedAndChecked() throws IOException {
		String line = "报告 \"" + "学习不够深入，".repeat(150_000) + "\"\n";
		List<Issue> issues = fixture.validate(line + example().substring(example().indexOf("单位")));
		assertTrue(issues.stream().noneMatch(i -> "duizhao.syntax".equals(i.getCode())), issues.toString());
	}

	@Test
	void importersKeepTheTextTheyAreGivenWhateverItsShape() {
		Random random = new Random(7);
		for (int round = 0; round < 150; round++) {
			String source = mutate(ReportImportTest.INLINE_REPORT, random);
			ReportImport.Result result = ReportImportTest.importText(source, "fuzz");
			assertTrue(result.draft().findings().stream().noneMatch(f -> f.kind() == Draft.FindingKind.IMPORT_FAILED), source);
			String kept = result.report() + result.draft().findings() + result.derived().map(ReportImport.DerivedProfile::text).orElse("");
			// What the .dzr writes anew (numbers, part and aspect headings, labels) is listed as structure; the rest is kept.
			List<String> lines = ReportImport.lines(source).stream().map(Paragraph::text).toList();
			StringBuilder[] content = lines.stream().map(StringBuilder::new).toArray(StringBuilder[]::new);
			for (Draft.Piece piece : result.draft().structure()) {
				assertTrue(piece.text().length() <= 60, () -> "a heading, not a paragraph, is structure: " + piece);
				StringBuilder line = content[piece.place().line() - 1];
				for (int i = piece.place().column() - 1; i < Math.min(line.length(), piece.place().column() - 1 + piece.text().length()); i++) {
					line.setCharAt(i, ' ');
				}
			}
			Matcher run = HAN_RUN.matcher(String.join("\n", Arrays.stream(content).map(StringBuilder::toString).toList()));
			while (run.find()) {
				String words = run.group();
				assertTrue(kept.contains(words.substring(0, 6)), () -> "“" + words + "” is lost from:\n" + source + "\n---\n" + kept);
			}
			ProblemListImporter.Result list = new ProblemListImporter(ReportImportTest.PROFILES.get(0)).parse(source);
			assertTrue(list.skipped().stream().noneMatch(s -> s.line() == 0), "no failure (reported at line 0): " + list.skipped());
		}
	}
}
