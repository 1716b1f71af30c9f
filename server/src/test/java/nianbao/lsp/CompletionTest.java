package nianbao.lsp;

import static nianbao.lsp.LspSession.await;
import static nianbao.lsp.LspSession.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nianbao.core.CheckResult;
import nianbao.core.Checker;
import nianbao.core.bind.BoundRow;
import nianbao.core.bind.BoundTable;
import nianbao.core.bind.CellValue;
import nianbao.core.config.CheckOptions;
import nianbao.core.format.TableKind;

class CompletionTest {
    private static final String URI = "file:///reports/new-report.txt";
    private static final String AGENCY = "青禾市星湖区民政局";

    private static List<CompletionItem> complete(LspSession lsp, int line, int character) {
        return await(lsp.remote.getTextDocumentService()
                .completion(new CompletionParams(id(URI), new Position(line, character)))).getLeft();
    }

    private static CompletionItem item(List<CompletionItem> items, String label) {
        return items.stream().filter(i -> i.getLabel().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no item “" + label + "” in " + items.stream().map(CompletionItem::getLabel).toList()));
    }

    private static String accept(String text, CompletionItem item) {
        return TestText.apply(text, List.of(item.getTextEdit().getLeft()));
    }

    @Test
    void emptyDocumentOffersTheWholeReportThatLintsClean() {
        try (LspSession lsp = new LspSession()) {
            lsp.initialize();
            lsp.open(URI, "nianbao", "");
            CompletionItem skeleton = item(complete(lsp, 0, 0), "政府信息公开工作年度报告（完整框架）");

            assertEquals(InsertTextFormat.Snippet, skeleton.getInsertTextFormat());
            assertEquals(CompletionItemKind.Snippet, skeleton.getKind());
            String snippet = skeleton.getTextEdit().getLeft().getNewText();
            int lastYear = Year.now().getValue() - 1;
            assertTrue(snippet.startsWith("${1:机关名称}${2:" + lastYear + "}年政府信息公开工作年度报告\n"), snippet);

            String report = SnippetText.expand(snippet, AGENCY);
            assertTrue(report.startsWith(AGENCY + lastYear + "年政府信息公开工作年度报告"));
            for (String heading : List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                    "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项")) {
                assertTrue(report.contains("\n" + heading + "\n"), heading);
            }
            assertTrue(report.contains("本年度未发出收费通知，收费通知件数为 0 件、总金额为 0 万元，实际收取总金额为 0 万元。"));
            CheckResult checked = Checker.check(report, CheckOptions.DEFAULT);
            assertEquals(List.of(), DiagnosticView.ofChecker(report), "the skeleton is a valid report");
            assertEquals(3, checked.report().allTables().size());
            assertTrue(checked.report().allTables().stream().allMatch(t -> t.missingRows().isEmpty()));
        }
    }

    @Test
    void withoutSnippetSupportTheSkeletonIsPlainText() {
        try (LspSession lsp = new LspSession()) {
            lsp.initialize(p -> p.getCapabilities().getTextDocument().getCompletion().getCompletionItem().setSnippetSupport(false));
            lsp.open(URI, "nianbao", "\n\n");
            CompletionItem skeleton = item(complete(lsp, 1, 0), "政府信息公开工作年度报告（完整框架）");

            assertEquals(InsertTextFormat.PlainText, skeleton.getInsertTextFormat());
            String text = skeleton.getTextEdit().getLeft().getNewText();
            assertFalse(text.contains("${"), text);
            assertTrue(text.startsWith("机关名称" + (Year.now().getValue() - 1) + "年政府信息公开工作年度报告"));
            assertEquals(List.of(), DiagnosticView.ofChecker(accept("\n\n", skeleton)));
        }
    }

