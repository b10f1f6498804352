package org.duizhao.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user downloads: the product archive (with its start script and the command line, using the Java it finds),
 * and the self-contained Linux packages (.deb, .tar.gz) that need no Java on the machine.
 */
class PackagesTest {

	private static final Path PRODUCTS = Path.of(System.getProperty("duizhao.products"));
	private static final Path PACKAGES = Path.of(System.getProperty("duizhao.packages"));
	private static final Path EXAMPLE = Path.of(System.getProperty("duizhao.examples"), "2023-班子对照检查材料.dzr");

	@TempDir
	Path folder;

	private Display display;

	@AfterEach
	void stopDisplay() {
		if (display != null) {
			display.stop();
		}
	}

	@Test
	void theLinuxArchivesHaveTheirScriptsTheirSwtAndChinese() throws Exception {
		for (String arch : List.of("x86_64", "aarch64")) {
			List<String> entries = run(Map.of(), "tar", "tzvf", PRODUCTS.resolve("duizhao-studio-linux.gtk." + arch + ".tar.gz").toString());
			assertTrue(entries.stream().anyMatch(e -> e.startsWith("-rwxr-xr-x") && e.endsWith("duizhao-studio/duizhao-studio")), arch);
			assertTrue(entries.stream().anyMatch(e -> e.startsWith("-rwxr-xr-x") && e.endsWith("duizhao-studio/duizhao")), arch);
			assertTrue(entries.stream().anyMatch(e -> e.contains("plugins/org.eclipse.swt.gtk.linux." + arch + "_")), arch);
			assertTrue(entries.stream().noneMatch(e -> e.contains("plugins/org.eclipse.swt.win32")), arch + ": no Windows SWT");
			assertTrue(entries.stream().anyMatch(e -> e.contains("plugins/org.duizhao.nl_zh.ui.ide_")), arch + ": the Chinese fragments");
			assertTrue(entries.stream().anyMatch(e -> e.endsWith("duizhao-studio/examples/2023-班子对照检查材料.dzr")), "the examples");
		}
	}

	@Test
	void theWindowsArchiveHasItsScriptsItsSwtAndStartsInChinese() throws Exception {
		try (ZipFile zip = new ZipFile(PRODUCTS.resolve("duizhao-studio-win32.win32.x86_64.zip").toFile())) {
			List<String> entries = zip.stream().map(ZipEntry::getName).toList();
			for (String script : List.of("Duizhao Studio.cmd", "duizhao.cmd", "find-java.cmd", "nojava.txt", "duizhao.jar", "studio.options")) {
				assertTrue(entries.contains("duizhao-studio/" + script), script);
			}
			assertTrue(entries.stream().anyMatch(e -> e.startsWith("duizhao-studio/plugins/org.eclipse.swt.win32.win32.x86_64_")), "Windows SWT");
			assertTrue(entries.stream().noneMatch(e -> e.contains("plugins/org.eclipse.swt.gtk")), "no GTK SWT");
			assertTrue(entries.stream().anyMatch(e -> e.startsWith("duizhao-studio/plugins/org.eclipse.equinox.launcher_")), "the launcher jar");
			assertTrue(entries.stream().anyMatch(e -> e.contains("plugins/org.duizhao.nl_zh.ui.ide_")), "the Chinese fragments");
			String configuration = new String(zip.getInputStream(zip.getEntry("duizhao-studio/configuration/config.ini")).readAllBytes(),
					StandardCharsets.ISO_8859_1);
			assertTrue(configuration.contains("osgi.nl=zh_CN"), configuration);
			assertTrue(configuration.contains("ds.cache.metadata=true"), "the service components read once, kept for the next start");
			String start = new String(zip.getInputStream(zip.getEntry("duizhao-studio/Duizhao Studio.cmd")).readAllBytes(), StandardCharsets.UTF_8);
			assertTrue(start.contains("javaw.exe") && start.contains("\r\n"), "a window without a console, Windows line ends");
			assertTrue(start.contains("<\"%HERE%studio.options\"") && start.contains("%STUDIO_OPTS%"), "the product's JVM options read");
		}
	}

