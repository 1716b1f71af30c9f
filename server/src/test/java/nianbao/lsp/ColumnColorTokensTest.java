package nianbao.lsp;

import static nianbao.lsp.LspSession.await;
import static nianbao.lsp.LspSession.id;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.junit.jupiter.api.Test;

/** Each value column of a table gets its own semantic token type, in every layout. */
class ColumnColorTokensTest {
    private static final String URI = "file:///reports/xinghu-colours-2024.txt";

    /** One decoded token: line, start column, length, type name. */
    private record Token(int line, int start, int length, String type) {
    }

    private static List<Token> tokens(String resource) {
        try (LspSession lsp = new LspSession()) {
            InitializeResult init = lsp.initialize();
            List<String> legend = init.getCapabilities().getSemanticTokensProvider().getLegend().getTokenTypes();
            assertEquals(ColumnColorTokens.TYPES, legend);
            lsp.open(URI, "nianbao", LspSession.resource(resource));
            List<Integer> data = await(lsp.remote.getTextDocumentService().semanticTokensFull(new SemanticTokensParams(id(URI)))).getData();
            List<Token> out = new ArrayList<>();
            int line = 0;
            int start = 0;
            for (int i = 0; i < data.size(); i += 5) {
                line += data.get(i);
                start = data.get(i) == 0 ? start + data.get(i + 1) : data.get(i + 1);
                out.add(new Token(line, start, data.get(i + 2), legend.get(data.get(i + 3))));
            }
            return out;
        }
    }

    @Test
    void theValuesOfARowOfTableThreeTakeOneColourPerColumn() {
        String text = LspSession.resource("wrong-total-tabs.txt");
        int row = TestText.lineOf(text, "一、本年新收政府信息公开申请数量");
        List<Token> onRow = tokens("wrong-total-tabs.txt").stream().filter(t -> t.line() == row).toList();
        String line = text.lines().toList().get(row);
        List<String> values = List.of("18", "1", "0", "0", "0", "0", "20");
        assertEquals(values.size(), onRow.size(), onRow.toString());
        for (int i = 0; i < values.size(); i++) {
            Token t = onRow.get(i);
            assertEquals(values.get(i), line.substring(t.start(), t.start() + t.length()), t.toString());
            // Seven columns, six colours: 总计 (the seventh) takes the first colour again.
            assertEquals("nianbaoColumn" + (i % 6 + 1), t.type(), t.toString());
        }
    }

    @Test
    void oneCellPerLineAndPipeLayoutsGetTheSameColoursByColumn() {
        for (String resource : List.of("wrong-total-cells-crlf.txt", "wrong-total-pipes.txt")) {
            String text = LspSession.resource(resource);
            List<String> lines = text.lines().toList();
            List<Token> all = tokens(resource);
            // The 自然人 value 18 of row 一 and the 总计 20: first colour; 商业企业's 1: second.
            int row = TestText.lineOf(text, "一、本年新收政府信息公开申请数量");
            List<Token> after = all.stream().filter(t -> t.line() >= row).limit(7).toList();
            assertEquals(List.of("18", "1", "0", "0", "0", "0", "20"),
                    after.stream().map(t -> lines.get(t.line()).substring(t.start(), t.start() + t.length())).toList(), resource);
            assertEquals(List.of("nianbaoColumn1", "nianbaoColumn2", "nianbaoColumn3", "nianbaoColumn4", "nianbaoColumn5",
                    "nianbaoColumn6", "nianbaoColumn1"), after.stream().map(Token::type).toList(), resource);
        }
    }
}
