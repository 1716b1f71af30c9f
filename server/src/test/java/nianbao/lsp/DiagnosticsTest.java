package nianbao.lsp;

import static nianbao.lsp.LspSession.await;
import static nianbao.lsp.LspSession.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.google.gson.JsonObject;

import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nianbao.core.CheckResult;
import nianbao.core.Checker;
import nianbao.core.config.CheckOptions;
import nianbao.core.rules.Rules;

class DiagnosticsTest {
    private static final String URI = "file:///reports/xinghu-minzheng-2024.txt";

    @Test
    void wrongTotalIsPublishedAtItsCellWithTheChineseMessage() {
        String text = LspSession.resource("wrong-total-tabs.txt");
        try (LspSession lsp = new LspSession()) {
            lsp.initialize();
            lsp.open(URI, "nianbao", text);
            PublishDiagnosticsParams published = lsp.diagnostics(URI, 1);

            Diagnostic total = DiagnosticView.only(published.getDiagnostics(), "NB301");
            Position cell = TestText.findLast(text, "一、本年新收政府信息公开申请数量", "20");
            assertEquals(new Range(cell, new Position(cell.getLine(), cell.getCharacter() + 2)), total.getRange());
            assertTrue(total.getMessage().startsWith("“一、本年新收政府信息公开申请数量”的“总计”应为 19，实为 20"), total.getMessage());
            assertEquals(DiagnosticSeverity.Error, total.getSeverity());
            assertEquals("nianbao", total.getSource());
            assertEquals(Rules.documentationUrl("NB301"), total.getCodeDescription().getHref());
        }
    }

    @Test
    void arithmeticDiagnosticsPointAtTheCellsTheyAddUp() {
        String text = LspSession.resource("wrong-total-tabs.txt");
        try (LspSession lsp = new LspSession()) {
            lsp.initialize();
            lsp.open(URI, "nianbao", text);
            Diagnostic total = DiagnosticView.only(lsp.diagnostics(URI, 1).getDiagnostics(), "NB301");

            List<DiagnosticRelatedInformation> related = total.getRelatedInformation();
            // 18+1+0+0+0+0: only the cells that are not 0 (six rows, mostly zeros, flooded the Problems panel).
            assertEquals(2, related.size(), "自然人 18 and the one other column that is not 0");
            int row = total.getRange().getStart().getLine();
            for (DiagnosticRelatedInformation r : related) {
                assertEquals(URI, r.getLocation().getUri());
                assertEquals(row, r.getLocation().getRange().getStart().getLine());
            }
            Position natural = TestText.find(text, "一、本年新收政府信息公开申请数量", "18");
            assertEquals(natural, related.get(0).getLocation().getRange().getStart());
            assertTrue(related.get(0).getMessage().contains("自然人") && related.get(0).getMessage().endsWith("：18"),
                    related.get(0).getMessage());
        }
    }

