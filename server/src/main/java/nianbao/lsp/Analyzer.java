package nianbao.lsp;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Predicate;

import nianbao.core.CheckCancellation;
import nianbao.core.CheckCancelledException;
import nianbao.core.CheckResult;
import nianbao.core.config.CheckOptions;
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
    private final Predicate<TextDocument> isCurrent;
    /** Completes once the client's settings are known, so that no document is first checked with the wrong ones. */
    private final CompletableFuture<Void> settingsReady;
    private final Map<String, Cached> latest = new ConcurrentHashMap<>();
    /** The workspace's other reports, for the cross-year findings; null checks each document alone. */
    private final WorkspaceReports workspaceReports;

    private record Cached(TextDocument document, long generation, CompletableFuture<Analysis> analysis) {
    }

    /** @param isCurrent whether a document version is still the latest (older ones are not worth checking) */
    Analyzer(DocumentChecker checker, Settings settings, PositionEncoding encoding, Executor worker, ClientLog log,
             CompletableFuture<Void> settingsReady, Predicate<TextDocument> isCurrent) {
        this(checker, settings, encoding, worker, log, settingsReady, isCurrent, null);
    }

    Analyzer(DocumentChecker checker, Settings settings, PositionEncoding encoding, Executor worker, ClientLog log,
             CompletableFuture<Void> settingsReady, Predicate<TextDocument> isCurrent, WorkspaceReports workspaceReports) {
        this.workspaceReports = workspaceReports;
        this.checker = checker;
        this.settings = settings;
        this.encoding = encoding;
        this.worker = worker;
        this.log = log;
        this.settingsReady = settingsReady;
        this.isCurrent = isCurrent;
    }

    /** The analysis of this version with the current settings: cached, or computed on the worker. */
    CompletableFuture<Analysis> analysisOf(TextDocument document) {
        long generation = settings.generation();
        Cached cached = latest.compute(document.uri(), (uri, old) -> {
            if (old != null && old.document() == document && old.generation() == generation) return old;
            // Documents are checked side by side, but one document's versions one after another: a version that
            // waited behind its predecessor is skipped if it was overtaken meanwhile, and the running one is cancelled.
            CompletableFuture<?> before = old == null ? settingsReady
                    : settingsReady.thenCombine(old.analysis().handle((a, e) -> null), (x, y) -> null);
            return new Cached(document, generation, before.thenApplyAsync(ready -> analyze(document), worker));
        });
        return cached.analysis();
    }

    /** Whether this version's analysis with the current settings is done already (asking for it costs nothing). */
    boolean isReady(TextDocument document) {
        Cached cached = latest.get(document.uri());
        return cached != null && cached.document() == document && cached.generation() == settings.generation()
                && cached.analysis().isDone();
    }

    void forget(String uri) {
        latest.remove(uri);
    }

    PositionEncoding encoding() {
        return encoding;
    }

    private Analysis analyze(TextDocument document) {
        // While the author types, checks queue up behind each other; only the latest version is worth the time.
        if (!isCurrent.test(document)) return Analysis.stale(document, new Convert(document.source(), encoding));
        try {
            Settings.Effective effective = settings.forDocument(document.uri());
            CheckOptions options = effective.options();
            // A version the author has typed past is not worth finishing: the check stops between phases and rules.
            // The version's own line index: made once, for the check, the positions and the next edit of the text.
            CheckCancellation superseded = () -> !isCurrent.test(document);
            CheckResult result = checker.check(document.source(), options, superseded);
            if (workspaceReports != null) result = workspaceReports.withCrossYear(document, result, options, superseded);
            for (RuleFailure failure : result.failures()) {
                log.error("nianbao：规则 " + failure.code() + " 检查 " + document.uri() + "（版本 " + document.version()
                        + "）时出错，已跳过该规则", failure.error());
            }
            return new Analysis(document, result, workspaceReports == null ? new Convert(result.source(), encoding)
                    : new Convert(result.source(), encoding, workspaceReports::sourceOf), effective.maxDiagnostics());
        } catch (CheckCancelledException e) {
            return Analysis.stale(document, new Convert(document.source(), encoding));
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (Throwable e) {
            // Whatever a document does to the checker, the server stays up for the other documents and requests.
            log.error("nianbao：检查 " + document.uri() + "（版本 " + document.version() + "）时出错，本版本不报告问题", e);
            return new Analysis(document, null, new Convert(document.source(), encoding));
        }
    }
}
