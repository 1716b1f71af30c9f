package nianbao.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import nianbao.core.CheckResult;
import nianbao.core.Checker;
import nianbao.core.config.CheckOptions;
import nianbao.core.diag.Diagnostic;
import nianbao.testing.Fixtures;

/** The readers on the corner cases of real files: merged and empty cells, charsets, nesting, damage. */
class DocumentReadersTest {
    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    static Path shapes() {
        for (String p : new String[]{"../../shared/shapes", "../shared/shapes"}) {
            if (Files.isDirectory(Path.of(p))) return Path.of(p);
        }
        return null;
    }

    private static CheckResult check(ConvertedDocument doc) {
        return Checker.check(doc.text(), CheckOptions.DEFAULT);
    }

    private static ConvertedDocument html(String page) throws Exception {
        return DocumentReaders.read(DocumentKind.HTML, page.getBytes(StandardCharsets.UTF_8));
    }

    private static ConvertedDocument docxBody(String body) throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + W + "><w:body>" + body + "</w:body></w:document>";
        return DocumentReaders.read(DocumentKind.DOCX, ReportRenderings.zip(Map.of("word/document.xml", xml)));
    }

    @Test
    void thePublishedPageOfTheExampleIsCleanAndItsWrongTotalIsOneNb301AtItsCell() throws Exception {
        Path shapes = shapes();
        Assumptions.assumeTrue(shapes != null, "../shared/shapes not present");
        ConvertedDocument clean = DocumentReaders.read(DocumentKind.HTML, Files.readAllBytes(shapes.resolve("xinghu-2024.html")));
        assertEquals(List.of(), check(clean).diagnostics().stream().filter(d -> d.severity().ordinal() <= 1).toList());
        ConvertedDocument wrong = DocumentReaders.read(DocumentKind.HTML, Files.readAllBytes(shapes.resolve("xinghu-2024-wrong-total.html")));
        CheckResult r = check(wrong);
        assertEquals(1, r.diagnostics().size(), r.diagnostics().toString());
        Diagnostic d = r.diagnostics().get(0);
        assertEquals("NB301", d.code());
        FindingSource source = FindingSource.of(wrong, r, d.range()).orElseThrow();
        assertEquals("表2 第4行 总计", source.describe());
        assertEquals(new SourcePlace(2, 4, 8, 0, 0), source.place());
        assertEquals("20", source.snippet());
    }

    @Test
    void theChromiumPdfOfTheExampleIsCleanAndItsWrongTotalIsOneNb301OnPageOne() throws Exception {
        Path shapes = shapes();
        Assumptions.assumeTrue(shapes != null, "../shared/shapes not present");
        ConvertedDocument clean = DocumentReaders.read(DocumentKind.PDF, Files.readAllBytes(shapes.resolve("xinghu-2024.pdf")));
        assertEquals(List.of(), check(clean).diagnostics().stream().filter(d -> d.severity().ordinal() <= 1).toList(), clean.text());
        ConvertedDocument wrong = DocumentReaders.read(DocumentKind.PDF, Files.readAllBytes(shapes.resolve("xinghu-2024-wrong-total.pdf")));
        CheckResult r = check(wrong);
        assertEquals(1, r.diagnostics().size(), r.diagnostics().toString());
        assertEquals("NB301", r.diagnostics().get(0).code());
        assertEquals("第1页 表2 第4行 总计", FindingSource.of(wrong, r, r.diagnostics().get(0).range()).orElseThrow().describe());
    }

    @Test
    void aDrawnPdfTableGoesOnOverTwoPagesAsOneTableWithThePageOfEachRow() throws Exception {
        String text = Files.readString(Path.of("examples/xinghu-2024-tabs.txt"));
        ConvertedDocument doc = DocumentReaders.read(DocumentKind.PDF, PdfRenderings.pdf(text));
        assertEquals(List.of(), check(doc).diagnostics(), doc.text());
        java.util.Set<Integer> pagesOfTable2 = new java.util.TreeSet<>();
        for (ConvertedDocument.PlacedSpan s : doc.spans()) if (s.place().table() == 2) pagesOfTable2.add(s.place().page());
        assertTrue(pagesOfTable2.size() >= 2, "table 三 spans pages " + pagesOfTable2 + ":\n" + doc.text());
        assertEquals(3, doc.tableSourceIndexes().size(), "three tables, none cut in two");
    }

    @Test
    void aPasswordProtectedPdfIsAReadErrorAndAScanIsOneFindingNb602() throws Exception {
        byte[] locked = PdfRenderings.pdf(Fixtures.text("layout-tabs-clean.txt"), "secret");
        DocumentReadException e = assertThrows(DocumentReadException.class, () -> DocumentReaders.read(DocumentKind.PDF, locked));
        assertTrue(e.getMessage().contains("已加密"), e.getMessage());
        byte[] scan = PdfRenderings.scan();
        DocumentReaders.UncheckableDocumentException noText = assertThrows(DocumentReaders.UncheckableDocumentException.class,
                () -> DocumentReaders.read(DocumentKind.PDF, scan));
        assertEquals(DocumentFindings.NO_TEXT_LAYER, noText.code());
        assertTrue(noText.getMessage().contains("OCR"), noText.getMessage());
        DocumentReadException notPdf = assertThrows(DocumentReadException.class,
                () -> DocumentReaders.read(DocumentKind.PDF, "%PDF-1.7 broken".getBytes(StandardCharsets.UTF_8)));
        assertTrue(notPdf.getMessage().startsWith("不是有效的 PDF 文件"), notPdf.getMessage());
    }

    @Test
    void aGbkPageIsReadInTheCharsetItDeclaresAndOneWithoutADeclarationAsGb18030() throws Exception {
        String text = Fixtures.text("NB301-row-total.txt");
        List<String> expected = DocumentRenderingsTest.findings(Checker.check(text, CheckOptions.DEFAULT));
        assertFalse(expected.isEmpty());
        for (String declared : new String[]{"gbk", "GB2312"}) {
            byte[] page = ReportRenderings.html(text, declared).getBytes(Charset.forName("GBK"));
            assertEquals(expected, DocumentRenderingsTest.findings(check(DocumentReaders.read(DocumentKind.HTML, page))), declared);
        }
        byte[] undeclared = ReportRenderings.html(text, "x").replace("<meta charset=\"x\">", "").getBytes(Charset.forName("GBK"));
        assertEquals(expected, DocumentRenderingsTest.findings(check(DocumentReaders.read(DocumentKind.HTML, undeclared))));
    }

    @Test
    void rowspanAndColspanExpandWithTheTextInTheFirstSlotAndBrJoinsALabel() throws Exception {
        ConvertedDocument doc = html("<table><tr><td colspan=\"3\">第二十条第（一）项</td></tr>"
                + "<tr><td rowspan=\"2\">三、本年度<br>\n 办理结果</td><td>（一）予以公开</td><td>0</td></tr>"
                + "<tr><td>（二）部分&nbsp;公开</td><td>/</td></tr>"
                + "<tr><td></td><td></td><td></td></tr></table><p>其后&nbsp;段落</p>");
        assertEquals("第二十条第（一）项\t\t\n三、本年度办理结果\t（一）予以公开\t0\n\t（二）部分 公开\t/\n\n其后 段落\n", doc.text());
        int slash = doc.text().indexOf('/');
        assertEquals(SourcePlace.cell(1, 3, 2, 0), doc.placeAt(slash).orElseThrow());
        int empty = doc.text().indexOf("\t（二）");
        assertEquals(SourcePlace.cell(1, 2, 1, 0), doc.placeAt(empty).orElseThrow(), "the slot under a rowspan is the merged cell");
        assertEquals(SourcePlace.paragraph(1, 0), doc.placeAt(doc.text().indexOf("其后")).orElseThrow());
    }

    @Test
    void navigationScriptsAndStylesAreSkippedAndALayoutTableIsReadThrough() throws Exception {
        ConvertedDocument doc = html("<html><head><style>p{}</style></head><body><nav>首页 &gt; 信息公开</nav>"
                + "<div role=\"navigation\">上一篇</div><script>var a='x';</script>"
                + "<table><tr><td><p>标题</p><table><tr><td>规章</td><td>0</td></tr></table></td></tr></table></body></html>");
        assertEquals("标题\n规章\t0\n", doc.text());
        assertEquals(List.of(2), doc.tableSourceIndexes());
    }

    @Test
    void wordMergedCellsGridSpanTrackedChangesFieldsAndCellParagraphs() throws Exception {
        ConvertedDocument doc = docxBody("<w:p><w:r><w:t>标题</w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                + "<w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
                + "<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"3\"/></w:tcPr><w:p><w:r><w:t>第二十条</w:t></w:r></w:p></w:tc></w:tr>"
                + "<w:tr><w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>三、本年度</w:t></w:r></w:p><w:p><w:r><w:t>办理结果</w:t></w:r></w:p></w:tc>"
                + "<w:tc><w:p><w:r><w:t>（一）</w:t></w:r></w:p></w:tc><w:tc><w:p><w:del><w:r><w:delText>7</w:delText></w:r></w:del><w:ins><w:r><w:t>0</w:t></w:r></w:ins></w:p></w:tc></w:tr>"
                + "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>（二）</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr>"
                + "</w:tbl><w:p><w:r><w:t xml:space=\"preserve\">正文 </w:t></w:r></w:p>");
        assertEquals("标题1\n第二十条\t\t\n三、本年度办理结果\t（一）\t0\n\t（二）\t\n\n正文\n", doc.text());
        int under = doc.text().indexOf("\t（二）");
        assertEquals(SourcePlace.cell(1, 2, 1, 0), doc.placeAt(under).orElseThrow(), "a w:vMerge continuation is the merged cell");
        int lastEmpty = doc.text().indexOf("（二）\t") + 4;
        assertEquals(SourcePlace.cell(1, 3, 3, 0), doc.placeAt(lastEmpty).orElseThrow());
    }

    @Test
    void aDamagedOrForeignFileIsAReadErrorNamingWhatIsWrong() {
        DocumentReadException notZip = assertThrows(DocumentReadException.class,
                () -> DocumentReaders.read(DocumentKind.DOCX, "这不是压缩包".getBytes(StandardCharsets.UTF_8)));
        assertTrue(notZip.getMessage().contains("不是 zip 压缩包"), notZip.getMessage());
        byte[] docx = ReportRenderings.docx(Fixtures.text("NB301-row-total.txt"));
        byte[] cut = java.util.Arrays.copyOf(docx, docx.length / 2);
        DocumentReadException truncated = assertThrows(DocumentReadException.class, () -> DocumentReaders.read(DocumentKind.DOCX, cut));
        assertTrue(truncated.getMessage().startsWith("不是有效的 Word 文档"), truncated.getMessage());
        DocumentReadException noPart = assertThrows(DocumentReadException.class,
                () -> DocumentReaders.read(DocumentKind.DOCX, ReportRenderings.zip(Map.of("word/styles.xml", "<x/>"))));
        assertTrue(noPart.getMessage().contains("缺少 word/document.xml"), noPart.getMessage());
    }

    @Test
    void oldWordWpsAndOfdAreOneFindingSayingWhatToSaveThemAs() {
        for (DocumentKind kind : new DocumentKind[]{DocumentKind.DOC, DocumentKind.WPS, DocumentKind.OFD}) {
            DocumentReaders.UncheckableDocumentException e = assertThrows(DocumentReaders.UncheckableDocumentException.class,
                    () -> DocumentReaders.read(kind, new byte[]{1, 2, 3}));
            assertEquals(DocumentFindings.UNSUPPORTED_FORMAT, e.code());
            assertTrue(e.getMessage().contains(".docx"), e.getMessage());
        }
    }
}
