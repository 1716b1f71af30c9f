package nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import nianbao.testing.Fixtures;

/** What a first-time user of {@code lint} meets: help, version, folders with other files, empty files, output. */
class LintFirstContactTest {
    @TempDir
    Path dir;

    @Test
    void lintHelpAndHPrintTheLintUsageWithEveryOptionAndExitZero() {
        for (String flag : List.of("--help", "-h")) {
            var r = CliProcess.run(dir, "lint", flag);
            assertEquals(0, r.exitCode(), flag + ": " + r.stderr());
            for (String option : List.of("--format", "--fix", "--format-version", "--config", "--max-size", "--help")) {
                assertTrue(r.stdout().contains(option), flag + " does not list " + option + ":\n" + r.stdout());
            }
            assertEquals("", r.stderr());
        }
        // Help wins over a missing path; a path with --help checks nothing.
        var withPath = CliProcess.run(dir, "lint", "--help", "missing.txt");
        assertEquals(0, withPath.exitCode());
    }

    @Test
    void versionIsTheBuildsVersionAndSarifCarriesIt() throws IOException {
        var r = CliProcess.run(dir, "--version");
        assertEquals(0, r.exitCode());
        String version = r.stdout().strip().replace("nianbao ", "");
        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), r.stdout());
        assertNotEquals("dev", version);

        Files.copy(Fixtures.path("layout-tabs-clean.txt"), dir.resolve("r.txt"));
        var sarif = CliProcess.run(dir, "lint", "--format", "sarif", "r.txt");
        JsonObject driver = JsonParser.parseString(sarif.stdout()).getAsJsonObject().getAsJsonArray("runs").get(0)
                .getAsJsonObject().getAsJsonObject("tool").getAsJsonObject("driver");
        assertEquals(version, driver.get("version").getAsString());
    }

    @Test
    void aFolderLintChecksReportsAndCountsTheOtherTextFilesAsSkipped() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("收件"));
        Files.copy(Fixtures.path("NB301-row-total.txt"), folder.resolve("a.txt"));
        Files.writeString(folder.resolve("清单.txt"), "待审核材料清单\n1. 星湖区民政局\n2. 星湖区教育局\n");
        Files.writeString(folder.resolve("readme.txt"), "Reports go here.\n");
        // Named like a report: checked whatever it holds, as the editor opens it as a report.
        Files.writeString(folder.resolve("星湖区2024年报.txt"), "");

        var r = CliProcess.run(dir, "lint", "收件");
        assertEquals(1, r.exitCode(), r.stderr());
        assertTrue(r.stdout().contains("收件/a.txt:36:31: 错误 NB301"), r.stdout());
        assertTrue(r.stdout().contains("收件/星湖区2024年报.txt:1:1: 错误 NB107"), r.stdout());
        assertFalse(r.stdout().contains("清单.txt") || r.stdout().contains("readme.txt"), r.stdout());
        assertTrue(r.stdout().strip().endsWith("检查了 2 个文件：2 个错误，0 个警告，0 个提示；跳过 2 个不是年报的文件"), r.stdout());

        // A file named explicitly is always checked, report or not.
        var explicit = CliProcess.run(dir, "lint", "收件/清单.txt");
        assertTrue(explicit.stdout().contains("收件/清单.txt:"), explicit.stdout());
        assertTrue(explicit.stdout().contains("检查了 1 个文件") && !explicit.stdout().contains("跳过"), explicit.stdout());
    }

    @Test
    void anEmptyFileNamedExplicitlyGetsOneFindingAndExitsOne() throws IOException {
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.writeString(dir.resolve("blank.txt"), " \n\u3000\r\n\t\n");
        var r = CliProcess.run(dir, "lint", "empty.txt", "blank.txt");
        assertEquals(1, r.exitCode(), r.stderr());
        assertEquals(List.of("blank.txt:1:1: 错误 NB107 报告为空：文件中只有空白，没有标题、章节和统计表（可能是导出失败或复制不完整）",
                        "empty.txt:1:1: 错误 NB107 报告为空：文件为空，没有标题、章节和统计表（可能是导出失败或复制不完整）",
                        "检查了 2 个文件：2 个错误，0 个警告，0 个提示"),
                r.stdout().lines().toList().stream().sorted().toList());
    }

    @Test
    void textOutputSaysErrorWarningAndHintInChineseLikeTheSummary() throws IOException {
        Files.copy(Fixtures.path("NB404-residue.txt"), dir.resolve("r.txt"));
        var r = CliProcess.run(dir, "lint", "r.txt");
        List<String> findings = r.stdout().lines().filter(l -> l.startsWith("r.txt:")).toList();
        assertFalse(findings.isEmpty());
        for (String line : findings) {
            assertTrue(line.matches("r\\.txt:\\d+:\\d+: (错误|警告|提示) NB\\d{3} .+"), line);
        }
        assertTrue(findings.stream().anyMatch(l -> l.contains(": 警告 NB404 ")), r.stdout());
        assertTrue(findings.stream().anyMatch(l -> l.contains(": 提示 NB404 ")), r.stdout());
    }

    @Test
    void textOutputIsPrintedFileByFileInInputOrderBeforeTheSummary() throws IOException {
        List<String> names = List.of("NB203-not-a-number.txt", "NB301-row-total.txt", "NB304-review-total.txt");
        for (String n : names) Files.copy(Fixtures.path(n), dir.resolve(n));
        FlushRecorder recorder = new FlushRecorder();
        PrintStream out = new PrintStream(recorder, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of("lint"));
        names.forEach(n -> args.add(dir.resolve(n).toString()));
        Main.run(args.toArray(String[]::new), out, err);
        out.flush();

        // Each file's findings reach the stream in a flush of their own, in the order the files were given.
        List<String> chunks = recorder.chunks.stream().filter(c -> !c.isEmpty()).toList();
        assertTrue(chunks.size() >= 4, chunks.toString());
        for (int i = 0; i < names.size(); i++) {
            String chunk = chunks.get(i);
            String name = names.get(i);
            assertTrue(chunk.lines().allMatch(l -> l.startsWith(dir.resolve(name) + ":")), i + ": " + chunk);
        }
        assertTrue(chunks.get(chunks.size() - 1).startsWith("检查了 3 个文件"), chunks.toString());
    }

    @Test
    void noProgressOnStderrWhenItIsNotATerminal() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("many"));
        String report = Fixtures.text("layout-tabs-clean.txt");
        for (int i = 0; i < 40; i++) Files.writeString(folder.resolve(String.format("r%02d.txt", i)), report);
        var r = CliProcess.run(dir, "lint", "many");
        assertEquals(0, r.exitCode());
        assertEquals("", r.stderr());
        assertEquals("检查了 40 个文件：0 个错误，0 个警告，0 个提示\n", r.stdout());
    }

    @Test
    void progressStartsAfterASecondCountsFilesAndIsClearedBeforeOutputAndAtTheEnd() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        long[] now = {0};
        LintProgress progress = new LintProgress(err, 5, true, () -> now[0]);
        progress.fileDone();
        now[0] = 900_000_000L;
        progress.fileDone();
        assertEquals("", bytes.toString(StandardCharsets.UTF_8), "nothing within the first second");
        now[0] = 1_100_000_000L;
        progress.fileDone();
        assertEquals("\r已检查 3/5 个文件", bytes.toString(StandardCharsets.UTF_8));
        progress.beforeOutput();
        assertTrue(bytes.toString(StandardCharsets.UTF_8).endsWith("\r\033[K"));
        now[0] = 1_150_000_000L;
        progress.fileDone();
        progress.fileDone();
        assertTrue(bytes.toString(StandardCharsets.UTF_8).endsWith("\r已检查 5/5 个文件"), bytes.toString(StandardCharsets.UTF_8));
        progress.finish();
        assertTrue(bytes.toString(StandardCharsets.UTF_8).endsWith("\r\033[K"));

        ByteArrayOutputStream quiet = new ByteArrayOutputStream();
        LintProgress off = new LintProgress(new PrintStream(quiet, true, StandardCharsets.UTF_8), 5, false, () -> now[0] += 2_000_000_000L);
        for (int i = 0; i < 5; i++) off.fileDone();
        off.finish();
        assertEquals(0, quiet.size(), "not a terminal: nothing");
    }

    @Test
    void anInvalidSettingsFileStopsTheRunWithAChineseMessageNamingFileKeyAndAllowedValues() throws IOException {
        Files.copy(Fixtures.path("layout-tabs-clean.txt"), dir.resolve("r.txt"));
        Files.writeString(dir.resolve(".nianbao.json"), "{\"debounce\": \"x\", \"rules\": {\"NB999\": \"off\"}}");
        var r = CliProcess.run(dir, "lint", "r.txt");
        assertEquals(2, r.exitCode());
        assertTrue(r.stderr().contains(dir.resolve(".nianbao.json") + ": "), r.stderr());
        assertTrue(r.stderr().contains("\"debounce\" 应为 0–5000 之间的整数（毫秒），实为 \"x\""), r.stderr());
        assertTrue(r.stderr().contains("\"rules\" 中的 \"NB999\" 不是已知的规则编号"), r.stderr());
        Files.writeString(dir.resolve(".nianbao.json"), "{\"debounce\": 200,,}");
        var malformed = CliProcess.run(dir, "lint", "r.txt");
        assertEquals(2, malformed.exitCode());
        assertTrue(malformed.stderr().contains(".nianbao.json: 不是有效的 JSON（第 1 行"), malformed.stderr());
        assertFalse(malformed.stderr().contains("http") || malformed.stderr().contains("Exception"), malformed.stderr());
    }

    /** Records what reaches the stream at each flush. */
    private static final class FlushRecorder extends OutputStream {
        final List<String> chunks = new ArrayList<>();
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

        @Override
        public void write(int b) {
            pending.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            pending.write(b, off, len);
        }

        @Override
        public void flush() {
            chunks.add(pending.toString(StandardCharsets.UTF_8));
            pending.reset();
        }
    }
}