    @Test
    void aDocumentWithContentIsNotOfferedTheSkeleton() {
        try (LspSession lsp = new LspSession()) {
            lsp.initialize();
            lsp.open(URI, "nianbao", LspSession.resource("truncated-tabs.txt"));
            int blank = TestText.lineOf(lsp.text(URI), "（五）监督保障") + 1;
            assertTrue(complete(lsp, blank, 0).stream().noneMatch(i -> i.getKind() == CompletionItemKind.Snippet));
        }
    }

    static Stream<Arguments> truncatedTables() {
        return Stream.of(
                Arguments.of("truncated-tabs.txt", "\t\t5.属于三类内部事务信息\t0\t0\t0\t0\t0\t0\t0"),
                Arguments.of("truncated-pipes.txt", "|  |  | 5.属于三类内部事务信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |"),
                // A Word table: a blank line before and after the row, each cell on its own line after a tab.
                Arguments.of("truncated-cells.txt", "\n\t\n\t\n\t5.属于三类内部事务信息\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n"));
    }

    @ParameterizedTest
    @MethodSource("truncatedTables")
    void nextOfficialRowIsOfferedInTheTablesOwnLayout(String fixture, String expectedInsert) {
        try (LspSession lsp = new LspSession()) {
            lsp.initialize();
            String text = LspSession.resource(fixture);
            lsp.open(URI, "nianbao", text);
            int line = firstBlankLineAfter(text, "4.保护第三方合法权益");
            CompletionItem row = item(complete(lsp, line, 0), "5.属于三类内部事务信息");

            assertEquals(InsertTextFormat.PlainText, row.getInsertTextFormat());
            assertEquals(expectedInsert, row.getTextEdit().getLeft().getNewText());
            String after = accept(text, row);
            CheckResult checked = Checker.check(after, CheckOptions.DEFAULT);
            BoundTable requests = checked.report().table(TableKind.REQUESTS).orElseThrow();
            BoundRow added = requests.rowById("r3-5");
            assertNotNull(added, "the new row binds to the official row");
            assertFalse(added.valuesUnknown);
            assertTrue(added.values.stream().allMatch(v -> v.value().kind() == CellValue.Kind.NUMBER));
            assertTrue(checked.diagnostics().stream().noneMatch(d -> d.code().startsWith("NB2")),
                    DiagnosticView.ofChecker(after).toString());
        }
    }

    @Test
    void anEmptyCellLineInsideAWordRowIsNotAPlaceForANewRow() {
        try (LspSession lsp = new LspSession()) {
            lsp.initialize();
            // The row under the cursor has a label nobody can recognise, so the official row after the previous one
            // looks missing; still, a row must not be inserted into the middle of another.
            String text = LspSession.resource("truncated-cells.txt").replace("2.其他法律行政法规禁止公开", "（此处标签无法识别）");
            lsp.open(URI, "nianbao", text);
            int emptyGroupCell = TestText.lineOf(text, "（此处标签无法识别）") - 1;
            assertEquals("\t", TestText.line(text, emptyGroupCell));
            assertTrue(complete(lsp, emptyGroupCell, 1).stream().noneMatch(i -> i.getKind() == CompletionItemKind.Field));
        }
    }

    @Test
    void rowThatOpensABlockOfTableTwoComesWithItsHeadingAndHeader() {
        String text = "青禾市星湖区民政局2024年政府信息公开工作年度报告\n\n二、主动公开政府信息情况\n\n"
                + "第二十条第（一）项\t\t\t\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t0\n行政规范性文件\t0\t0\t0\n\n";
        try (LspSession lsp = new LspSession()) {
            lsp.initialize();
            lsp.open(URI, "nianbao", text);
            CompletionItem row = item(complete(lsp, 8, 0), "行政许可");
            assertEquals("第二十条第（五）项\t\n信息内容\t本年处理决定数量\n行政许可\t0", row.getTextEdit().getLeft().getNewText());
        }
    }

