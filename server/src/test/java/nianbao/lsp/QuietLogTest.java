package nianbao.lsp;

import static nianbao.lsp.LspSession.await;
import static nianbao.lsp.LspSession.id;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.jsonrpc.messages.CancelParams;
import org.junit.jupiter.api.Test;

/** Ordinary use leaves no English LSP4J warnings in the editor's log. */
class QuietLogTest {
    private static final String URI = "file:///reports/xinghu-quiet-2024.txt";

    @Test
    void cancellingRequestsThatAreAlreadyAnsweredIsQuiet() {
        Logger endpointLog = Logger.getLogger("org.eclipse.lsp4j.jsonrpc.RemoteEndpoint");
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        endpointLog.addHandler(capture);
        try (LspSession lsp = new LspSession()) {
            lsp.initialize();
            lsp.open(URI, "nianbao", LspSession.resource("wrong-total-tabs.txt"));
            lsp.diagnostics(URI, 1);
            await(lsp.remote.getTextDocumentService().hover(new HoverParams(id(URI), new Position(0, 0))));
            // VS Code cancels requests whose answers are already on their way: ids 1 (initialize) and 2 (hover).
            lsp.endpoint.notify("$/cancelRequest", cancel("1"));
            lsp.endpoint.notify("$/cancelRequest", cancel("2"));
            // A round trip after the cancellations: the server has handled them by the time this is answered.
            await(lsp.remote.getTextDocumentService().foldingRange(new FoldingRangeRequestParams(id(URI))));
            assertTrue(records.stream().noneMatch(r -> r.getLevel().intValue() >= Level.WARNING.intValue()),
                    records.stream().map(LogRecord::getMessage).toList().toString());
            // What the server itself logs in ordinary use is Chinese, at info level or below.
            for (var m : lsp.client.logs.all()) {
                assertTrue(m.getType() == org.eclipse.lsp4j.MessageType.Info || m.getType() == org.eclipse.lsp4j.MessageType.Log, m.getMessage());
                assertTrue(m.getMessage().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), m.getMessage());
            }
        } finally {
            endpointLog.removeHandler(capture);
        }
    }

    private static CancelParams cancel(String id) {
        CancelParams p = new CancelParams();
        p.setId(id);
        return p;
    }
}
