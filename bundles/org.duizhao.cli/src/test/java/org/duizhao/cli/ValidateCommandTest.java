package org.duizhao.cli;

import static org.duizhao.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.duizhao.cli.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code duizhao validate} in-process on the shipped examples and on bad input, and once as a real process. */
class ValidateCommandTest {

	private static final Path EXAMPLES = Path.of(System.getProperty("duizhao.examples", "../../examples"));
	private static final Path COMPLETE = EXAMPLES.resolve("2023-班子对照检查材料.dzr");
	private static final Path FAULTY = EXAMPLES.resolve("待修改的对照检查材料.dzr");

	@Test
	void completeReportPassesWithExitZero() {
		Run run = run("validate", COMPLETE.toString());
		assertEquals(Main.OK, run.exit(), run.out() + run.err());
		assertEquals("检查了 1 个文件：0 个错误，0 个警告，0 个提示\n", run.out());
	}

	@Test
	void faultyReportPrintsOneLinePerFindingAndExitsOne() {
		Run run = run("validate", FAULTY.toString());
		assertEquals(Main.FINDINGS, run.exit());
		List<String> lines = run.out().lines().toList();
		assertTrue(lines.contains(FAULTY + ":25:13: 错误: 还有没填写的占位符“XX” [duizhao.placeholder]"), run.out());
		assertTrue(lines.contains(FAULTY + ":34:5: 警告: 措施 M2 没有写完成时限 [duizhao.missing.deadline]"), run.out());
		assertTrue(lines.stream().limit(lines.size() - 1)
				.allMatch(l -> l.matches(".+\\.dzr:\\d+:\\d+: (错误|警告|提示): .+ \\[duizhao\\.[a-z.]+\\]")), run.out());
		assertEquals("检查了 1 个文件：15 个错误，28 个警告，15 个提示", lines.get(lines.size() - 1));
	}

	@Test
	void jsonForTools() {
		Run run = run("validate", "--format", "json", FAULTY.toString());
		assertEquals(Main.FINDINGS, run.exit());
		JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
		JsonObject summary = json.getAsJsonObject("summary");
		assertEquals(List.of(1, 15, 28, 15), List.of(summary.get("files").getAsInt(), summary.get("errors").getAsInt(),
				summary.get("warnings").getAsInt(), summary.get("infos").getAsInt()));
		JsonArray diagnostics = json.getAsJsonArray("files").get(0).getAsJsonObject().getAsJsonArray("diagnostics");
		assertEquals(58, diagnostics.size());
		assertTrue(diagnostics.asList().stream().anyMatch(d -> d.getAsJsonObject().get("code").getAsString().equals("duizhao.placeholder")));
		assertTrue(diagnostics.get(0).getAsJsonObject().get("message").getAsString().chars().anyMatch(c -> c > 0x4e00),
				"messages are Chinese, not escaped");
	}

	@Test
	void profilesInNeighbouringLibrariesResolve() {
		Run run = run("validate", EXAMPLES.resolve("自定义方案/组织生活会个人对照检查.dzr").toString());
		assertTrue(run.out().contains("[duizhao.missing.case.analysis]"), run.out());
		assertTrue(!run.out().contains("duizhao.unknown.profile"), run.out());
	}

	@Test
	void unreadableInputExitsTwoAndNamesTheFile(@TempDir Path dir) throws IOException {
		Path binary = dir.resolve("binary.dzr");
		Files.write(binary, new byte[] { 'x', (byte) 0xFF, 0 });
		Run run = run("validate", dir.resolve("missing.dzr").toString(), binary.toString(), COMPLETE.toString());
		assertEquals(Main.UNREADABLE, run.exit());
		assertTrue(run.err().contains(dir.resolve("missing.dzr") + ": 无法读取：文件不存在"), run.err());
		assertTrue(run.err().contains(binary + " 第 1 行：既不是 UTF-8，也不是 GB18030（GBK）编码的文本"), run.err());
		assertTrue(run.out().contains("检查了 1 个文件"), "the readable file is still checked");
	}

	@Test
	void halfTypedReportGivesSyntaxErrorsInChinese(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("half.dzr");
		Files.writeString(file, "报告 \"未写完\"\n方面 理论学习 {\n\t问题 P1 \"学习不够。\"\n\t原因 C1 针对 P1\n");
		Run run = run("validate", file.toString());
		assertEquals(Main.FINDINGS, run.exit());
		assertTrue(run.out().contains("[duizhao.syntax]"), run.out());
		assertTrue(run.out().lines().filter(l -> l.contains("[duizhao.syntax]")).noneMatch(l -> l.contains("mismatched")),
				run.out());
	}

