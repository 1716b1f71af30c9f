package nianbao.lsp;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import nianbao.core.CheckResult;
import nianbao.core.rules.RuleFailure;

/**
 * Checks documents off the LSP message thread and keeps the latest analysis of each, so that diagnostics, hover,
 * code actions and the rest of one version share one check. A check that throws is caught here: it is logged, the
 * document gets an empty analysis, and the server carries on.
 */
final class Analyzer {
    private final DocumentChecker checker;
    private final Settings settings;
    private final PositionEncoding encoding;
    private final Executor worker;
    private final ClientLog log;
    /** Completes once the client's settings are known, so that no document is first checked with the wrong ones. */
    private final CompletableFuture<Void> settingsReady;
    private final Map<String, Cached> latest = new ConcurrentHashMap<>();

    private record Cached(TextDocument document, long generation, CompletableFuture<Analysis> analysis) {
    }

    Analyzer(DocumentChecker checker, Settings settings, PositionEncoding encoding, Executor worker, ClientLog log,
             CompletableFuture<Void> settingsReady) {
        this.checker = checker;
        this.settings = settings;
        this.encoding = encoding;
        this.worker = worker;
        this.log = log;
        this.settingsReady = settingsReady;
    }

    /** The analysis of this version with the current settings: cached, or computed on the worker. */
    CompletableFuture<Analysis> analysisOf(TextDocument document) {
        long generation = settings.generation();
        Cached cached = latest.compute(document.uri(), (uri, old) ->
                old != null && old.document() == document && old.generation() == generation ? old
                        : new Cached(document, generation, settingsReady.thenApplyAsync(ready -> analyze(document), worker)));
        return cached.analysis();
    }

    void forget(String uri) {
        latest.remove(uri);
    }

    PositionEncoding encoding() {
        return encoding;
    }

    private Analysis analyze(TextDocument document) {
        try {
            CheckResult result = checker.check(document.text(), settings.forDocument(document.uri()).options());
            for (RuleFailure failure : result.failures()) {
                log.error("nianbao：规则 " + failure.code() + " 检查 " + document.uri() + "（版本 " + document.version()
                        + "）时出错，已跳过该规则", failure.error());
            }
            return new Analysis(document, result, new Convert(result.source(), encoding));
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (Throwable e) {
            // Whatever a document does to the checker, the server stays up for the other documents and requests.
            log.error("nianbao：检查 " + document.uri() + "（版本 " + document.version() + "）时出错，本版本不报告问题", e);
            return new Analysis(document, null, new Convert(document.source(), encoding));
        }
    }
}
