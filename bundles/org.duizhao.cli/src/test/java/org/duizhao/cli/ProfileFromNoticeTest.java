package org.duizhao.cli;

import static org.duizhao.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;

import org.duizhao.dsl.importer.NoticeReader;
import org.duizhao.dsl.importer.ProfileAspects.AspectName;
import org.duizhao.office.ReportSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Next year's profile from the notice: notices in six styles the team wrote, each with the aspects a reader finds. */
class ProfileFromNoticeTest {

	static Stream<String> notices() throws IOException, URISyntaxException {
		try (Stream<Path> files = Files.list(folder())) {
			return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".txt")).sorted().toList().stream();
		}
	}

	private static Path folder() throws URISyntaxException {
		return Path.of(ProfileFromNoticeTest.class.getResource("/notices").toURI());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("notices")
	void theAspectsOfTheNoticeAreFoundInOrder(String name) throws IOException, URISyntaxException {
		Path notice = folder().resolve(name);
		List<String> expected = Files.readAllLines(notice.resolveSibling(name.replace(".txt", ".expected")), StandardCharsets.UTF_8).stream()
				.filter(l -> !l.isBlank()).map(l -> l.split("\t")[0].strip()).toList();
		NoticeReader.Found found = NoticeReader.read(ReportSources.read(notice).paragraphs());
		assertEquals(expected, found.aspects().stream().map(AspectName::label).toList(), name);
		assertEquals(found.aspects().size(), new HashSet<>(found.aspects().stream().map(AspectName::id).toList()).size(), "ids are unique");
		assertTrue(found.aspects().stream().allMatch(a -> a.id().matches("[\\p{IsHan}A-Za-z_][\\p{IsHan}A-Za-z0-9_]{1,7}")), found.toString());
	}

	@Test
	void theProfileIsWrittenAndAReportCanFollowIt(@TempDir Path dir) throws IOException, URISyntaxException {
		Path notice = folder().resolve("01-daitou-semicolons.txt");
		Path profile = dir.resolve("方案.dzlib");
		Cli.Run made = run("profile", "--from-notice", notice.toString(), "-o", profile.toString());
		assertEquals(Main.OK, made.exit(), made.err());
		Expected.assertWhole("通知-方案.out", made.out().replace(dir.toString(), "DIR"));
		Expected.assertWhole("通知-方案.dzlib", Files.readString(profile));
		Cli.Run checked = run("validate", profile.toString());
		assertEquals(Main.OK, checked.exit(), checked.out());
		Path report = dir.resolve("材料.dzr");
		Files.writeString(report, "报告 \"2026年度民主生活会班子对照检查材料\"\n依据 民主生活会2026\n方面 理想信念 {\n\t问题 P1 \"理论学习不够系统。\"\n}\n");
		Cli.Run follows = run("validate", report.toString());
		assertTrue(follows.out().contains("缺少方案“民主生活会2026”要求的方面"), "the report sees the profile beside it: " + follows.out());
		assertEquals(Main.UNREADABLE, run("profile", "--from-notice", notice.toString(), "-o", profile.toString()).exit(), "not overwritten");
	}

	@Test
	void aTextWithoutAspectsIsSaidInOneLine(@TempDir Path dir) throws IOException {
		Path notice = dir.resolve("会议通知.txt");
		Files.writeString(notice, "关于召开全体干部大会的通知\n定于本周五下午三点在三楼会议室召开全体干部大会，请准时参加。\n");
		Cli.Run run = run("profile", "--from-notice", notice.toString(), "-o", dir.resolve("x.dzlib").toString());
		assertEquals(Main.UNREADABLE, run.exit());
		Expected.assertWhole("通知-无方面.err", run.err().replace(dir.toString(), "DIR"));
	}
}