	@Test
	void librariesFolderMakesItsWordingKnown(@TempDir Path dir) throws IOException {
		Path libraries = Files.createDirectories(dir.resolve("libs"));
		Files.writeString(libraries.resolve("库.dzlib"), """
				问题库 "本单位问题库"
				方面 理论学习 {
					问题 "学习的系统性还不够强。" "集中学习多按上级通知安排专题，围绕交通运输主责主业制定长期计划不够，对新思想的核心要义和实践要求掌握得还不够全面。"
				}
				""");
		Run without = run("validate", COMPLETE.toString());
		Run with = run("validate", "--libraries", libraries.toString(), COMPLETE.toString());
		assertTrue(!without.out().contains("duizhao.library.verbatim"), without.out());
		assertTrue(with.out().contains("P1 照搬了问题库“本单位问题库”中的“学习的系统性还不够强。”"), with.out());
	}

	@Test
	void foldersSayWhatTheyCouldNotReadAndAnEmptyFolderIsNoSuccess(@TempDir Path dir) throws IOException {
		Path folder = Files.createDirectories(dir.resolve("材料"));
		Files.copy(COMPLETE, folder.resolve("好的.dzr"));
		Path dangling = Files.createSymbolicLink(folder.resolve("断开.dzr"), folder.resolve("没有这个文件.dzr"));
		Path loop = Files.createSymbolicLink(folder.resolve("成环.dzr"), folder.resolve("成环.dzr"));
		Run run = run("validate", folder.toString());
		assertEquals(Main.UNREADABLE, run.exit());
		assertTrue(run.err().contains(dangling + ": 无法读取：链接指向的文件不存在（或链接成环）"), run.err());
		assertTrue(run.err().contains(loop + ": 无法读取：链接指向的文件不存在（或链接成环）"), run.err());
		assertTrue(run.out().contains("检查了 1 个文件"), "the readable report is still checked: " + run.out());

		Path empty = Files.createDirectories(dir.resolve("空的"));
		Run none = run("validate", empty.toString());
		assertEquals(Main.UNREADABLE, none.exit());
		assertEquals(empty + ": 文件夹中没有 .dzr 或 .dzlib 文件\n", none.err());
	}

	@Test
	void columnsCountCharactersAsPeopleDo(@TempDir Path dir) throws IOException {
		Path report = dir.resolve("生僻字.dzr");
		Files.writeString(report, "报告 \"𠮷𠮷材料\"\n方面 理论学习 {\n\t问题 P1 \"𠮷学习党的XX大精神。\"\n}\n");
		Run run = run("validate", report.toString());
		assertTrue(run.out().contains(report + ":3:14: 错误: 还有没填写的占位符“XX”"), "the 𠮷 before it is one character: " + run.out());
	}

	@Test
	void usageErrors() {
		assertEquals(Main.USAGE, run("validate", "--format", "xml", COMPLETE.toString()).exit());
		assertEquals("--format: 未知的输出格式“xml”：可用 text 或 json\n用 duizhao validate --help 查看用法\n",
				run("validate", "--format", "xml", COMPLETE.toString()).err());
		assertEquals(Main.USAGE, run("validate", COMPLETE.toString(), "--format").exit(), "a missing value is a usage error");
		assertEquals(Main.UNREADABLE, run("validate", "--libraries", "/没有这个文件夹", COMPLETE.toString()).exit());
		assertTrue(run("import-library").err().startsWith("没有指定要导入的文件\n"));
		assertEquals(Main.USAGE, run("import", "材料.txt", "-o").exit());
		assertTrue(run("import", "材料.txt", "-o").err().startsWith("选项“-o”后面缺少值\n"));
		assertEquals(Main.USAGE, run("validate").exit());
		assertEquals(Main.USAGE, run("validate", "--nonsense", COMPLETE.toString()).exit());
		assertEquals(Main.USAGE, run("frobnicate").exit());
		assertTrue(run("frobnicate").err().startsWith("未知命令“frobnicate”\n"), run("frobnicate").err());
		assertTrue(run("validate", "--nonsense", COMPLETE.toString()).err().startsWith("未知选项“--nonsense”\n"));
		assertTrue(run("import", "a.txt", "b.txt").err().startsWith("多余的参数“b.txt”\n"), run("import", "a.txt", "b.txt").err());
		assertEquals("没有指定导出格式：用 --to docx|xlsx|md|txt 指定，或让 -o 的文件名以 .docx、.xlsx、.md 或 .txt 结尾\n用 duizhao export --help 查看用法\n",
				run("export", COMPLETE.toString()).err());
		assertTrue(run("export", COMPLETE.toString(), "--to", "pdf").err().startsWith("--to: 未知的值“pdf”：可用 docx、xlsx、md、txt\n"));
		assertEquals(Main.USAGE, run().exit(), "no command at all shows the commands as a usage error");
	}

