package org.duizhao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.duizhao.cli.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * What a black-box pass over the command line found broken: links that loop, devices and FIFOs as output, empty
 * names, a locked subfolder, options mistaken for files, JSON that must come in every case. Each case says what
 * goes wrong in one Chinese line with a documented exit code, and leaves every file as it was.
 */
class BrokenPromisesTest {

	private static final Path EXAMPLES = Path.of(System.getProperty("duizhao.examples", "../../examples"));
	private static final String EXAMPLE = "2025-班子对照检查材料.dzr";

	/** The 2025 report with the reports of the years before, which its 上年度整改 names. */
	private static Path example(Path dir) throws IOException {
		for (String year : new String[] { "2023", "2024" }) {
			Files.copy(EXAMPLES.resolve(year + "-班子对照检查材料.dzr"), dir.resolve(year + "-班子对照检查材料.dzr"));
		}
		return Files.copy(EXAMPLES.resolve(EXAMPLE), dir.resolve(EXAMPLE));
	}

	@Test
	void aLinkToItselfIsNotReplacedByAFile(@TempDir Path dir) throws IOException {
		Path report = example(dir);
		Path loop = Files.createSymbolicLink(dir.resolve("loop.md"), Path.of("loop.md"));
		Run run = Cli.run("export", report.toString(), "--to", "md", "-o", loop.toString());
		assertEquals(Main.UNREADABLE, run.exit());
		assertEquals(loop + ": 无法写入：符号链接形成了循环，没有指向任何文件\n", run.err());
		assertTrue(Files.isSymbolicLink(loop), "the link is still a link");
	}

	@Test
	void importBesideALoopOfTwoLinksKeepsThem(@TempDir Path dir) throws IOException {
		Path draft = Files.writeString(dir.resolve("s.txt"), "（一）在理论学习方面\n1.学习不够深入。\n");
		Files.createSymbolicLink(dir.resolve("s.dzr"), Path.of("t.dzr"));
		Files.createSymbolicLink(dir.resolve("t.dzr"), Path.of("s.dzr"));
		Run run = Cli.run("import", draft.toString());
		assertEquals(Main.UNREADABLE, run.exit());
		assertEquals(dir.resolve("s.dzr") + ": 无法写入：符号链接形成了循环，没有指向任何文件\n", run.err());
		assertTrue(Files.isSymbolicLink(dir.resolve("s.dzr")) && Files.isSymbolicLink(dir.resolve("t.dzr")));
	}

