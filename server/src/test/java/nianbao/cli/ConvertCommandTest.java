package nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nianbao.document.ReportRenderings;

/** {@code nianbao convert} as a process: its text lints like the report it came from. */
class ConvertCommandTest {
    @TempDir
    Path dir;

    @Test
    void aWordReportConvertedToEachLayoutLintsLikeTheText() throws IOException {
        String text = DocumentLintTest.wrongTotalExample();
        Files.writeString(dir.resolve("original.txt"), text);
        Files.write(dir.resolve("报告.docx"), ReportRenderings.docx(text));
        String expected = CliProcess.run(dir, "lint", "original.txt").stdout().replaceAll("(?m)^original\\.txt:\\d+:\\d+", "X");
        assertTrue(expected.contains("NB301"), expected);
        for (String layout : new String[]{"tabs", "word", "pipes"}) {
            var r = CliProcess.run(dir, "convert", "报告.docx", "--layout", layout, "-o", layout + ".txt");
            assertEquals(0, r.exitCode(), r.stderr());
            String linted = CliProcess.run(dir, "lint", layout + ".txt").stdout().replaceAll("(?m)^" + layout + "\\.txt:\\d+:\\d+", "X");
            assertEquals(expected, linted, layout);
        }
    }

    @Test
    void withoutOutputTheTextGoesToStandardOutput() throws IOException {
        Files.writeString(dir.resolve("page.html"), "<html><body><p>标题</p><table><tr><td>规章</td><td>0</td></tr></table></body></html>");
        var r = CliProcess.run(dir, "convert", "page.html");
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals("标题\n规章\t0\n", r.stdout());
    }

    @Test
    void aTextFileAnUnknownLayoutAndADamagedFileAreRefusedNamingThem() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "x");
        var txt = CliProcess.run(dir, "convert", "a.txt");
        assertEquals(2, txt.exitCode());
        assertTrue(txt.stderr().contains("a.txt: 只能转换"), txt.stderr());
        var layout = CliProcess.run(dir, "convert", "a.docx", "--layout", "columns");
        assertEquals(2, layout.exitCode());
        assertTrue(layout.stderr().contains("--layout 应为 tabs、word 或 pipes"), layout.stderr());
        Files.write(dir.resolve("坏.docx"), "not a zip".getBytes(StandardCharsets.UTF_8));
        var bad = CliProcess.run(dir, "convert", "坏.docx");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.stderr().contains("坏.docx: 不是有效的 Word 文档"), bad.stderr());
    }
}