	@Test
	void helpIsChineseForEveryCommand() {
		Run root = run("--help");
		assertEquals(Main.OK, root.exit());
		for (String command : List.of("validate", "import", "export", "import-library", "generate-completion")) {
			assertTrue(root.out().contains(command), command + " is listed: " + root.out());
			Run help = run(command, "--help");
			assertEquals(Main.OK, help.exit());
			assertTrue(help.out().contains("用法： duizhao " + command), help.out());
			assertFalse(help.out().matches("(?s).*\\b(Usage|Options|Show this|Print version|Generate bash)\\b.*"), "no English left: " + help.out());
		}
		assertTrue(run("validate", "--help").out().contains("输出格式：text 供人阅读"));
	}

	@Test
	void versionIsTheBuilt() {
		Run version = run("--version");
		assertEquals(Main.OK, version.exit());
		assertTrue(version.out().matches("Duizhao Studio 命令行 \\d+\\.\\d+\\.\\d+.*\\n"), version.out());
	}

	@Test
	void bashCompletionKnowsTheCommandsAndChoices() {
		Run completion = run("generate-completion");
		assertEquals(Main.OK, completion.exit());
		assertTrue(completion.out().contains("complete -F"), completion.out());
		assertTrue(completion.out().contains("import-library"));
		assertTrue(completion.out().contains("docx xlsx md txt") || completion.out().contains("docx\" \"xlsx"), "the values of --to");
	}

	@Test
	void runningOutOfMemoryIsSaidAndHasItsOwnExitCode(@TempDir Path dir) throws Exception {
		Path report = dir.resolve("很大.dzr");
		Files.writeString(report, GeneratedReports.report(40_000)); // about 6 MB

		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx48m",
				"-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8"));
		if (Runtime.version().feature() >= 24) {
			command.add("--sun-misc-unsafe-memory-access=allow"); // as bin/duizhao runs it: Guice's use of Unsafe is known
		}
		command.addAll(List.of("-cp", System.getProperty("duizhao.cli.classpath"), "org.duizhao.cli.Main", "validate", report.toString()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(120, TimeUnit.SECONDS));
		assertEquals(Main.OUT_OF_MEMORY, process.exitValue(), output);
		assertEquals("内存不足：文件太大，48 MB 内存不够用。请设置环境变量 DUIZHAO_JAVA_OPTS=-Xmx4g（或更大）后重试。\n", output,
				"one line, no stack trace");

		// asked for JSON, stdout is JSON all the same, with the reason in it
		command.add("--format");
		command.add("json");
		Process json = new ProcessBuilder(command).start();
		String stdout = new String(json.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(json.waitFor(120, TimeUnit.SECONDS));
		assertEquals(Main.OUT_OF_MEMORY, json.exitValue(), stdout);
		assertEquals("内存不足：文件太大，48 MB 内存不够用。请设置环境变量 DUIZHAO_JAVA_OPTS=-Xmx4g（或更大）后重试。",
				JsonParser.parseString(stdout).getAsJsonObject().get("error").getAsString());
	}

	@Test
	void aChineseFileNameInTheCLocaleIsSaidNotThrown() throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8", "-cp", System.getProperty("duizhao.cli.classpath"),
				"org.duizhao.cli.Main", "validate", COMPLETE.toString()));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().keySet().removeIf(name -> name.startsWith("LC_") || name.equals("LANG"));
		builder.environment().put("LANG", "C");
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(60, TimeUnit.SECONDS));
		assertEquals(Main.UNREADABLE, process.exitValue(), output);
		assertTrue(output.contains("请在 UTF-8 语言环境中运行") && !output.contains("Exception"), output);
	}

	@Test
	void endToEndAsAProcess() throws Exception {
		String classpath = System.getProperty("duizhao.cli.classpath");
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Dstdout.encoding=UTF-8", "-cp", classpath, "org.duizhao.cli.Main", "validate", FAULTY.toString(),
				COMPLETE.toString()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(60, TimeUnit.SECONDS));
		assertEquals(Main.FINDINGS, process.exitValue(), output);
		assertTrue(output.contains("检查了 2 个文件：15 个错误，28 个警告，15 个提示"), output);
	}
}