	@Test
	void aFifoIsNeverReplacedEvenWithForce(@TempDir Path dir) throws Exception {
		Path report = example(dir);
		Path fifo = dir.resolve("pipe.md");
		assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
		Run run = Cli.run("export", report.toString(), "--to", "md", "-o", fifo.toString(), "--force");
		assertEquals(Main.UNREADABLE, run.exit());
		assertEquals(fifo + " 不是普通文件（设备、管道或套接字），不能读写\n", run.err());
		assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS), "still a FIFO");
	}

	@Test
	void devNullIsNeitherWrittenNorRead(@TempDir Path dir) throws IOException {
		Path report = example(dir);
		Run export = Cli.run("export", report.toString(), "--to", "md", "-o", "/dev/null", "--force");
		assertEquals(Main.UNREADABLE, export.exit());
		assertEquals("/dev/null 不是普通文件（设备、管道或套接字），不能读写\n", export.err());
		Run validate = Cli.run("validate", "/dev/null");
		assertEquals(Main.UNREADABLE, validate.exit());
		assertEquals("/dev/null: 无法读取：不是普通文件（设备、管道或套接字）\n", validate.err());
	}

	@Test
	void anEmptyNameIsRefusedNotTakenForTheCurrentFolder(@TempDir Path dir) throws IOException {
		Path report = example(dir);
		Run output = Cli.run("export", report.toString(), "--to", "md", "-o", "");
		assertEquals(Main.USAGE, output.exit());
		assertEquals("--output: 文件名为空\n用 duizhao export --help 查看用法\n", output.err());
		Run validate = Cli.run("validate", "");
		assertEquals(Main.UNREADABLE, validate.exit());
		assertEquals("文件名为空\n", validate.err());
		assertEquals("检查了 0 个文件：0 个错误，0 个警告，0 个提示\n", validate.out());
	}

	@Test
	void anUnknownOptionWhereAFileWasMeantIsNamed() {
		Run run = Cli.run("validate", "-x.dzr");
		assertEquals(Main.USAGE, run.exit());
		assertEquals("未知选项“-x.dzr”\n用 duizhao validate --help 查看用法\n", run.err());
	}

	/** An option typed twice, in its two spellings or the same: one Chinese line (picocli said it in English). */
	@Test
	void anOptionTypedTwiceIsSaidInChinese(@TempDir Path dir) throws IOException {
		Run both = Cli.run("export", "-f", "--force", dir.resolve("X.dzr").toString());
		assertEquals(Main.USAGE, both.exit());
		assertEquals("选项“--force”只能写一次（-f 是它的另一种写法）\n用 duizhao export --help 查看用法\n", both.err());
		Run twice = Cli.run("export", "--to", "txt", "--to", "md", dir.resolve("X.dzr").toString());
		assertEquals(Main.USAGE, twice.exit());
		assertTrue(twice.err().startsWith("选项“--to”只能写一次"), twice.err());
	}

	@Test
	void aFolderNamedLikeAReportIsNeitherCheckedNorUnreadable(@TempDir Path dir) throws IOException {
		example(dir);
		Files.createDirectory(dir.resolve("旧稿.dzr"));
		Run run = Cli.run("validate", dir.toString());
		assertEquals(Main.OK, run.exit(), run.err());
		assertEquals("", run.err());
		assertEquals("检查了 3 个文件：0 个错误，0 个警告，0 个提示\n", run.out());
	}

	/**
	 * A subfolder the walk cannot enter: below a path longer than the system allows (PATH_MAX), which fails for root
	 * too, unlike a folder without permissions. The report beside it is checked all the same.
	 */
	@Test
	void anUnreadableSubfolderIsSaidAndTheRestIsChecked(@TempDir Path dir) throws Exception {
		example(dir);
		String segment = "d".repeat(200);
		Process deep = new ProcessBuilder("bash", "-c", "cd \"$0\" && for i in $(seq 1 25); do mkdir " + segment + " && cd " + segment + " || exit 1; done",
				dir.toString()).start();
		assertTrue(deep.waitFor(30, TimeUnit.SECONDS) && deep.exitValue() == 0, "made the deep folders");
		Run run;
		try {
			run = Cli.run("validate", dir.toString(), "--format", "json");
		} finally {
			// JUnit cannot delete below PATH_MAX either
			new ProcessBuilder("rm", "-rf", segment).directory(dir.toFile()).start().waitFor(30, TimeUnit.SECONDS);
		}
		assertEquals(Main.UNREADABLE, run.exit());
		JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals(3, json.getAsJsonArray("files").size(), run.out());
		String unreadable = json.getAsJsonArray("unreadable").get(0).getAsString();
		assertTrue(unreadable.endsWith(": 无法读取这个文件夹：文件名太长；其余文件照常检查"), unreadable);
		assertFalse(run.err().contains("Exception"), run.err());
	}

	@Test
	void aMissingLibraryFolderStillGivesJson(@TempDir Path dir) throws IOException {
		Path report = example(dir);
		Run run = Cli.run("validate", report.toString(), "--libraries", dir.resolve("没有").toString(), "--format", "json");
		assertEquals(Main.UNREADABLE, run.exit());
		JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals(dir.resolve("没有") + ": 无法读取：文件夹不存在", json.get("error").getAsString());
		assertEquals(0, json.getAsJsonArray("files").size());
	}

	@Test
	void aVerticalTabFromWordIsText(@TempDir Path dir) throws IOException {
		Path report = example(dir);
		String text = Files.readString(report);
		int quote = text.indexOf("问题 ");
		int inText = text.indexOf('"', quote) + 3;
		Files.writeString(report, text.substring(0, inText) + "\u000b" + text.substring(inText));
		Run run = Cli.run("validate", report.toString());
		assertEquals(Main.OK, run.exit(), run.out() + run.err());
		assertEquals("", run.err());
	}

	@Test
	void reasonsOfTheSystemAreSaidInChinese(@TempDir Path dir) throws IOException {
		Path report = example(dir);
		Path tooLong = dir.resolve("长".repeat(120) + ".md");
		Run run = Cli.run("export", report.toString(), "--to", "md", "-o", tooLong.toString());
		assertEquals(Main.UNREADABLE, run.exit());
		assertTrue(run.err().endsWith("：文件名太长\n") && !run.err().contains("File name too long"), run.err());
	}
}
