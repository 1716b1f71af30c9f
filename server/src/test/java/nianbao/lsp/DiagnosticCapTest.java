package nianbao.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCapabilities;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DiagnosticWorkspaceCapabilities;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.junit.jupiter.api.Test;

import nianbao.core.Checker;
import nianbao.core.config.CheckOptions;
import nianbao.core.diag.Severity;

/**
 * Issue 9: a document with thousands of findings shows at most {@code maxDiagnostics} of them (errors first), and one
 * info diagnostic says how many more there are; the setting raises the limit or (0) removes it. Through a real LSP4J
 * client, push and pull.
 */
class DiagnosticCapTest {
    private static final String URI = "file:///reports/pasted-fifty-times.txt";
    /** Section 三's table pasted 50 times: ~1,400 findings, errors and warnings. */
    private static final String TEXT = LargeDocumentBenchmark.tableRepeated(LspSession.resource("wrong-total-tabs.txt"), 50);

    @Test
    void aDocumentWithMoreFindingsThanTheLimitShowsTheErrorsAndOneNoticeOfTheRest() {
        List<nianbao.core.diag.Diagnostic> all = Checker.check(TEXT, CheckOptions.DEFAULT).diagnostics();
        long errors = all.stream().filter(d -> d.severity() == Severity.ERROR).count();
        long warnings = all.stream().filter(d -> d.severity() == Severity.WARNING).count();
        assertTrue(errors > 10 && warnings > 30 && errors + warnings == all.size(), errors + " errors, " + warnings + " warnings");
        // Room for every error and 20 warnings.
        int limit = (int) errors + 20;
        try (LspSession lsp = new LspSession()) {
            lsp.initialize(p -> p.setInitializationOptions(LspSession.json("{\"debounce\": 0, \"maxDiagnostics\": " + limit + "}")));
            lsp.open(URI, "nianbao", TEXT);
            List<Diagnostic> shown = lsp.diagnostics(URI, 1).getDiagnostics();
            assertEquals(limit + 1, shown.size());
            List<Diagnostic> findings = shown.stream().filter(d -> d.getCode() != null).toList();
            List<Diagnostic> notices = shown.stream().filter(d -> d.getCode() == null).toList();
            assertEquals(1, notices.size());
            Diagnostic notice = notices.get(0);
            assertEquals(DiagnosticSeverity.Information, notice.getSeverity());
            assertEquals("nianbao", notice.getSource());
            assertTrue(notice.getMessage().startsWith("本文档还有 " + (all.size() - limit) + " 个问题未显示"), notice.getMessage());
            assertTrue(notice.getMessage().contains("nianbao.maxDiagnostics"), notice.getMessage());
            // Every error, then the first 20 warnings of the text, all in the text's order.
            List<String> expected = DiagnosticView.ofChecker(TEXT).stream().filter(line -> line.contains(" ERROR ")).toList();
            assertEquals(expected, DiagnosticView.ofLsp(findings.stream()
                    .filter(d -> d.getSeverity() == DiagnosticSeverity.Error).toList()));
            assertEquals(DiagnosticView.ofChecker(TEXT).stream().filter(line -> line.contains(" WARNING ")).limit(20).toList(),
                    DiagnosticView.ofLsp(findings.stream().filter(d -> d.getSeverity() == DiagnosticSeverity.Warning).toList()));
            assertEquals(DiagnosticView.ofChecker(TEXT).stream().filter(line -> line.contains(" WARNING ")).skip(20).findFirst()
                    .orElseThrow().split(" ")[2], notice.getRange().getStart().getLine() + ":" + notice.getRange().getStart().getCharacter()
                    + "-" + notice.getRange().getEnd().getLine() + ":" + notice.getRange().getEnd().getCharacter(),
                    "the notice stands at the first finding left out");
        }
    }

    @Test
    void theDefaultLimitIsAThousandAndZeroShowsEverything() {
        int findings = Checker.check(TEXT, CheckOptions.DEFAULT).diagnostics().size();
        try (LspSession lsp = new LspSession()) {
            lsp.initialize();
            lsp.open(URI, "nianbao", TEXT);
            List<Diagnostic> shown = lsp.diagnostics(URI, 1).getDiagnostics();
            assertEquals(1_001, shown.size());
            assertNull(shown.stream().filter(d -> d.getCode() == null).findFirst().orElseThrow().getCode());
        }
        try (LspSession lsp = new LspSession()) {
            lsp.initialize(p -> p.setInitializationOptions(LspSession.json("{\"debounce\": 0, \"maxDiagnostics\": 0}")));
            lsp.open(URI, "nianbao", TEXT);
            List<Diagnostic> shown = lsp.diagnostics(URI, 1).getDiagnostics();
            assertEquals(findings, shown.size());
            assertEquals(DiagnosticView.ofChecker(TEXT), DiagnosticView.ofLsp(shown));
        }
    }

    @Test
    void pulledDiagnosticsAreCappedToo() {
        try (LspSession lsp = new LspSession()) {
            lsp.initialize(p -> {
                p.getCapabilities().getTextDocument().setDiagnostic(new DiagnosticCapabilities());
                p.getCapabilities().getWorkspace().setDiagnostics(new DiagnosticWorkspaceCapabilities(true));
                p.setInitializationOptions(LspSession.json("{\"debounce\": 0, \"maxDiagnostics\": 10}"));
            });
            lsp.open(URI, "nianbao", TEXT);
            List<Diagnostic> items = LspSession.await(lsp.remote.getTextDocumentService()
                    .diagnostic(new DocumentDiagnosticParams(LspSession.id(URI)))).getLeft().getItems();
            assertEquals(11, items.size());
            assertEquals(1, items.stream().filter(d -> d.getCode() == null).count());
        }
    }
}
