package nianbao.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import nianbao.core.CheckResult;
import nianbao.core.Checker;
import nianbao.core.config.CheckOptions;
import nianbao.core.diag.Diagnostic;
import nianbao.core.syntax.TableLayout;
import nianbao.testing.Fixtures;

/**
 * Every fixture report, rendered as a Word document and as a web page, gives the same findings as its text: the
 * same codes, severities and messages (which name the row, the column and the expected value), each at a place
 * of the document (table, row, cell; paragraph); and what {@code convert} writes of it, in each layout, lints alike.
 */
class DocumentRenderingsTest {
    /**
     * Fixtures whose finding is about how the text was typed or pasted, which a document cannot hold: a label
     * broken over two lines (in a document it is one cell), residue of a copy-paste (spaces runs, cut paragraphs),
     * the cell-per-line layout losing its group cells.
     */
    static final Set<String> TEXT_ONLY = Set.of("NB205-broken-row.txt", "NB404-residue.txt", "quirks-pdf.txt", "quirks-word.txt");

    /**
     * Fixtures that are a shape of copied text themselves (columns aligned by spaces, pipes one cell per line,
     * a flattened table, reading order lost): the shape is what they test, and they are not a tab table that a
     * document could be rendered from.
     */
    static boolean isTextShape(Path fixture) {
        String name = fixture.getFileName().toString();
        return TEXT_ONLY.contains(name) || name.startsWith("shape-") || name.startsWith("NB106-");
    }

    /**
     * PDF text has no space characters (a space is inferred from a wide gap between glyphs, and a narrow space in a
     * label leaves none): findings about the spaces inside labels cannot come from a PDF.
     */
    static final Set<String> PDF_TEXT_ONLY = Set.of("NB103-numbering.txt", "NB207-official-wording.txt");

    @TestFactory
    Stream<DynamicTest> docxRenderingsGiveTheFindingsOfTheirText() {
        return Fixtures.reports().stream().filter(p -> !isTextShape(p))
                .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> sameFindings(p, DocumentKind.DOCX)));
    }

    @TestFactory
    Stream<DynamicTest> htmlRenderingsGiveTheFindingsOfTheirText() {
        return Fixtures.reports().stream().filter(p -> !isTextShape(p))
                .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> sameFindings(p, DocumentKind.HTML)));
    }

    @TestFactory
    Stream<DynamicTest> pdfRenderingsGiveTheFindingsOfTheirText() {
        return Fixtures.reports().stream().filter(p -> !isTextShape(p) && !PDF_TEXT_ONLY.contains(p.getFileName().toString()))
                .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> sameFindings(p, DocumentKind.PDF)));
    }

    static byte[] render(String text, DocumentKind kind) {
        return switch (kind) {
            case PDF -> PdfRenderings.pdf(text);
            case DOCX -> ReportRenderings.docx(text);
            case HTML -> ReportRenderings.html(text, "utf-8").getBytes(StandardCharsets.UTF_8);
            default -> throw new IllegalArgumentException(kind.name());
        };
    }

    private static void sameFindings(Path fixture, DocumentKind kind) throws Exception {
        String text = Fixtures.decode(fixture).text();
        CheckResult expected = Checker.check(text, CheckOptions.DEFAULT);
        ConvertedDocument doc = DocumentReaders.read(kind, render(text, kind));
        CheckResult actual = Checker.check(doc.text(), CheckOptions.DEFAULT);
        assertEquals(comparable(findings(expected), kind), comparable(findings(actual), kind), fixture.getFileName() + " as " + kind + "; text:\n" + doc.text());
        // What convert writes, in each layout, lints like the text too.
        for (TableLayout layout : List.of(TableLayout.TABS, TableLayout.CELL_PER_LINE, TableLayout.PIPES)) {
            String converted = DocumentTextLayouts.inLayout(doc, layout);
            assertEquals(comparable(findings(expected), kind), comparable(findings(Checker.check(converted, CheckOptions.DEFAULT)), kind),
                    fixture.getFileName() + " as " + kind + " converted to " + layout + ":\n" + converted);
        }
        for (Diagnostic d : actual.diagnostics()) {
            if (d.range().startLine() == 0 && d.range().startColumn() == 0 && d.code().startsWith("NB1")) continue;
            assertTrue(FindingSource.of(doc, actual, d.range()).isPresent(), "no source place for " + d);
        }
    }

    static List<String> findings(CheckResult r) {
        List<String> out = new ArrayList<>();
        for (Diagnostic d : r.diagnostics()) out.add(d.severity().id() + " " + d.code() + " " + d.message());
        return out;
    }

    /**
     * Messages that cite a line of the text (NB102's 第一次在第 14 行) cite the converted text, whose lines differ; a
     * browser shows a run of spaces as one, so HTML text has single spaces.
     */
    private static List<String> comparable(List<String> findings, DocumentKind kind) {
        return findings.stream().map(f -> f.replaceAll("第 \\d+ 行", "第 N 行"))
                .map(f -> kind == DocumentKind.HTML ? f.replaceAll(" +", " ") : f).toList();
    }
}