	/**
	 * The JVM verifies each class of a signed jar and keeps such classes out of its class-data sharing archive: the
	 * launcher and the framework, which it loads itself, are shipped unsigned (releng/unsign-startup-jars.sh).
	 */
	@Test
	void theJarsTheJvmLoadsAtTheStartAreUnsigned() throws Exception {
		Path linux = unpack(PRODUCTS.resolve("duizhao-studio-linux.gtk.x86_64.tar.gz")).resolve("plugins");
		try (ZipFile windows = new ZipFile(PRODUCTS.resolve("duizhao-studio-win32.win32.x86_64.zip").toFile())) {
			for (String startJar : List.of("org.eclipse.equinox.launcher_", "org.eclipse.osgi_")) {
				try (var jars = Files.list(linux)) {
					Path jar = jars.filter(p -> p.getFileName().toString().startsWith(startJar)).findFirst().orElseThrow();
					try (ZipFile zip = new ZipFile(jar.toFile())) {
						assertEquals(List.of(), signatureFiles(zip.stream().map(ZipEntry::getName).toList()), jar.toString());
						assertTrue(zip.getEntry("META-INF/MANIFEST.MF") != null, jar + ": its manifest kept");
					}
				}
				ZipEntry jar = windows.stream().filter(e -> e.getName().startsWith("duizhao-studio/plugins/" + startJar)).findFirst()
						.orElseThrow();
				List<String> names = new ArrayList<>();
				try (ZipInputStream inner = new ZipInputStream(windows.getInputStream(jar))) {
					for (ZipEntry entry = inner.getNextEntry(); entry != null; entry = inner.getNextEntry()) {
						names.add(entry.getName());
					}
				}
				assertEquals(List.of(), signatureFiles(names), jar.getName());
			}
		}
	}

	private static List<String> signatureFiles(List<String> names) {
		return names.stream().filter(n -> n.startsWith("META-INF/") && n.matches(".*\\.(SF|RSA|DSA|EC)")).toList();
	}

	@Test
	void theLinuxArchiveRunsWithTheJavaItFinds() throws Exception {
		Path product = unpack(PRODUCTS.resolve("duizhao-studio-linux.gtk.x86_64.tar.gz"));
		List<String> validated = run(Map.of("JAVA_HOME", System.getProperty("java.home")), product.resolve("duizhao").toString(), "validate",
				EXAMPLE.toString());
		assertEquals("检查了 1 个文件：0 个错误，0 个警告，0 个提示", validated.get(validated.size() - 1));

		display = Display.start();
		Path report = folder.resolve("start.txt");
		Files.writeString(report, "");
		run(Map.of("JAVA_HOME", System.getProperty("java.home"), "DISPLAY", display.name(), "DUIZHAO_WORKSPACE", folder.resolve("ws").toString(),
				"DUIZHAO_STUDIO_OPTS", "-Dduizhao.startupReport=" + report), product.resolve("duizhao-studio").toString(), EXAMPLE.toString());
		assertTrue(Files.readString(report).strip().matches("\\d+ \\d+"),
				"the product started from the archive painted its editor, then drew its first analysis");
		// the start script passes the product's JVM options (studio.options), which the JVM took: it started
		assertTrue(Files.readString(product.resolve("studio.options")).startsWith("-XX:"), "studio.options in the archive");
	}

