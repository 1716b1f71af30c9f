package nianbao.lsp;

import static nianbao.lsp.LspSession.await;
import static nianbao.lsp.LspSession.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutlineTest {
    private static final String URI = "file:///reports/xinghu-minzheng-2024.txt";
    private static final List<String> SECTIONS = List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");

    private static List<DocumentSymbol> symbols(LspSession lsp) {
        return await(lsp.remote.getTextDocumentService().documentSymbol(new DocumentSymbolParams(id(URI))))
                .stream().map(Either::getRight).toList();
    }

    private static DocumentSymbol child(DocumentSymbol parent, String name) {
        return parent.getChildren().stream().filter(c -> c.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no “" + name + "” under “" + parent.getName() + "”: "
                        + parent.getChildren().stream().map(DocumentSymbol::getName).toList()));
    }

    private static List<String> names(List<DocumentSymbol> symbols) {
        return symbols.stream().map(DocumentSymbol::getName).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"wrong-total-tabs.txt", "wrong-total-cells-crlf.txt", "wrong-total-pipes.txt"})
    void outlineHasTheSixSectionsTheirTablesAndTheTablesBlocksAndGroups(String fixture) {
        try (LspSession lsp = new LspSession()) {
            lsp.initialize();
            lsp.open(URI, "nianbao", LspSession.resource(fixture));
            List<DocumentSymbol> sections = symbols(lsp);
            assertEquals(SECTIONS, names(sections));

            DocumentSymbol active = child(sections.get(1), "主动公开政府信息情况表");
            assertEquals(List.of("第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项"), names(active.getChildren()));
            assertEquals(List.of("规章", "行政规范性文件"), names(active.getChildren().get(0).getChildren()));

            DocumentSymbol requests = child(sections.get(2), "收到和处理政府信息公开申请情况表");
            assertEquals(List.of("一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "三、本年度办理结果",
                    "四、结转下年度继续办理"), names(requests.getChildren()));
            DocumentSymbol results = child(requests, "三、本年度办理结果");
            assertEquals(List.of("（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（三）不予公开", "（四）无法提供",
                    "（五）不予处理", "（六）其他处理", "（七）总计"), names(results.getChildren()));
            assertEquals(8, child(results, "（三）不予公开").getChildren().size());

            assertEquals(List.of("政府信息公开行政复议、行政诉讼情况表"), names(sections.get(3).getChildren()));
            assertNested(sections);
        }
    }

    @Test
    void sectionRangesRunFromTheHeadingToTheLastLineOfText() {
        try (LspSession lsp = new LspSession()) {
            lsp.initialize();
            String text = LspSession.resource("wrong-total-tabs.txt");
            lsp.open(URI, "nianbao", text);
            DocumentSymbol overview = symbols(lsp).get(0);
            int heading = TestText.lineOf(text, "一、总体情况");
            int last = TestText.lineOf(text, "（五）监督保障");
            assertEquals(heading, overview.getRange().getStart().getLine());
            assertEquals(last, overview.getRange().getEnd().getLine());
            assertEquals(TestText.line(text, last).length(), overview.getRange().getEnd().getCharacter());
            assertEquals(heading, overview.getSelectionRange().getStart().getLine());
        }
    }

    @Test
    void clientsWithoutHierarchySupportGetAFlatListWithContainers() {
        try (LspSession lsp = new LspSession()) {
            lsp.initialize(p -> p.getCapabilities().getTextDocument().getDocumentSymbol().setHierarchicalDocumentSymbolSupport(false));
            lsp.open(URI, "nianbao", LspSession.resource("wrong-total-tabs.txt"));
            List<SymbolInformation> flat = await(lsp.remote.getTextDocumentService().documentSymbol(new DocumentSymbolParams(id(URI))))
                    .stream().map(Either::getLeft).toList();
            SymbolInformation item = flat.stream().filter(s -> s.getName().equals("1.属于国家秘密")).findFirst().orElseThrow();
            assertEquals("（三）不予公开", item.getContainerName());
            assertEquals(URI, item.getLocation().getUri());
            assertTrue(flat.stream().anyMatch(s -> s.getName().equals("三、收到和处理政府信息公开申请情况") && s.getContainerName() == null));
        }
    }

    @Test
    void sectionsAndTablesFold() {
        try (LspSession lsp = new LspSession()) {
            lsp.initialize();
            String text = LspSession.resource("wrong-total-cells-crlf.txt");
            lsp.open(URI, "nianbao", text);
            List<FoldingRange> folds = await(lsp.remote.getTextDocumentService().foldingRange(new FoldingRangeRequestParams(id(URI))));
            List<String> spans = folds.stream().map(f -> f.getStartLine() + "-" + f.getEndLine()).toList();

            int overview = TestText.lineOf(text, "一、总体情况");
            assertTrue(spans.contains(overview + "-" + TestText.lineOf(text, "（五）监督保障")), spans.toString());
            int tableStart = TestText.lineOf(text, "（本列数据的勾稽关系为");
            int tableEnd = TestText.lineOf(text, "四、政府信息公开行政复议、行政诉讼情况") - 2;
            assertTrue(spans.contains(tableStart + "-" + tableEnd), spans.toString());
            assertEquals(6 + 4 + 2, folds.size(), "six sections, the four blocks of table 二, tables 三 and 四: " + spans);
            assertTrue(folds.stream().allMatch(f -> "region".equals(f.getKind())));
        }
    }

    @Test
    void tableTwoFoldsBlockByBlockSoNoRangeStartingOnItsFirstTitleHoldsTheOtherBlocks() {
        for (String resource : List.of("wrong-total-cells-crlf.txt", "wrong-total-tabs.txt", "wrong-total-pipes.txt")) {
            try (LspSession lsp = new LspSession()) {
                lsp.initialize();
                String text = LspSession.resource(resource);
                lsp.open(URI, "nianbao", text);
                List<FoldingRange> folds = await(lsp.remote.getTextDocumentService().foldingRange(new FoldingRangeRequestParams(id(URI))));
                int first = TestText.lineOf(text, "第二十条第（一）项");
                int second = TestText.lineOf(text, "第二十条第（五）项");
                List<FoldingRange> fromFirstTitle = folds.stream().filter(f -> f.getStartLine() == first).toList();
                assertEquals(1, fromFirstTitle.size(), resource + ": " + fromFirstTitle);
                assertTrue(fromFirstTitle.get(0).getEndLine() < second, resource + ": the first block's range ends before the second block");
                assertTrue(folds.stream().anyMatch(f -> f.getStartLine() == second), resource);
            }
        }
    }

    /** LSP: a child's range lies inside its parent's, and the selection range inside the range. */
    private static void assertNested(List<DocumentSymbol> symbols) {
        List<DocumentSymbol> all = new ArrayList<>(symbols);
        while (!all.isEmpty()) {
            DocumentSymbol s = all.remove(0);
            assertTrue(inside(s.getSelectionRange(), s.getRange()), s.getName());
            if (s.getChildren() == null) continue;
            for (DocumentSymbol c : s.getChildren()) {
                assertTrue(inside(c.getRange(), s.getRange()), c.getName() + " in " + s.getName());
                all.add(c);
            }
        }
    }

    private static boolean inside(Range inner, Range outer) {
        return TestText.compare(outer.getStart(), inner.getStart()) <= 0 && TestText.compare(inner.getEnd(), outer.getEnd()) <= 0;
    }
}
