package nianbao.lsp;

import static nianbao.lsp.LspSession.await;
import static nianbao.lsp.LspSession.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.DiagnosticCapabilities;
import org.eclipse.lsp4j.DiagnosticWorkspaceCapabilities;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RelatedFullDocumentDiagnosticReport;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;

class PullDiagnosticsTest {
    private static final String URI = "file:///reports/xinghu-minzheng-2024.txt";

    private static LspSession pullingClient() {
        LspSession lsp = new LspSession();
        InitializeResult init = lsp.initialize(p -> {
            p.getCapabilities().getTextDocument().setDiagnostic(new DiagnosticCapabilities());
            p.getCapabilities().getWorkspace().setDiagnostics(new DiagnosticWorkspaceCapabilities(true));
        });
        assertNotNull(init.getCapabilities().getDiagnosticProvider(), "the server offers pull diagnostics");
        return lsp;
    }

    private static DocumentDiagnosticReport pull(LspSession lsp, String previousResultId) {
        DocumentDiagnosticParams params = new DocumentDiagnosticParams(id(URI));
        params.setPreviousResultId(previousResultId);
        return await(lsp.remote.getTextDocumentService().diagnostic(params));
    }

    @Test
    void pulledDiagnosticsAreTheCheckersAndNothingIsPushed() {
        String text = LspSession.resource("wrong-total-pipes.txt");
        try (LspSession lsp = pullingClient()) {
            lsp.open(URI, "nianbao", text);
            RelatedFullDocumentDiagnosticReport report = pull(lsp, null).getRelatedFullDocumentDiagnosticReport();

            assertEquals(DiagnosticView.ofChecker(text), DiagnosticView.ofLsp(report.getItems()));
            // A push would have been sent before the answer: both come from the same check, push first.
            assertEquals(List.of(), lsp.client.diagnostics.all());
        }
    }

    @Test
    void pullingAgainWithoutChangesAnswersUnchangedAndAfterAChangeAnswersAgain() {
        try (LspSession lsp = pullingClient()) {
            lsp.open(URI, "nianbao", LspSession.resource("wrong-total-tabs.txt"));
            String first = pull(lsp, null).getRelatedFullDocumentDiagnosticReport().getResultId();

            DocumentDiagnosticReport again = pull(lsp, first);
            assertTrue(again.isRelatedUnchangedDocumentDiagnosticReport());
            assertEquals(first, again.getRelatedUnchangedDocumentDiagnosticReport().getResultId());

            Position total = TestText.findLast(lsp.text(URI), "一、本年新收政府信息公开申请数量", "20");
            lsp.change(URI, List.of(new TextEdit(new Range(total, new Position(total.getLine(), total.getCharacter() + 2)), "19")));
            DocumentDiagnosticReport changed = pull(lsp, first);
            assertTrue(changed.isRelatedFullDocumentDiagnosticReport());
            assertNotEquals(first, changed.getRelatedFullDocumentDiagnosticReport().getResultId());
            assertEquals(List.of(), changed.getRelatedFullDocumentDiagnosticReport().getItems());
        }
    }

    @Test
    void aPullWaitsForTheDebounceAndAPullOvertakenByAChangeIsCancelledByTheServer() throws Exception {
        try (LspSession lsp = new LspSession()) {
            lsp.initialize(p -> {
                p.getCapabilities().getTextDocument().setDiagnostic(new DiagnosticCapabilities());
                p.setInitializationOptions(LspSession.json("{\"debounce\": 500}"));
            });
            lsp.open(URI, "nianbao", LspSession.resource("wrong-total-tabs.txt"));
            CompletableFuture<DocumentDiagnosticReport> overtaken =
                    lsp.remote.getTextDocumentService().diagnostic(new DocumentDiagnosticParams(id(URI)));
            Position total = TestText.findLast(lsp.text(URI), "一、本年新收政府信息公开申请数量", "20");
            long start = System.nanoTime();
            lsp.change(URI, List.of(new TextEdit(new Range(total, new Position(total.getLine(), total.getCharacter() + 2)), "19")));
            DocumentDiagnosticReport latest = pull(lsp, null);
            long waitedMillis = (System.nanoTime() - start) / 1_000_000;

            assertEquals(List.of(), latest.getRelatedFullDocumentDiagnosticReport().getItems());
            assertTrue(waitedMillis >= 500, "answered after " + waitedMillis + " ms");
            ExecutionException cancelled = assertThrows(ExecutionException.class, () -> overtaken.get(20, TimeUnit.SECONDS));
            ResponseError error = ((ResponseErrorException) cancelled.getCause()).getResponseError();
            assertEquals(ResponseErrorCode.ServerCancelled.getValue(), error.getCode());
        }
    }

    @Test
    void changedSettingsAskTheClientToPullAgain() {
        try (LspSession lsp = pullingClient()) {
            lsp.open(URI, "nianbao", LspSession.resource("wrong-total-tabs.txt"));
            String before = pull(lsp, null).getRelatedFullDocumentDiagnosticReport().getResultId();
            lsp.remote.getWorkspaceService().didChangeConfiguration(
                    new DidChangeConfigurationParams(LspSession.json("{\"rules\": {\"NB301\": \"off\"}}")));
            // The notification is handled before the next request: the refresh was sent and the old result is stale.
            RelatedFullDocumentDiagnosticReport after = pull(lsp, before).getRelatedFullDocumentDiagnosticReport();
            assertEquals(List.of(), DiagnosticView.codes(after.getItems()), "NB301, the only finding, is off");
            assertEquals(1, lsp.client.diagnosticRefreshes.get());
        }
    }
}
