package nianbao.lsp;

import static nianbao.lsp.LspSession.await;
import static nianbao.lsp.LspSession.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import nianbao.core.text.TextDecoder;
import nianbao.testing.Fixtures;

/**
 * Real reports (the shared corpus, outside the repository): opened as plain text, as an editor would, each must
 * be recognised as a report, get exactly the checker's diagnostics, and come out of fix-all with no arithmetic
 * error left. Skipped where the corpus is not available.
 */
class LspCorpusTest {
    static List<Path> reports() throws IOException {
        Path dir = Fixtures.corpus().orElse(null);
        Assumptions.assumeTrue(dir != null, "corpus not available");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> eachRealReportGetsTheCheckersDiagnosticsAndFixAllLeavesNoArithmeticError() throws IOException {
        List<Path> reports = reports();
        Assumptions.assumeFalse(reports.isEmpty(), "corpus is empty");
        return reports.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
    }

    private static void check(Path file) throws Exception {
        String text = TextDecoder.decode(Files.readAllBytes(file)).text();
        String uri = file.toUri().toString();
        try (LspSession lsp = new LspSession()) {
            lsp.initialize();
            lsp.open(uri, "plaintext", text);
            List<String> published = DiagnosticView.ofLsp(lsp.diagnostics(uri, 1).getDiagnostics());
            assertEquals(DiagnosticView.ofChecker(text), published);

            Range whole = new Range(new Position(0, 0), new Position(TestText.lineStarts(text).size(), 0));
            CodeActionContext onSave = new CodeActionContext(List.of());
            onSave.setOnly(List.of(CodeActionKind.SourceFixAll));
            List<CodeAction> fixAll = await(lsp.remote.getTextDocumentService().codeAction(new CodeActionParams(id(uri), whole, onSave)))
                    .stream().map(Either::getRight).toList();
            List<TextEdit> edits = fixAll.isEmpty() ? List.of() : LspSession.editsOf(fixAll.get(0), uri);
            int version = edits.isEmpty() ? 1 : lsp.change(uri, edits);

            List<String> after = DiagnosticView.ofLsp(lsp.diagnostics(uri, version).getDiagnostics());
            assertEquals(DiagnosticView.ofChecker(lsp.text(uri)), after);
            assertTrue(after.stream().noneMatch(d -> d.startsWith("NB3")), after.toString());
        }
    }
}
