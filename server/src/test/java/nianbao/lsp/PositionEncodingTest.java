package nianbao.lsp;

import static nianbao.lsp.LspSession.await;
import static nianbao.lsp.LspSession.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

import nianbao.core.text.SourceText;

class PositionEncodingTest {
    private static final String URI = "file:///reports/xinghu-minzheng-2024.txt";
    private static final String NEW_REQUESTS = "一、本年新收政府信息公开申请数量";

    @Test
    void utf8ClientsGetByteColumnsOnChineseLinesAndTheirEditsLandRight() {
        String text = LspSession.resource("wrong-total-tabs.txt");
        try (LspSession lsp = new LspSession()) {
            InitializeResult init = lsp.initialize(p -> p.getCapabilities().getGeneral().setPositionEncodings(List.of("utf-8")));
            assertEquals("utf-8", init.getCapabilities().getPositionEncoding());
            lsp.open(URI, "nianbao", text);
            Diagnostic total = DiagnosticView.only(lsp.diagnostics(URI, 1).getDiagnostics(), "NB301");

            Position utf16 = TestText.findLast(text, NEW_REQUESTS, "20");
            String line = TestText.line(text, utf16.getLine());
            int bytes = line.substring(0, utf16.getCharacter()).getBytes(StandardCharsets.UTF_8).length;
            assertEquals(new Range(new Position(utf16.getLine(), bytes), new Position(utf16.getLine(), bytes + 2)), total.getRange());
            assertTrue(bytes > utf16.getCharacter() + 30, "16 Chinese characters count 3 bytes each");

            CodeActionContext context = new CodeActionContext(List.of(total));
            CodeAction fix = await(lsp.remote.getTextDocumentService().codeAction(new CodeActionParams(id(URI), total.getRange(), context)))
                    .stream().map(Either::getRight).filter(a -> "quickfix".equals(a.getKind())).findFirst().orElseThrow();
            TextEdit edit = LspSession.editsOf(fix, URI).get(0);
            assertEquals(total.getRange(), edit.getRange(), "the fix's edit uses UTF-8 columns too");

            // The client sends its change in UTF-8 columns; the server must put "19" where "20" was.
            lsp.remote.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(URI, 2),
                    List.of(new TextDocumentContentChangeEvent(edit.getRange(), edit.getNewText()))));
            assertEquals(List.of(), lsp.diagnostics(URI, 2).getDiagnostics());
        }
    }

    @Test
    void utf16IsChosenWhenTheClientOffersIt() {
        try (LspSession lsp = new LspSession()) {
            InitializeResult init = lsp.initialize(p -> p.getCapabilities().getGeneral().setPositionEncodings(List.of("utf-8", "utf-16")));
            assertEquals("utf-16", init.getCapabilities().getPositionEncoding());
        }
    }

    @Test
    void clientsThatSayNothingGetUtf16() {
        try (LspSession lsp = new LspSession()) {
            InitializeResult init = lsp.initialize(p -> p.getCapabilities().setGeneral(null));
            assertEquals("utf-16", init.getCapabilities().getPositionEncoding());
        }
    }

    // ---- Convert, directly ----

    /** "𠀀" (U+20000) is two UTF-16 units, four UTF-8 bytes, one UTF-32 unit; "民" is one, three, one. */
    private static final String LINE = "民𠀀a\t19";

    @Test
    void columnsConvertBothWaysInEachEncoding() {
        SourceText source = new SourceText("标题\n" + LINE + "\n");
        int digitOffset = source.lineStart(1) + LINE.indexOf("19");
        for (Object[] c : new Object[][]{{PositionEncoding.UTF16, 5}, {PositionEncoding.UTF8, 9}, {PositionEncoding.UTF32, 4}}) {
            Convert convert = new Convert(source, (PositionEncoding) c[0]);
            Position p = convert.position(digitOffset);
            assertEquals(new Position(1, (int) c[1]), p, c[0].toString());
            assertEquals(digitOffset, convert.offset(p), c[0].toString());
        }
    }

    @Test
    void positionsPastTheEndOfALineOrTheTextAreClamped() {
        SourceText source = new SourceText("第一行\r\n第二行");
        Convert utf8 = new Convert(source, PositionEncoding.UTF8);
        assertEquals(3, utf8.offset(new Position(0, 99)), "end of the first line, before its CRLF");
        assertEquals(source.text().length(), utf8.offset(new Position(7, 0)));
        assertEquals(0, utf8.offset(new Position(-1, 0)));
        assertEquals(1, utf8.offset(new Position(0, 4)), "inside a character: stays before it");
    }

    @Test
    void incrementalChangesApplyInOrder() {
        String text = "规章\t0\t0\t0\r\n行政许可\t5\r\n";
        List<TextDocumentContentChangeEvent> changes = List.of(
                new TextDocumentContentChangeEvent(new Range(new Position(1, 5), new Position(1, 6)), "12"),
                new TextDocumentContentChangeEvent(new Range(new Position(0, 0), new Position(0, 0)), "\r\n"),
                new TextDocumentContentChangeEvent(new Range(new Position(1, 3), new Position(1, 4)), "1"));
        assertEquals("\r\n规章\t1\t0\t0\r\n行政许可\t12\r\n", Convert.applyChanges(text, changes, PositionEncoding.UTF16));
        assertEquals("全新", Convert.applyChanges(text, List.of(new TextDocumentContentChangeEvent("全新")), PositionEncoding.UTF16));
    }

    @Test
    void utf8ChangesAreReadAsBytes() {
        String text = "行政许可\t5\n";
        TextDocumentContentChangeEvent change = new TextDocumentContentChangeEvent(
                new Range(new Position(0, 13), new Position(0, 14)), "6");
        assertEquals("行政许可\t6\n", Convert.applyChanges(text, List.of(change), PositionEncoding.UTF8));
    }

    @Test
    void encodingIsNegotiatedFromTheClientsList() {
        assertEquals(PositionEncoding.UTF32, PositionEncoding.negotiate(List.of("utf-32", "utf-8")));
        assertEquals(PositionEncoding.UTF8, PositionEncoding.negotiate(List.of("x-unknown", "utf-8")));
        assertEquals(PositionEncoding.UTF16, PositionEncoding.negotiate(List.of("x-unknown")));
        assertEquals(PositionEncoding.UTF16, PositionEncoding.negotiate(null));
    }
}
