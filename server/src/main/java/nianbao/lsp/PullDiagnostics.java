package nianbao.lsp;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticServerCancellationData;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.RelatedFullDocumentDiagnosticReport;
import org.eclipse.lsp4j.RelatedUnchangedDocumentDiagnosticReport;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * Pull diagnostics (textDocument/diagnostic), for clients that ask for them (VS Code does) instead of receiving
 * pushes. Same rules as the push: a version not checked yet waits for the debounce, and a version that is no
 * longer the latest is not checked; its pull is answered "server cancelled" (the client pulls the newer version
 * anyway). The result id names the version and the settings generation, so an unchanged document answers
 * "unchanged".
 */
final class PullDiagnostics {
    private final DocumentStore documents;
    private final Analyzer analyzer;
    private final Settings settings;
    private final Executor worker;

    PullDiagnostics(DocumentStore documents, Analyzer analyzer, Settings settings, Executor worker) {
        this.documents = documents;
        this.analyzer = analyzer;
        this.settings = settings;
        this.worker = worker;
    }

    CompletableFuture<DocumentDiagnosticReport> pull(DocumentDiagnosticParams params) {
        TextDocument doc = documents.get(params.getTextDocument().getUri());
        if (doc == null) return CompletableFuture.completedFuture(full(List.of(), null));
        String resultId = doc.version() + "/" + settings.generation();
        if (resultId.equals(params.getPreviousResultId())) {
            return CompletableFuture.completedFuture(
                    new DocumentDiagnosticReport(new RelatedUnchangedDocumentDiagnosticReport(resultId)));
        }
        if (!doc.isReport()) return CompletableFuture.completedFuture(full(List.of(), resultId));
        int debounce = settings.forDocument(doc.uri()).debounceMillis();
        // Without a pause to wait for, ask for the analysis right here (that only schedules the check on the worker):
        // one thread hand-over less per keystroke, which a busy machine makes cost milliseconds.
        CompletableFuture<Analysis> analysis = analyzer.isReady(doc) || debounce <= 0 ? analyzer.analysisOf(doc)
                : CompletableFuture.supplyAsync(() -> doc, CompletableFuture.delayedExecutor(debounce, TimeUnit.MILLISECONDS, worker))
                        .thenCompose(analyzer::analysisOf);
        return analysis
                .thenApply(a -> {
                    if (a.isStale() || !documents.isCurrent(doc)) throw superseded();
                    return full(a.diagnostics(), resultId);
                });
    }

    private static ResponseErrorException superseded() {
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.ServerCancelled, "文档已被修改",
                new DiagnosticServerCancellationData(false)));
    }

    private static DocumentDiagnosticReport full(List<Diagnostic> items, String resultId) {
        RelatedFullDocumentDiagnosticReport report = new RelatedFullDocumentDiagnosticReport(items);
        report.setResultId(resultId);
        return new DocumentDiagnosticReport(report);
    }
}