    @Test
    void diagnosticDataCarriesTheFixAndTheVersionItWasMadeFor() {
        String text = LspSession.resource("wrong-total-tabs.txt");
        try (LspSession lsp = new LspSession()) {
            lsp.initialize();
            lsp.open(URI, "nianbao", text);
            Diagnostic total = DiagnosticView.only(lsp.diagnostics(URI, 1).getDiagnostics(), "NB301");

            JsonObject data = ((com.google.gson.JsonElement) total.getData()).getAsJsonObject();
            assertEquals(1, data.get("version").getAsInt());
            JsonObject fix = data.getAsJsonArray("fixes").get(0).getAsJsonObject();
            assertEquals("将总计改为 19", fix.get("title").getAsString());
            assertEquals("DERIVED_VALUE", fix.get("kind").getAsString());
            JsonObject edit = fix.getAsJsonArray("edits").get(0).getAsJsonObject();
            assertEquals("19", edit.get("newText").getAsString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"wrong-total-tabs.txt", "wrong-total-cells-crlf.txt", "wrong-total-pipes.txt",
            "truncated-tabs.txt", "truncated-cells.txt", "truncated-pipes.txt"})
    void publishedDiagnosticsAreExactlyTheCheckersForTheSameText(String fixture) {
        String text = LspSession.resource(fixture);
        try (LspSession lsp = new LspSession()) {
            lsp.initialize();
            lsp.open(URI, "nianbao", text);
            List<String> expected = DiagnosticView.ofChecker(text);
            assertFalse(expected.isEmpty(), "the fixture has something to report");
            assertEquals(expected, DiagnosticView.ofLsp(lsp.diagnostics(URI, 1).getDiagnostics()));
        }
    }

    @Test
    void diagnosticsFollowIncrementalEdits() {
        String text = LspSession.resource("wrong-total-tabs.txt");
        try (LspSession lsp = new LspSession()) {
            lsp.initialize();
            lsp.open(URI, "nianbao", text);
            lsp.diagnostics(URI, 1);
            // Type a digit into the 自然人 cell of （一）予以公开: 10 → 110 breaks its row and the column sums.
            Position cell = TestText.find(lsp.text(URI), "（一）予以公开", "10");
            int v2 = lsp.change(URI, List.of(new TextEdit(new Range(cell, cell), "1")));
            PublishDiagnosticsParams after = lsp.diagnostics(URI, v2);

            assertEquals(DiagnosticView.ofChecker(lsp.text(URI)), DiagnosticView.ofLsp(after.getDiagnostics()));
            assertTrue(DiagnosticView.codes(after.getDiagnostics()).contains("NB302"));
        }
    }

    @Test
    void anOlderVersionIsNeverPublishedAfterANewerOne() {
        String text = LspSession.resource("wrong-total-tabs.txt");
        try (LspSession lsp = new LspSession()) {
            lsp.initialize(p -> p.setInitializationOptions(LspSession.json("{\"debounce\": 50}")));
            lsp.open(URI, "nianbao", text);
            Position end = new Position(TestText.lineStarts(text).size() - 1, 0);
            int last = 1;
            for (int i = 0; i < 5; i++) last = lsp.change(URI, List.of(new TextEdit(new Range(end, end), "。")));
            lsp.diagnostics(URI, last);

            List<Integer> versions = lsp.client.diagnostics.all().stream()
                    .filter(p -> p.getUri().equals(URI)).map(PublishDiagnosticsParams::getVersion).toList();
            for (int i = 1; i < versions.size(); i++) {
                assertTrue(versions.get(i) > versions.get(i - 1), "published in order: " + versions);
            }
            assertEquals(last, versions.get(versions.size() - 1));
        }
    }

    /** Holds every check until released, and counts the checks. */
    /** Waits (without a time budget that could flake; 20 s only against a hang) until the server applied a change. */
    private static void awaitServerVersion(LspSession lsp, String uri, int version) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            TextDocument doc = lsp.server.documents().get(uri);
            if (doc != null && doc.version() >= version) return;
            assertTrue(System.nanoTime() < deadline, "the server never received version " + version);
            Thread.sleep(1);
        }
    }

    private static final class GatedChecker implements DocumentChecker {
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch firstStarted = new CountDownLatch(1);
        final AtomicInteger checks = new AtomicInteger();

        @Override
        public CheckResult check(String text, CheckOptions options) {
            checks.incrementAndGet();
            firstStarted.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Checker.check(text, options);
        }
    }

    @Test
    void theServerKeepsAnsweringWhileACheckRuns() throws InterruptedException {
        GatedChecker gate = new GatedChecker();
        try (LspSession lsp = new LspSession(gate)) {
            lsp.initialize();
            lsp.open(URI, "nianbao", LspSession.resource("wrong-total-tabs.txt"));
            assertTrue(gate.firstStarted.await(20, TimeUnit.SECONDS));
            // The check is stuck; the message thread is not.
            Object template = await(lsp.remote.getWorkspaceService().executeCommand(
                    new ExecuteCommandParams("nianbao.reportTemplate", List.of())));
            assertTrue(LspSession.jsonOf(template).has("snippet"));
            gate.release.countDown();
            assertTrue(DiagnosticView.codes(lsp.diagnostics(URI, 1).getDiagnostics()).contains("NB301"));
        }
    }

    @Test
    void versionsOvertakenWhileACheckRunsAreNeverChecked() throws InterruptedException {
        GatedChecker gate = new GatedChecker();
        try (LspSession lsp = new LspSession(gate)) {
            lsp.initialize();
            lsp.open(URI, "nianbao", LspSession.resource("wrong-total-tabs.txt"));
            assertTrue(gate.firstStarted.await(20, TimeUnit.SECONDS));
            Position end = new Position(TestText.lineStarts(lsp.text(URI)).size() - 1, 0);
            lsp.change(URI, List.of(new TextEdit(new Range(end, end), "。")));
            int v3 = lsp.change(URI, List.of(new TextEdit(new Range(end, end), "。")));
            // Release the gate only once the server holds version 3: released earlier, version 1 or 2 could still
            // be the latest when it finishes, and would then rightly be published (the test used to flake so).
            awaitServerVersion(lsp, URI, v3);
            gate.release.countDown();
            lsp.diagnostics(URI, v3);

            assertEquals(2, gate.checks.get(), "version 1 (already running) and version 3; version 2 was skipped");
            assertEquals(List.of(v3), lsp.client.diagnostics.all().stream().map(PublishDiagnosticsParams::getVersion).toList(),
                    "version 1 finished after version 3 arrived: not published");
        }
    }

    @Test
    void diagnosticsWaitForTheConfiguredDebounce() {
        String text = LspSession.resource("wrong-total-tabs.txt");
        try (LspSession lsp = new LspSession()) {
            lsp.initialize(p -> p.setInitializationOptions(LspSession.json("{\"debounce\": 300}")));
            long start = System.nanoTime();
            lsp.open(URI, "nianbao", text);
            lsp.diagnostics(URI, 1);
            long waitedMillis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(waitedMillis >= 300, "published after " + waitedMillis + " ms");
        }
    }

    @Test
    void plainTextThatIsNotAReportGetsNothing() {
        String note = "星湖区民政局周例会纪要\n\n一、总体情况\n本周完成养老机构检查3家。\n";
        String notReport = "file:///notes/weekly.txt";
        String report = "file:///reports/plain.txt";
        try (LspSession lsp = new LspSession()) {
            lsp.initialize();
            lsp.open(notReport, "plaintext", note);
            lsp.open(report, "plaintext", LspSession.resource("wrong-total-tabs.txt"));
            // The report, opened second, is checked: by then the note has been handled (documents are handled in order).
            assertTrue(DiagnosticView.codes(lsp.diagnostics(report, 1).getDiagnostics()).contains("NB301"));

            assertTrue(lsp.client.diagnostics.all().stream().noneMatch(p -> p.getUri().equals(notReport)));
            assertTrue(await(lsp.remote.getTextDocumentService()
                    .completion(new CompletionParams(id(notReport), new Position(4, 0)))).getLeft().isEmpty());
            assertNull(await(lsp.remote.getTextDocumentService().hover(new HoverParams(id(notReport), new Position(3, 2)))));
            assertTrue(await(lsp.remote.getTextDocumentService().documentSymbol(new DocumentSymbolParams(id(notReport)))).isEmpty());
        }
    }

    @Test
    void otherLanguagesAreIgnored() {
        try (LspSession lsp = new LspSession()) {
            lsp.initialize();
            lsp.open("file:///reports/copy.md", "markdown", LspSession.resource("wrong-total-pipes.txt"));
            lsp.open(URI, "nianbao", LspSession.resource("wrong-total-tabs.txt"));
            lsp.diagnostics(URI, 1);
            assertTrue(lsp.client.diagnostics.all().stream().noneMatch(p -> p.getUri().endsWith(".md")));
        }
    }

    @Test
    void closingADocumentClearsItsDiagnostics() {
        try (LspSession lsp = new LspSession()) {
            lsp.initialize();
            lsp.open(URI, "nianbao", LspSession.resource("wrong-total-tabs.txt"));
            assertFalse(lsp.diagnostics(URI, 1).getDiagnostics().isEmpty());
            lsp.remote.getTextDocumentService().didClose(new DidCloseTextDocumentParams(id(URI)));
            PublishDiagnosticsParams cleared = await(lsp.client.diagnostics.first(
                    p -> p.getUri().equals(URI) && p.getDiagnostics().isEmpty()));
            assertNull(cleared.getVersion());
        }
    }
}
