package nianbao.lsp;

import static nianbao.lsp.LspSession.await;
import static nianbao.lsp.LspSession.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;

class HoverAndInlayHintTest {
    private static final String URI = "file:///reports/xinghu-minzheng-2024.txt";
    private static final String NEW_REQUESTS = "一、本年新收政府信息公开申请数量";

    private static Hover hover(LspSession lsp, Position at) {
        return await(lsp.remote.getTextDocumentService().hover(new HoverParams(id(URI), at)));
    }

    private static List<InlayHint> hints(LspSession lsp) {
        Range whole = new Range(new Position(0, 0), new Position(TestText.lineStarts(lsp.text(URI)).size(), 0));
        return await(lsp.remote.getTextDocumentService().inlayHint(new InlayHintParams(id(URI), whole)));
    }

    private static LspSession opened(String fixture) {
        LspSession lsp = new LspSession();
        lsp.initialize();
        lsp.open(URI, "nianbao", LspSession.resource(fixture));
        lsp.diagnostics(URI, 1);
        return lsp;
    }

    @Test
    void hoverOnAWrongTotalShowsItsFormulaAndWhatItShouldBe() {
        try (LspSession lsp = opened("wrong-total-tabs.txt")) {
            Position total = TestText.findLast(lsp.text(URI), NEW_REQUESTS, "20");
            Hover hover = hover(lsp, new Position(total.getLine(), total.getCharacter() + 1));

            assertEquals(MarkupKind.MARKDOWN, hover.getContents().getRight().getKind());
            assertEquals("总计 = 18+1+0+0+0+0 = 19 ✗ 应为 19（现为 20）\n\n**" + NEW_REQUESTS + "** · 总计",
                    hover.getContents().getRight().getValue());
            assertEquals(new Range(total, new Position(total.getLine(), total.getCharacter() + 2)), hover.getRange());
        }
    }

    @Test
    void hoverOnACorrectGrandTotalShowsBothItsRowAndItsColumnFormula() {
        try (LspSession lsp = opened("wrong-total-tabs.txt")) {
            Position total = TestText.findLast(lsp.text(URI), "（七）总计", "19");
            String text = hover(lsp, total).getContents().getRight().getValue();

            assertTrue(text.startsWith("**（七）总计** · 总计\n\n"), text);
            assertTrue(text.contains("总计 = 18+1+0+0+0+0 = 19 ✓"), text);
            assertTrue(text.contains("（七）总计（总计） = 10+4+0+0+0+0+0+0+0+0+4+0+0+0+1+0+0+0+0+0+0 = 19 ✓"), text);
        }
    }

    @Test
    void hoverOnAPlainValueNamesItsRowAndColumn() {
        try (LspSession lsp = opened("wrong-total-cells-crlf.txt")) {
            Position natural = TestText.find(lsp.text(URI), "\t18", "18");
            assertEquals("**" + NEW_REQUESTS + "** · 自然人", hover(lsp, natural).getContents().getRight().getValue());
        }
    }

    @Test
    void hoverOnSectionFourNamesTheColumnGroup() {
        try (LspSession lsp = opened("wrong-total-pipes.txt")) {
            int row = TestText.lineOf(lsp.text(URI), "| 1 | 0 | 0 | 0 | 1 |");
            Position upheld = new Position(row, 2);
            assertEquals("**行政复议 结果维持**", hover(lsp, upheld).getContents().getRight().getValue());
            Position total = new Position(row, TestText.line(lsp.text(URI), row).indexOf("| 1 |", 3) + 2);
            assertEquals("**行政复议 总计**\n\n行政复议 总计 = 1+0+0+0 = 1 ✓", hover(lsp, total).getContents().getRight().getValue());
        }
    }

    @Test
    void hoverOutsideTheTablesShowsNothing() {
        try (LspSession lsp = opened("wrong-total-tabs.txt")) {
            assertNull(hover(lsp, new Position(0, 3)));
        }
    }

    @Test
    void hoverIsPlainTextForClientsWithoutMarkdown() {
        try (LspSession lsp = new LspSession()) {
            lsp.initialize(p -> p.getCapabilities().getTextDocument().getHover().setContentFormat(List.of(MarkupKind.PLAINTEXT)));
            lsp.open(URI, "nianbao", LspSession.resource("wrong-total-tabs.txt"));
            Position total = TestText.findLast(lsp.text(URI), NEW_REQUESTS, "20");
            Hover hover = hover(lsp, total);
            assertEquals(MarkupKind.PLAINTEXT, hover.getContents().getRight().getKind());
            assertEquals("总计 = 18+1+0+0+0+0 = 19 ✗ 应为 19（现为 20）\n" + NEW_REQUESTS + " · 总计", hover.getContents().getRight().getValue());
        }
    }

    @Test
    void inlayHintShowsTheExpectedValueBesideAWrongTotal() {
        try (LspSession lsp = opened("wrong-total-tabs.txt")) {
            Position total = TestText.findLast(lsp.text(URI), NEW_REQUESTS, "20");
            List<InlayHint> hints = hints(lsp);

            assertEquals(1, hints.size());
            assertEquals("= 19", hints.get(0).getLabel().getLeft());
            assertEquals(new Position(total.getLine(), total.getCharacter() + 2), hints.get(0).getPosition());
            assertTrue(hints.get(0).getPaddingLeft());
        }
    }

    @Test
    void inlayHintFillsAnEmptyTotalAndDisappearsOnceItIsRight() {
        try (LspSession lsp = opened("wrong-total-tabs.txt")) {
            Position total = TestText.findLast(lsp.text(URI), NEW_REQUESTS, "20");
            Range cell = new Range(total, new Position(total.getLine(), total.getCharacter() + 2));
            int v2 = lsp.change(URI, List.of(new TextEdit(cell, "")));
            lsp.diagnostics(URI, v2);
            List<InlayHint> hints = hints(lsp);
            assertEquals(List.of("= 19"), hints.stream().map(h -> h.getLabel().getLeft()).toList());
            assertEquals(total, hints.get(0).getPosition());

            int v3 = lsp.change(URI, List.of(new TextEdit(new Range(total, total), "19")));
            lsp.diagnostics(URI, v3);
            assertEquals(List.of(), hints(lsp));
        }
    }

    @Test
    void inlayHintsOutsideTheRequestedRangeAreLeftOut() {
        try (LspSession lsp = opened("wrong-total-tabs.txt")) {
            Range top = new Range(new Position(0, 0), new Position(10, 0));
            assertEquals(List.of(), await(lsp.remote.getTextDocumentService().inlayHint(new InlayHintParams(id(URI), top))));
        }
    }
}