    @Test
    void atTheStartOfALineTheSixHeadingsAreOfferedWithTheNextOnePreselected() {
        try (LspSession lsp = new LspSession()) {
            lsp.initialize();
            lsp.open(URI, "nianbao", LspSession.resource("truncated-tabs.txt"));
            int blank = TestText.lineOf(lsp.text(URI), "（五）监督保障") + 1;
            List<CompletionItem> items = complete(lsp, blank, 0);

            List<String> headings = items.stream().filter(i -> i.getKind() == CompletionItemKind.Module)
                    .map(CompletionItem::getLabel).toList();
            assertEquals(List.of("一、总体情况", "二、主动公开政府信息情况", "二、主动公开政府信息情况（含统计表）",
                    "三、收到和处理政府信息公开申请情况", "三、收到和处理政府信息公开申请情况（含统计表）",
                    "四、政府信息公开行政复议、行政诉讼情况", "四、政府信息公开行政复议、行政诉讼情况（含统计表）",
                    "五、存在的主要问题及改进情况", "六、其他需要报告的事项"), headings);
            assertTrue(item(items, "二、主动公开政府信息情况").getPreselect());
        }
    }

    @Test
    void typedStartOfAHeadingIsReplacedByTheOfficialHeading() {
        String text = "青禾市星湖区民政局2024年政府信息公开工作年度报告\n\n五、存在\n";
        try (LspSession lsp = new LspSession()) {
            lsp.initialize();
            lsp.open(URI, "nianbao", text);
            CompletionItem heading = item(complete(lsp, 2, 4), "五、存在的主要问题及改进情况");
            TextEdit edit = heading.getTextEdit().getLeft();
            assertEquals(new Position(2, 0), edit.getRange().getStart());
            assertEquals(new Position(2, 4), edit.getRange().getEnd());
            assertEquals("青禾市星湖区民政局2024年政府信息公开工作年度报告\n\n五、存在的主要问题及改进情况\n", accept(text, heading));
        }
    }

    @Test
    void headingWithItsTableInsertsATableThatBindsCompletely() {
        String text = "青禾市星湖区民政局2024年政府信息公开工作年度报告\n\n一、总体情况\n本年度工作有序开展。\n\n\n";
        try (LspSession lsp = new LspSession()) {
            lsp.initialize();
            lsp.open(URI, "nianbao", text);
            CompletionItem withTable = item(complete(lsp, 5, 0), "三、收到和处理政府信息公开申请情况（含统计表）");
            String after = accept(text, withTable);

            BoundTable requests = Checker.check(after, CheckOptions.DEFAULT).report().table(TableKind.REQUESTS).orElseThrow();
            assertTrue(requests.missingRows().isEmpty());
            assertTrue(requests.rows.stream().noneMatch(r -> r.valuesUnknown));
            assertTrue(DiagnosticView.ofChecker(after).stream().noneMatch(d -> d.startsWith("NB2") || d.startsWith("NB3")),
                    DiagnosticView.ofChecker(after).toString());
        }
    }

    @Test
    void tablesAreWrittenInTheLayoutTheDocumentAlreadyUses() {
        try (LspSession lsp = new LspSession()) {
            lsp.initialize();
            String text = LspSession.resource("wrong-total-pipes.txt");
            lsp.open(URI, "nianbao", text);
            int blank = TestText.lineOf(text, "（五）监督保障") + 1;
            String table = item(complete(lsp, blank, 0), "四、政府信息公开行政复议、行政诉讼情况（含统计表）")
                    .getTextEdit().getLeft().getNewText();
            assertTrue(table.contains("\n| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |"), table);
        }
    }

    private static int firstBlankLineAfter(String text, String marker) {
        String[] lines = text.split("\r\n|\n", -1);
        for (int i = TestText.lineOf(text, marker) + 1; i < lines.length; i++) {
            if (lines[i].isBlank()) return i;
        }
        throw new AssertionError("no blank line after " + marker);
    }
}
