package nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import nianbao.core.Checker;
import nianbao.core.config.CheckOptions;
import nianbao.core.diag.Diagnostic;
import nianbao.core.rules.Rules;
import nianbao.core.text.TextDecoder;
import nianbao.testing.Fixtures;

/** {@code nianbao lint} run as a process on copies of the fixtures. */
class LintCommandTest {
    @TempDir
    Path dir;

    private Path copy(String fixture) throws IOException {
        Path target = dir.resolve(fixture);
        Files.copy(Fixtures.path(fixture), target);
        return target;
    }

    @Test
    void textOutputNamesFileLineAndColumnThenSummarisesAndExitsOneOnErrors() throws IOException {
        copy("NB301-row-total.txt");
        var r = CliProcess.run(dir, "lint", "NB301-row-total.txt");
        assertEquals(1, r.exitCode(), r.stderr());
        assertTrue(r.stdout().startsWith("NB301-row-total.txt:36:31: 错误 NB301 “一、本年新收政府信息公开申请数量”的“总计”应为 19，实为 20"),
                r.stdout());
        assertTrue(r.stdout().strip().endsWith("检查了 1 个文件：1 个错误，0 个警告，0 个提示"), r.stdout());
    }

    @Test
    void aFileThatCannotBeReadAfterReportsAlreadyReadStopsTheRunBeforeAnyResultOrFix() throws IOException {
        // A report read before the bad file is not reported on, nor fixed: the run stops before any result.
        Path report = copy("NB301-row-total.txt");
        byte[] before = Files.readAllBytes(report);
        Files.write(dir.resolve("z-binary.txt"), new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xFD, 0, 1, 2, (byte) 0xC0});
        for (String fix : new String[] {"--fix", "--format=text"}) {
            var r = CliProcess.run(dir, "lint", fix, "NB301-row-total.txt", "z-binary.txt");
            assertEquals(2, r.exitCode(), r.stdout() + r.stderr());
            assertEquals("", r.stdout());
            assertTrue(r.stderr().contains("z-binary.txt") && r.stderr().contains("未检查任何文件"), r.stderr());
            assertArrayEquals(before, Files.readAllBytes(report));
        }
    }

    @Test
    void aReportWithoutErrorsExitsZero() throws IOException {
        copy("layout-tabs-clean.txt");
        var r = CliProcess.run(dir, "lint", "layout-tabs-clean.txt");
        assertEquals(0, r.exitCode(), r.stdout() + r.stderr());
        assertEquals("检查了 1 个文件：0 个错误，0 个警告，0 个提示\n", r.stdout());
    }

    @Test
    void warningsAloneExitZero() throws IOException {
        copy("NB404-residue.txt");
        var r = CliProcess.run(dir, "lint", "NB404-residue.txt");
        assertEquals(0, r.exitCode());
        assertTrue(r.stdout().contains("警告 NB404"));
    }

    @Test
    void jsonOutputCarriesTheSameDiagnosticsAsTheCoreWithFixes() throws Exception {
        copy("NB302-result-total.txt");
        var r = CliProcess.run(dir, "lint", "--format", "json", "NB302-result-total.txt");
        JsonObject root = JsonParser.parseString(r.stdout()).getAsJsonObject();
        JsonObject file = root.getAsJsonArray("files").get(0).getAsJsonObject();
        assertEquals("NB302-result-total.txt", file.get("path").getAsString());
        JsonArray diagnostics = file.getAsJsonArray("diagnostics");
        List<Diagnostic> core = Checker.check(Fixtures.text("NB302-result-total.txt"), CheckOptions.DEFAULT).diagnostics();
        assertEquals(core.size(), diagnostics.size());
        for (int i = 0; i < core.size(); i++) {
            JsonObject d = diagnostics.get(i).getAsJsonObject();
            assertEquals(core.get(i).code(), d.get("code").getAsString());
            assertEquals(core.get(i).message(), d.get("message").getAsString());
            assertEquals(core.get(i).range().startLine() + 1, d.get("line").getAsInt());
            assertEquals(core.get(i).range().startColumn() + 1, d.get("column").getAsInt());
            assertEquals(core.get(i).range().endColumn() + 1, d.get("endColumn").getAsInt());
            assertEquals(core.get(i).severity().id(), d.get("severity").getAsString());
        }
        JsonObject fix = diagnostics.get(0).getAsJsonObject().getAsJsonArray("fixes").get(0).getAsJsonObject();
        assertEquals("将自然人改为 17", fix.get("title").getAsString());
        assertEquals("17", fix.getAsJsonArray("edits").get(0).getAsJsonObject().get("newText").getAsString());
    }

    @Test
    void sarifOutputIsVersion210WithRuleMetadataAndFixes() throws IOException {
        copy("NB301-row-total.txt");
        var r = CliProcess.run(dir, "lint", "--format=sarif", "NB301-row-total.txt");
        JsonObject root = JsonParser.parseString(r.stdout()).getAsJsonObject();
        assertEquals("2.1.0", root.get("version").getAsString());
        JsonObject run = root.getAsJsonArray("runs").get(0).getAsJsonObject();
        JsonObject driver = run.getAsJsonObject("tool").getAsJsonObject("driver");
        assertEquals("nianbao", driver.get("name").getAsString());
        assertEquals(Rules.all().size() + nianbao.core.across.CrossYearRules.all().size(), driver.getAsJsonArray("rules").size());
        JsonObject result = run.getAsJsonArray("results").get(0).getAsJsonObject();
        assertEquals("NB301", result.get("ruleId").getAsString());
        assertEquals("error", result.get("level").getAsString());
        JsonObject region = result.getAsJsonArray("locations").get(0).getAsJsonObject()
                .getAsJsonObject("physicalLocation").getAsJsonObject("region");
        assertEquals(36, region.get("startLine").getAsInt());
        assertEquals(31, region.get("startColumn").getAsInt());
        assertEquals("NB301-row-total.txt", result.getAsJsonArray("locations").get(0).getAsJsonObject()
                .getAsJsonObject("physicalLocation").getAsJsonObject("artifactLocation").get("uri").getAsString());
        assertTrue(result.has("fixes"));
        assertEquals("utf16CodeUnits", run.get("columnKind").getAsString());
    }

    @Test
    void fixRewritesTheTotalInPlaceKeepingGb18030AndCrlf() throws Exception {
        Path file = copy("encoding-gb18030-crlf.txt");
        byte[] before = Files.readAllBytes(file);
        var r = CliProcess.run(dir, "lint", "--fix", "encoding-gb18030-crlf.txt");
        assertEquals(0, r.exitCode(), r.stdout());
        assertTrue(r.stdout().contains("已修复 1 处"), r.stdout());
        byte[] after = Files.readAllBytes(file);
        var decoded = TextDecoder.decode(after);
        assertEquals(TextDecoder.gb18030(), decoded.charset());
        String expected = TextDecoder.decode(before).text().replace("申请数量\t18\t1\t0\t0\t0\t0\t18\r\n",
                "申请数量\t18\t1\t0\t0\t0\t0\t19\r\n");
        assertEquals(expected, decoded.text());
        assertFalse(decoded.text().replace("\r\n", "").contains("\n"));
        var again = CliProcess.run(dir, "lint", "--fix", "encoding-gb18030-crlf.txt");
        assertEquals(0, again.exitCode());
        assertArrayEquals(after, Files.readAllBytes(file), "a second --fix changed the file");
    }

    @Test
    void fixKeepsTheUtf8BomAndCrLineEndings() throws Exception {
        Path file = copy("encoding-utf8-bom-cr.txt");
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8).replace("\t（七）总计\t17\t1\t0\t0\t0\t0\t18\r",
                "\t（七）总计\t17\t1\t0\t0\t0\t0\t\r");
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        var r = CliProcess.run(dir, "lint", "--fix", "encoding-utf8-bom-cr.txt");
        assertEquals(0, r.exitCode(), r.stdout());
        assertArrayEquals(bytes, Files.readAllBytes(file));
    }

    @Test
    void anUnreadableInputStopsTheRunBeforeAnyFileIsChanged() throws Exception {
        Path good = copy("NB301-row-total.txt");
        byte[] before = Files.readAllBytes(good);
        Files.write(dir.resolve("scan.txt"), new byte[]{'P', 'K', 3, 4, 0, 0, 0, 1});
        var r = CliProcess.run(dir, "lint", "--fix", "NB301-row-total.txt", "scan.txt", "missing.txt");
        assertEquals(2, r.exitCode());
        assertTrue(r.stderr().contains("scan.txt: 不是文本文件"), r.stderr());
        assertTrue(r.stderr().contains("missing.txt: 文件或目录不存在"), r.stderr());
        assertTrue(r.stderr().contains("未修改任何文件"), r.stderr());
        assertArrayEquals(before, Files.readAllBytes(good));
        assertEquals("", r.stdout());
    }

    @Test
    void aFileOverTheSizeLimitIsRefused() throws IOException {
        copy("layout-tabs-clean.txt");
        var r = CliProcess.run(dir, "lint", "--max-size", "1000", "layout-tabs-clean.txt");
        assertEquals(2, r.exitCode());
        assertTrue(r.stderr().contains("layout-tabs-clean.txt: 文件过大"), r.stderr());
    }

    @Test
    void aDirectoryLoopIsReportedAndNothingIsChecked() throws IOException {
        Path reports = Files.createDirectories(dir.resolve("reports/sub"));
        Files.copy(Fixtures.path("layout-tabs-clean.txt"), reports.resolve("a.txt"));
        Files.createSymbolicLink(reports.resolve("loop"), dir.resolve("reports"));
        var r = CliProcess.run(dir, "lint", "reports");
        assertEquals(2, r.exitCode());
        assertTrue(r.stderr().contains("目录循环"), r.stderr());
    }

    @Test
    void directoriesAreSearchedForReportsInSortedOrderAndOutputIsStable() throws IOException {
        Path reports = Files.createDirectories(dir.resolve("年报"));
        for (String name : List.of("NB304-review-total.txt", "NB301-row-total.txt", "NB203-not-a-number.txt")) {
            Files.copy(Fixtures.path(name), reports.resolve(name));
        }
        Files.writeString(reports.resolve("notes.md"), "不是报告");
        var first = CliProcess.run(dir, "lint", "年报");
        var second = CliProcess.run(dir, "lint", "年报");
        assertEquals(first.stdout(), second.stdout());
        List<String> files = first.stdout().lines().filter(l -> l.contains(".txt:")).map(l -> l.substring(0, l.indexOf(".txt:"))).distinct().toList();
        assertEquals(List.of("年报/NB203-not-a-number", "年报/NB301-row-total", "年报/NB304-review-total"), files);
        assertTrue(first.stdout().contains("检查了 3 个文件"));
    }

    @Test
    void standardInputIsCheckedAsStdin() {
        byte[] text = Fixtures.text("NB301-row-total.txt").getBytes(StandardCharsets.UTF_8);
        var r = CliProcess.run(dir, text, List.of(), "lint", "-");
        assertEquals(1, r.exitCode());
        assertTrue(r.stdout().startsWith("<stdin>:36:31: 错误 NB301"), r.stdout());
    }

    @Test
    void aConfigFileTurnsRulesOffOrChangesTheirSeverity() throws IOException {
        copy("NB401-fee-statement.txt");
        copy("NB301-row-total.txt");
        Files.writeString(dir.resolve(".nianbao.json"), "{\"rules\": {\"NB401\": \"off\", \"NB301\": \"warning\"}}");
        var r = CliProcess.run(dir, "lint", "NB401-fee-statement.txt", "NB301-row-total.txt");
        assertFalse(r.stdout().contains("NB401"), r.stdout());
        assertTrue(r.stdout().contains("警告 NB301"), r.stdout());
        Files.writeString(dir.resolve("bad.json"), "{\"formatVersion\": \"2020\"}");
        var bad = CliProcess.run(dir, "lint", "--config", "bad.json", "NB301-row-total.txt");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.stderr().contains("bad.json: \"formatVersion\" 应为 auto、2019 或 2021，实为 \"2020\""), bad.stderr());
    }

    @Test
    void forcingTheFormatVersionChangesWhichTablesAreTheWrongVersion() throws IOException {
        copy("NB208-version-mismatch.txt");
        var auto = CliProcess.run(dir, "lint", "NB208-version-mismatch.txt");
        assertTrue(auto.stdout().contains("NB208-version-mismatch.txt:16:1: 警告 NB208 表格“主动公开政府信息情况表”是 2019 版"),
                auto.stdout());
        var forced = CliProcess.run(dir, "lint", "--format-version", "2019", "NB208-version-mismatch.txt");
        assertFalse(forced.stdout().contains("主动公开政府信息情况表”是 2019 版"), forced.stdout());
        assertTrue(forced.stdout().contains("表格“收到和处理政府信息公开申请情况表”是 2021 版格式"), forced.stdout());
    }

    @Test
    void badUsageExitsTwoWithAMessage() {
        assertEquals(2, CliProcess.run(dir, "lint").exitCode());
        var r = CliProcess.run(dir, "lint", "--format", "xml", "a.txt");
        assertEquals(2, r.exitCode());
        assertTrue(r.stderr().contains("--format 应为 text、json 或 sarif"));
        assertEquals(2, CliProcess.run(dir, "frobnicate").exitCode());
    }

    @Test
    void lintNeverLoadsLsp4j() throws IOException {
        copy("NB301-row-total.txt");
        var r = CliProcess.run(dir, null, List.of("-verbose:class"), "lint", "NB301-row-total.txt");
        assertTrue(r.stdout().contains("nianbao.cli.LintCommand"), "class loading was not traced");
        assertFalse(r.stdout().contains("org.eclipse.lsp4j"), "lint loaded LSP4J");
    }
}
