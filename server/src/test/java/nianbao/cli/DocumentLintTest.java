package nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import nianbao.document.ReportRenderings;
import nianbao.testing.Fixtures;

/** {@code nianbao lint} as a process on .docx, .html and other published files. */
class DocumentLintTest {
    @TempDir
    Path dir;

    /** The bundled example with the 总计 of row 一 changed from 19 to 20. */
    static String wrongTotalExample() throws IOException {
        String text = Files.readString(Path.of("examples/xinghu-2024-tabs.txt"));
        String wrong = text.replace("一、本年新收政府信息公开申请数量\t18\t1\t0\t0\t0\t0\t19", "一、本年新收政府信息公开申请数量\t18\t1\t0\t0\t0\t0\t20");
        assertNotEquals(text, wrong);
        return wrong;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) out.put(e.getName(), in.readAllBytes());
        }
        return out;
    }

    @Test
    void aWordReportsFindingsNameTheTableRowAndColumn() throws IOException {
        write("报告.docx", ReportRenderings.docx(wrongTotalExample()));
        var r = CliProcess.run(dir, "lint", "报告.docx");
        assertEquals(1, r.exitCode(), r.stdout() + r.stderr());
        assertTrue(r.stdout().startsWith("报告.docx 表2 第4行 总计: 错误 NB301 “一、本年新收政府信息公开申请数量”的“总计”应为 19，实为 20"), r.stdout());
        assertTrue(r.stdout().strip().endsWith("检查了 1 个文件：1 个错误，0 个警告，0 个提示"), r.stdout());
    }

    @Test
    void jsonGetsASourceObjectAndSarifASnippetAndALogicalLocation() throws IOException {
        write("page.html", ReportRenderings.html(wrongTotalExample(), "utf-8").getBytes(StandardCharsets.UTF_8));
        var json = CliProcess.run(dir, "lint", "--format", "json", "page.html");
        JsonObject d = JsonParser.parseString(json.stdout()).getAsJsonObject().getAsJsonArray("files").get(0).getAsJsonObject()
                .getAsJsonArray("diagnostics").get(0).getAsJsonObject();
        JsonObject source = d.getAsJsonObject("source");
        assertEquals("html", source.get("format").getAsString());
        assertEquals(2, source.get("table").getAsInt());
        assertEquals(4, source.get("row").getAsInt());
        assertEquals(8, source.get("cell").getAsInt());
        assertEquals("总计", source.get("column").getAsString());
        assertEquals("20", source.get("text").getAsString());
        var sarif = CliProcess.run(dir, "lint", "--format", "sarif", "page.html");
        JsonObject location = JsonParser.parseString(sarif.stdout()).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject()
                .getAsJsonArray("results").get(0).getAsJsonObject().getAsJsonArray("locations").get(0).getAsJsonObject();
        assertEquals("20", location.getAsJsonObject("physicalLocation").getAsJsonObject("region").getAsJsonObject("snippet").get("text").getAsString());
        assertEquals("表2 第4行 总计", location.getAsJsonArray("logicalLocations").get(0).getAsJsonObject().get("name").getAsString());
    }

    @Test
    void fixOnAWordReportChangesOnlyTheTotalCellsTextInDocumentXml() throws IOException {
        byte[] before = ReportRenderings.docx(wrongTotalExample());
        Path docx = write("报告.docx", before);
        var r = CliProcess.run(dir, "lint", "--fix", "报告.docx");
        assertEquals(0, r.exitCode(), r.stdout() + r.stderr());
        assertTrue(r.stdout().contains("已修复 1 处"), r.stdout());
        Map<String, byte[]> old = entries(before);
        byte[] after = Files.readAllBytes(docx);
        Map<String, byte[]> fixed = entries(after);
        // The parts before word/document.xml are copied raw: the file starts with the same bytes up to its header.
        int documentHeader = indexOf(before, "word/document.xml".getBytes(StandardCharsets.UTF_8)) - 30;
        assertTrue(documentHeader > 0);
        assertArrayEquals(java.util.Arrays.copyOf(before, documentHeader), java.util.Arrays.copyOf(after, documentHeader));
        // The part after it too: its local header and compressed data appear unchanged.
        int styles = indexOf(before, "word/styles.xml".getBytes(StandardCharsets.UTF_8)) - 30;
        int centralDirectory = indexOf(before, new byte[]{0x50, 0x4b, 0x01, 0x02});
        byte[] stylesRaw = java.util.Arrays.copyOfRange(before, styles, centralDirectory);
        assertTrue(indexOf(after, stylesRaw) > 0, "word/styles.xml copied raw");
        try (var zip = new java.util.zip.ZipFile(docx.toFile())) {
            assertEquals(old.size(), zip.size(), "the central directory lists every part");
        }
        assertEquals(old.keySet().stream().toList(), fixed.keySet().stream().toList(), "same parts in the same order");
        for (String name : old.keySet()) {
            if (!name.equals("word/document.xml")) assertArrayEquals(old.get(name), fixed.get(name), name);
        }
        String oldXml = new String(old.get("word/document.xml"), StandardCharsets.UTF_8);
        String newXml = new String(fixed.get("word/document.xml"), StandardCharsets.UTF_8);
        // The renderer writes a short value as one run; the fix must change that run's text and nothing else.
        String oldCell = "<w:t xml:space=\"preserve\">20</w:t>";
        String newCell = "<w:t xml:space=\"preserve\">19</w:t>";
        int at = firstDifference(oldXml, newXml);
        assertTrue(oldXml.startsWith(oldCell, oldXml.lastIndexOf("<w:t", at)), oldXml.substring(at - 40, at + 10));
        assertEquals(oldXml.substring(0, oldXml.lastIndexOf("<w:t", at)) + newCell
                + oldXml.substring(oldXml.lastIndexOf("<w:t", at) + oldCell.length()), newXml, "only that cell's text changed");
        var again = CliProcess.run(dir, "lint", "报告.docx");
        assertEquals("检查了 1 个文件：0 个错误，0 个警告，0 个提示\n", again.stdout());
    }

    private static int indexOf(byte[] in, byte[] what) {
        outer:
        for (int i = 0; i + what.length <= in.length; i++) {
            for (int j = 0; j < what.length; j++) if (in[i + j] != what[j]) continue outer;
            return i;
        }
        return -1;
    }

    private static int firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) i++;
        return i;
    }

    @Test
    void fixOnAnEmptyWordTotalFillsTheCell() throws IOException {
        String text = wrongTotalExample().replace("\t18\t1\t0\t0\t0\t0\t20", "\t18\t1\t0\t0\t0\t0\t");
        Path docx = write("empty.docx", ReportRenderings.docx(text));
        var r = CliProcess.run(dir, "lint", "--fix", "empty.docx");
        assertEquals(0, r.exitCode(), r.stdout() + r.stderr());
        String xml = new String(entries(Files.readAllBytes(docx)).get("word/document.xml"), StandardCharsets.UTF_8);
        assertTrue(xml.contains("<w:r><w:t xml:space=\"preserve\">19</w:t></w:r></w:p>"), "a run added to the empty cell");
    }

    @Test
    void fixOnThePublishedPageWithAWrongTotalGivesExactlyTheCleanPage() throws IOException {
        Path shapes = Path.of("../../shared/shapes");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(shapes), "../shared/shapes not present");
        Path page = dir.resolve("page.html");
        // Written, not copied: the shared material is read-only, and --fix refuses read-only files.
        Files.write(page, Files.readAllBytes(shapes.resolve("xinghu-2024-wrong-total.html")));
        var r = CliProcess.run(dir, "lint", "--fix", "page.html");
        assertEquals(0, r.exitCode(), r.stdout() + r.stderr());
        assertArrayEquals(Files.readAllBytes(shapes.resolve("xinghu-2024.html")), Files.readAllBytes(page));
    }

    @Test
    void fixOnAGbkPageKeepsItsCharsetAndChangesOnlyTheCell() throws IOException {
        java.nio.charset.Charset gbk = java.nio.charset.Charset.forName("GBK");
        String page = ReportRenderings.html(wrongTotalExample(), "gbk");
        Path file = write("gbk.html", page.getBytes(gbk));
        var r = CliProcess.run(dir, "lint", "--fix", "gbk.html");
        assertEquals(0, r.exitCode(), r.stdout() + r.stderr());
        assertArrayEquals(page.replace("<td>20</td>", "<td>19</td>").getBytes(gbk), Files.readAllBytes(file));
    }

    @Test
    void oldWordFilesAreOneFindingAndADamagedDocxStopsTheRunNamingIt() throws IOException {
        write("旧报告.doc", new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        var doc = CliProcess.run(dir, "lint", "旧报告.doc");
        assertEquals(1, doc.exitCode(), doc.stdout() + doc.stderr());
        assertTrue(doc.stdout().startsWith("旧报告.doc: 错误 NB601 旧报告.doc: 旧版 Word 文档（.doc）无法检查"), doc.stdout());
        write("坏.docx", "PK\u0003\u0004 damaged".getBytes(StandardCharsets.ISO_8859_1));
        var bad = CliProcess.run(dir, "lint", "坏.docx");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.stderr().contains("坏.docx: 不是有效的 Word 文档"), bad.stderr());
    }

    @Test
    void aDocumentOverTheSizeLimitIsRefusedNamingIt() throws IOException {
        write("大.docx", ReportRenderings.docx(Fixtures.text("layout-tabs-clean.txt")));
        var r = CliProcess.run(dir, "lint", "--max-size", "1000", "大.docx");
        assertEquals(2, r.exitCode());
        assertTrue(r.stderr().contains("大.docx: 文件过大"), r.stderr());
    }

    @Test
    void aPdfsFindingsNameThePageAndFixSaysItCannotWriteIntoAPdf() throws IOException {
        Path pdf = write("报告.pdf", nianbao.document.PdfRenderings.pdf(wrongTotalExample()));
        byte[] before = Files.readAllBytes(pdf);
        var r = CliProcess.run(dir, "lint", "--fix", "报告.pdf");
        assertEquals(1, r.exitCode(), r.stdout() + r.stderr());
        assertTrue(r.stdout().contains("报告.pdf 第1页 表2 第4行 总计: 错误 NB301"), r.stdout());
        assertTrue(r.stdout().contains("提示 NB603 报告.pdf: PDF 文件不能自动修复"), r.stdout());
        assertArrayEquals(before, Files.readAllBytes(pdf));
    }

    @Test
    void a50MegabytePdfIsRefusedByMaxSizeNamingIt() throws IOException {
        Path pdf = write("大报告.pdf", nianbao.document.PdfRenderings.pdf(Fixtures.text("layout-tabs-clean.txt")));
        try (var f = new java.io.RandomAccessFile(pdf.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        var r = CliProcess.run(dir, "lint", "大报告.pdf");
        assertEquals(2, r.exitCode());
        assertTrue(r.stderr().contains("大报告.pdf: 文件过大（52428800 字节，上限 10485760 字节，可用 --max-size 调整）"), r.stderr());
        assertEquals("", r.stdout());
    }

    @Test
    void aDirectoryOfPublishedFilesIsCheckedFileByFile() throws IOException {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.write(reports.resolve("a.docx"), ReportRenderings.docx(Fixtures.text("layout-tabs-clean.txt")));
        Files.writeString(reports.resolve("b.html"), ReportRenderings.html(Fixtures.text("layout-tabs-clean.txt"), "utf-8"));
        Files.copy(Fixtures.path("layout-tabs-clean.txt"), reports.resolve("c.txt"));
        Files.write(reports.resolve("d.pdf"), nianbao.document.PdfRenderings.pdf(Fixtures.text("layout-tabs-clean.txt")));
        Files.writeString(reports.resolve("notes.md"), "# not a report");
        // Found in a directory but not reports: a site's page, an attachment in a format that cannot be read.
        Files.writeString(reports.resolve("index.html"), "<html><body><nav>首页</nav><p>欢迎访问星湖区政府网站</p></body></html>");
        Files.write(reports.resolve("附件1.doc"), new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        Files.write(reports.resolve("星湖区2024年年报.wps"), new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        var r = CliProcess.run(dir, "lint", "reports");
        assertEquals(1, r.exitCode(), r.stdout() + r.stderr());
        assertEquals("reports/星湖区2024年年报.wps: 错误 NB601 reports/星湖区2024年年报.wps: WPS 文字文档（.wps）无法检查：请在 WPS 中“另存为” Word 文档（.docx）后再检查\n"
                + "检查了 5 个文件：1 个错误，0 个警告，0 个提示；跳过 2 个不是年报的文件\n", r.stdout());
        var page = CliProcess.run(dir, "lint", "reports/index.html");
        assertTrue(page.stdout().contains("NB101"), "a page named on the command line is checked: " + page.stdout());
    }
}
