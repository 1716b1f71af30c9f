package nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import nianbao.testing.Fixtures;

/** Cross-year checks in {@code nianbao lint}, run as a process on copies of the pair fixtures. */
class CrossYearLintTest {
    @TempDir
    Path dir;

    private void copyPair(String folder, String lastYearName, String thisYearName) throws IOException {
        Path source = Fixtures.dir().resolve("across").resolve(folder);
        Files.createDirectories(dir.resolve(lastYearName).getParent());
        Files.createDirectories(dir.resolve(thisYearName).getParent());
        Files.copy(source.resolve("last-year.txt"), dir.resolve(lastYearName));
        Files.copy(source.resolve("this-year.txt"), dir.resolve(thisYearName));
    }

    @Test
    void aFolderPairsLastYearWithThisYearAndTheFindingNamesBothFiles() throws IOException {
        copyPair("NB501-carried-over-tabs", "2023/星湖区民政局.txt", "2024/星湖区民政局.txt");
        var r = CliProcess.run(dir, "lint", "2024", "2023");
        assertEquals(1, r.exitCode(), r.stdout() + r.stderr());
        String expected = Path.of("2024", "星湖区民政局.txt") + ":37:18: 错误 NB501 “二、上年结转政府信息公开申请数量”的“自然人”应为 3（上年报告 "
                + Path.of("2023", "星湖区民政局.txt") + " 第 60 行“四、结转下年度继续办理”的“自然人”），实为 2";
        assertTrue(r.stdout().contains(expected), r.stdout());
        assertTrue(r.stdout().strip().endsWith("检查了 2 个文件：1 个错误，0 个警告，0 个提示"), r.stdout());
    }

    @Test
    void aFileAloneHasNoCrossYearFinding() throws IOException {
        copyPair("NB501-carried-over-tabs", "last.txt", "this.txt");
        var r = CliProcess.run(dir, "lint", "this.txt");
        assertEquals(0, r.exitCode(), r.stdout() + r.stderr());
        assertFalse(r.stdout().contains("NB501"), r.stdout());
    }

    @Test
    void jsonAndSarifRelatedLocationsCarryLastYearsPath() throws IOException {
        copyPair("NB501-carried-over-pipes", "last.txt", "this.txt");
        var json = CliProcess.run(dir, "lint", "--format", "json", "last.txt", "this.txt");
        JsonArray files = JsonParser.parseString(json.stdout()).getAsJsonObject().getAsJsonArray("files");
        JsonObject finding = files.get(1).getAsJsonObject().getAsJsonArray("diagnostics").get(0).getAsJsonObject();
        assertEquals("NB501", finding.get("code").getAsString());
        JsonObject related = finding.getAsJsonArray("related").get(0).getAsJsonObject();
        assertEquals("last.txt", related.get("path").getAsString());
        assertEquals(60, related.get("line").getAsInt());
        assertEquals(17, related.get("column").getAsInt());

        var sarif = CliProcess.run(dir, "lint", "--format", "sarif", "last.txt", "this.txt");
        JsonObject run = JsonParser.parseString(sarif.stdout()).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject();
        JsonObject result = run.getAsJsonArray("results").get(0).getAsJsonObject();
        assertEquals("NB501", result.get("ruleId").getAsString());
        JsonArray rules = run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules");
        assertEquals("NB501", rules.get(result.get("ruleIndex").getAsInt()).getAsJsonObject().get("id").getAsString());
        JsonObject location = result.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation");
        assertEquals("this.txt", location.getAsJsonObject("artifactLocation").get("uri").getAsString());
        JsonObject relatedLocation = result.getAsJsonArray("relatedLocations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation");
        assertEquals("last.txt", relatedLocation.getAsJsonObject("artifactLocation").get("uri").getAsString());
        assertEquals(60, relatedLocation.getAsJsonObject("region").get("startLine").getAsInt());
    }

    @Test
    void previousSettingNamesLastYearsFileEvenUnderAnotherNameAndOutsideThePathsGiven() throws IOException {
        copyPair("NB501-carried-over-word", "archive/旧报告.txt", "current/年报.txt");
        // The agency was renamed: the titles no longer pair, the setting does.
        Path lastYear = dir.resolve("archive/旧报告.txt");
        Files.writeString(lastYear, Files.readString(lastYear, StandardCharsets.UTF_8).replace("星湖区民政局", "星湖区民政和养老服务局"),
                StandardCharsets.UTF_8);
        var without = CliProcess.run(dir, "lint", ".");
        assertFalse(without.stdout().contains("NB501"), without.stdout());
        Files.writeString(dir.resolve("current/.nianbao.json"), "{\"previous\": \"../archive/旧报告.txt\"}");
        var r = CliProcess.run(dir.resolve("current"), "lint", "年报.txt");
        assertEquals(1, r.exitCode(), r.stdout() + r.stderr());
        assertTrue(r.stdout().contains("年报.txt:90:2: 错误 NB501"), r.stdout());
        assertTrue(r.stdout().contains("旧报告.txt 第 337 行"), r.stdout());
        assertTrue(r.stdout().strip().endsWith("检查了 1 个文件：1 个错误，0 个警告，0 个提示"), r.stdout());
    }

    @Test
    void anInvalidPreviousSettingIsAUsageErrorNamingTheFileAndTheKey() throws IOException {
        copyPair("clean-pair-tabs", "last.txt", "this.txt");
        Files.writeString(dir.resolve(".nianbao.json"), "{\"previous\": \"missing.txt\"}");
        var missing = CliProcess.run(dir, "lint", "this.txt");
        assertEquals(2, missing.exitCode(), missing.stdout() + missing.stderr());
        assertTrue(missing.stderr().contains(".nianbao.json: previous 指向的上年报告“missing.txt”不存在"), missing.stderr());
        Files.writeString(dir.resolve(".nianbao.json"), "{\"previous\": [\"last.txt\"]}");
        var notText = CliProcess.run(dir, "lint", "this.txt");
        assertEquals(2, notText.exitCode());
        assertTrue(notText.stderr().contains(".nianbao.json: \"previous\" 应为上年报告的文件路径（字符串"), notText.stderr());
        Files.writeString(dir.resolve(".nianbao.json"), "{\"previous\": \"last.txt\"}");
        var ok = CliProcess.run(dir, "lint", "this.txt");
        assertEquals(0, ok.exitCode(), ok.stdout() + ok.stderr());
    }
}
