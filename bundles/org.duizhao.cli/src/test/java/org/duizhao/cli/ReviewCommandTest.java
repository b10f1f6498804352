package org.duizhao.cli;

import static org.duizhao.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code duizhao review}: a folder of reports as those who collect them read it. */
class ReviewCommandTest {

	/** A folder with the 2025 example, a copy of it under another unit's name, and a Word draft. */
	private static Path folder(Path dir) throws IOException {
		Path examples = ExportCommandTest.EXAMPLES;
		Files.copy(examples.resolve("2025-班子对照检查材料.dzr"), dir.resolve("交通运输局.dzr"));
		Files.copy(examples.resolve("2024-班子对照检查材料.dzr"), dir.resolve("2024-班子对照检查材料.dzr"));
		String copied = Files.readString(examples.resolve("2025-班子对照检查材料.dzr")).replace("青川县交通运输局党组", "青川县住房和城乡建设局党组");
		Files.writeString(dir.resolve("住建局.dzr"), copied);
		return dir;
	}

	@Test
	void aCopiedReportIsFoundAndBothFilesAreNamed(@TempDir Path dir) {
		Path reviewed = assertDoesNotFail(dir);
		Cli.Run run = run("review", reviewed.toString(), "--to", "json");
		assertEquals(Main.OK, run.exit(), run.err());
		JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
		JsonArray reports = json.getAsJsonArray("reports");
		assertEquals(3, reports.size(), run.out());
		JsonObject housing = find(reports, "住建局.dzr");
		assertEquals("青川县住房和城乡建设局党组", housing.get("单位").getAsString());
		assertTrue(housing.get("照抄自").getAsString().contains("交通运输局.dzr"), housing.toString());
		assertTrue(find(reports, "交通运输局.dzr").get("照抄自").getAsString().contains("住建局.dzr"));
		assertEquals("是", housing.get("完整").getAsString());
		assertTrue(json.getAsJsonArray("findings").asList().stream()
				.anyMatch(f -> f.getAsJsonObject().get("code").getAsString().equals("duizhao.depth.copied")));
	}

	private static Path assertDoesNotFail(Path dir) {
		try {
			return folder(dir);
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	private static JsonObject find(JsonArray reports, String file) {
		return reports.asList().stream().map(e -> e.getAsJsonObject()).filter(r -> r.get("文件").getAsString().equals(file)).findFirst()
				.orElseThrow(() -> new AssertionError(file + " not in " + reports));
	}

	@Test
	void theWorkbookHasAFrozenFilteredHeaderAndASheetOfFindings(@TempDir Path dir) throws IOException {
		Path reviewed = folder(Files.createDirectories(dir.resolve("材料")));
		Path xlsx = dir.resolve("审核结果.xlsx");
		Cli.Run run = run("review", reviewed.toString(), "--to", "xlsx", "-o", xlsx.toString());
		assertEquals(Main.OK, run.exit(), run.err());
		try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet reports = workbook.getSheet("审核结果");
			assertEquals(List.of("文件", "单位", "类型", "方案", "完整", "缺少", "占位符"), cells(reports.getRow(0)).subList(0, 7));
			assertEquals(3, reports.getLastRowNum());
			assertTrue(reports.getPaneInformation().isFreezePane());
			assertTrue(workbook.getSheet("全部发现").getLastRowNum() > 0);
			assertTrue(((XSSFSheet) reports).getCTWorksheet().isSetAutoFilter());
		}
		assertTrue(Files.list(reviewed).noneMatch(f -> f.getFileName().toString().endsWith(".xlsx")), "nothing written beside the reports");
	}

	@Test
	void aWordDraftIsReviewedInMemoryAndAnUnreadableFileDoesNotStopTheOthers(@TempDir Path dir) throws IOException {
		Path reviewed = folder(dir);
		Cli.Run exported = run("export", reviewed.resolve("交通运输局.dzr").toString(), "--to", "docx", "-o",
				reviewed.resolve("导出稿.docx").toString());
		assertEquals(Main.OK, exported.exit(), exported.err());
		Files.write(reviewed.resolve("坏文件.docx"), "not a zip".getBytes(StandardCharsets.UTF_8));
		Cli.Run run = run("review", reviewed.toString(), "--to", "md");
		assertEquals(Main.UNREADABLE, run.exit());
		assertTrue(run.err().contains("坏文件.docx"), run.err());
		assertTrue(run.out().contains("| 导出稿.docx |"), run.out());
		assertTrue(run.out().contains("| 住建局.dzr |"), run.out());
		assertTrue(Files.list(reviewed).noneMatch(f -> f.getFileName().toString().startsWith("导出稿") && f.toString().endsWith(".dzr")));
	}

	private static List<String> cells(Row row) {
		List<String> cells = new ArrayList<>();
		row.forEach(c -> cells.add(c.getStringCellValue()));
		return cells;
	}
}