	@Test
	void withoutJavaTheScriptsSayWhatToInstall() throws Exception {
		Path product = unpack(PRODUCTS.resolve("duizhao-studio-linux.gtk.x86_64.tar.gz"));
		ProcessBuilder builder = new ProcessBuilder(product.resolve("duizhao-studio").toString()).redirectErrorStream(true);
		builder.environment().remove("JAVA_HOME");
		builder.environment().put("PATH", emptyPathWithShellTools());
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(30, TimeUnit.SECONDS));
		assertEquals(1, process.exitValue(), output);
		assertTrue(output.contains("需要 Java 21 或更新版本") && output.contains("/jre"), output);
	}

	@Test
	void theDebNeedsNoJava() throws Exception {
		Path deb = PACKAGES.resolve("duizhao-studio_0.1.0_amd64.deb");
		List<String> info = run(Map.of(), "dpkg-deb", "-I", deb.toString());
		assertTrue(info.stream().anyMatch(l -> l.strip().equals("Package: duizhao-studio")), info.toString());
		Path root = folder.resolve("deb");
		run(Map.of(), "dpkg", "-x", deb.toString(), root.toString());
		Path app = root.resolve("opt/duizhao-studio");
		assertTrue(Files.isDirectory(app.resolve("lib/runtime")), "the runtime is inside");
		String entry = Files.readString(app.resolve("lib/duizhao-studio-duizhao-studio.desktop"));
		for (String line : List.of("Name=Duizhao Studio", "Name[zh_CN]=对照检查材料编辑器", "GenericName[zh_CN]=对照检查材料编辑器",
				"Exec=/opt/duizhao-studio/bin/duizhao-studio %F", "StartupWMClass=Duizhao Studio")) {
			assertTrue(entry.lines().anyMatch(line::equals), line + " in\n" + entry);
		}
		assertFalse(Files.exists(app.resolve("lib/duizhao-studio-duizhao.desktop")), "the command line is no menu item");
		String mime = Files.readString(app.resolve("lib/duizhao-studio-duizhao-studio-MimeInfo.xml"));
		assertTrue(mime.contains("*.dzr") && mime.contains("*.dzlib"), mime);
		// No java anywhere: a PATH of shell tools only and no JAVA_HOME; a locale that is set but not installed, and a
		// Chinese file name, which the package's scripts open all the same.
		String tools = emptyPathWithShellTools();
		Path chinese = Files.copy(EXAMPLE, folder.resolve("对照检查材料.dzr"));
		ProcessBuilder builder = new ProcessBuilder(app.resolve("bin/duizhao").toString(), "validate", chinese.toString()).redirectErrorStream(true);
		builder.environment().clear();
		builder.environment().putAll(Map.of("HOME", folder.toString(), "LANG", "zh_CN.UTF-8", "PATH", tools));
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(60, TimeUnit.SECONDS));
		assertEquals(0, process.exitValue(), output);
		assertTrue(output.contains("检查了 1 个文件：0 个错误"), output);

		// a mistyped DUIZHAO_JAVA_OPTS is said in Chinese with the usage exit code, not taken for "errors found"
		ProcessBuilder mistyped = new ProcessBuilder(app.resolve("bin/duizhao").toString(), "validate", chinese.toString()).redirectErrorStream(true);
		mistyped.environment().clear();
		mistyped.environment().putAll(Map.of("HOME", folder.toString(), "LANG", "C.UTF-8", "PATH", tools, "DUIZHAO_JAVA_OPTS", "-xmx4g"));
		Process refused = mistyped.start();
		String said = new String(refused.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(refused.waitFor(60, TimeUnit.SECONDS));
		assertEquals(64, refused.exitValue(), said);
		assertEquals("duizhao: 环境变量 DUIZHAO_JAVA_OPTS 中有 Java 不接受的选项（-xmx4g）：不认识的选项 -xmx4g。请改正或清除它（unset DUIZHAO_JAVA_OPTS）。\n", said);

		// and the editor starts from it, painted, with no Java on the path
		display = Display.start();
		Path report = folder.resolve("start.txt");
		Files.writeString(report, "");
		ProcessBuilder editor = new ProcessBuilder(app.resolve("bin/duizhao-studio").toString(), EXAMPLE.toString()).redirectErrorStream(true);
		editor.environment().clear();
		editor.environment().putAll(Map.of("HOME", folder.toString(), "LANG", "C.UTF-8", "PATH", tools, "DISPLAY", display.name(),
				"DUIZHAO_STARTUP_REPORT", report.toString()));
		Process started = editor.start();
		String log = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(started.waitFor(120, TimeUnit.SECONDS));
		assertTrue(Files.readString(report).strip().matches("\\d+ \\d+"), "the editor of the package painted, then drew its first analysis: " + log);
		// with the options of the product and from the classes of its start before: a runtime made without the
		// JDK's class-data sharing archive cannot write one of its own
		assertTrue(Files.exists(app.resolve("lib/app/studio.options")), "the product's JVM options");
		assertTrue(Files.exists(app.resolve("lib/runtime/lib/server/classes.jsa")), "the runtime's class-data sharing archive");
		assertEquals(1, archives(folder.resolve(".cache/duizhao-studio"), "studio-").size(), "the start wrote the archive of its classes");
	}

	@Test
	void anUpdateInPlaceGivesANewArchiveOfClasses() throws Exception {
		Path product = unpack(PRODUCTS.resolve("duizhao-studio-linux.gtk.x86_64.tar.gz"));
		Path cache = folder.resolve("cache");
		Path log = folder.resolve("cds.log");
		Map<String, String> environment = Map.of("JAVA_HOME", System.getProperty("java.home"), "XDG_CACHE_HOME", cache.toString(),
				"DUIZHAO_JAVA_OPTS", "-Xlog:cds=info,cds+dynamic=info:file=" + log);
		run(environment, product.resolve("duizhao").toString(), "validate", EXAMPLE.toString());
		List<Path> first = archives(cache.resolve("duizhao-studio"), "duizhao-");
		assertEquals(1, first.size(), "the first run wrote an archive");

		// an update in place: the same files with other times (the JVM takes an archive of other times for stale
		// and, unless told another name, goes without it on every run after)
		Path jar = product.resolve("duizhao.jar");
		Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 86_400_000L));
		run(environment, product.resolve("duizhao").toString(), "validate", EXAMPLE.toString());
		List<Path> second = archives(cache.resolve("duizhao-studio"), "duizhao-");
		assertEquals(1, second.size(), "the stale archive removed, a new one written: " + second);
		assertFalse(second.equals(first), "a new archive");

		run(environment, product.resolve("duizhao").toString(), "validate", EXAMPLE.toString());
		String mapped = Files.readString(log);
		assertTrue(mapped.contains("Mapped dynamic region") && !mapped.contains("failed to load"), "the third run used the new archive:\n" + mapped);
	}

	private static List<Path> archives(Path cache, String prefix) throws IOException {
		try (var files = Files.list(cache)) {
			return files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.getFileName().toString().endsWith(".jsa")).sorted().toList();
		}
	}

	@Test
	void theTarGzHasTheRuntimeTheCommandsAndTheDesktopEntry() throws Exception {
		Path tarGz = PACKAGES.resolve("duizhao-studio-0.1.0-linux-x86_64.tar.gz");
		List<String> entries = run(Map.of(), "tar", "tzf", tarGz.toString());
		for (String entry : List.of("duizhao-studio/bin/duizhao-studio", "duizhao-studio/bin/duizhao", "duizhao-studio/lib/runtime/release",
				"duizhao-studio/share/applications/duizhao-studio.desktop", "duizhao-studio/share/mime/packages/duizhao-studio.xml",
				"duizhao-studio/share/icons/hicolor/256x256/apps/duizhao-studio.png")) {
			assertTrue(entries.contains(entry), entry);
		}
	}

	/** A PATH with bash and the tools the scripts use, but no java. */
	private String emptyPathWithShellTools() throws IOException {
		Path bin = folder.resolve("tools");
		Files.createDirectories(bin);
		for (String tool : List.of("sh", "bash", "dirname", "readlink", "ls", "head", "sed", "grep", "mkdir", "locale", "env", "cksum", "cut", "rm")) {
			Path found = List.of(Path.of("/usr/bin", tool), Path.of("/bin", tool)).stream().filter(Files::isExecutable).findFirst().orElse(null);
			if (found != null) {
				Files.createSymbolicLink(bin.resolve(tool), found);
			}
		}
		return bin.toString();
	}

	private Path unpack(Path tarGz) throws Exception {
		Path target = folder.resolve("unpacked-" + System.nanoTime());
		Files.createDirectories(target);
		run(Map.of(), "tar", "xzf", tarGz.toString(), "-C", target.toString());
		return target.resolve("duizhao-studio");
	}

	private static List<String> run(Map<String, String> environment, String... command) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().putAll(environment);
		Process process = builder.start();
		List<String> lines = new ArrayList<>(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList());
		assertTrue(process.waitFor(120, TimeUnit.SECONDS), String.join(" ", command));
		assertEquals(0, process.exitValue(), String.join(" ", command) + ": " + lines);
		return lines;
	}
}
