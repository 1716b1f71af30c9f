package nianbao.lsp;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Push diagnostics: after each change, wait for the author to pause (the debounce), check on the worker, and
 * publish, unless a newer version or newer settings made the result stale by then. Each scheduling takes a ticket;
 * only the holder of a document's latest ticket may publish for it, so an old check that finishes late never
 * overwrites newer diagnostics.
 */
final class DiagnosticPublisher {
    private final DocumentStore documents;
    private final Analyzer analyzer;
    private final Settings settings;
    private final ScheduledExecutorService timer;
    private final LanguageClient client;
    private final ClientLog log;
    private final AtomicLong tickets = new AtomicLong();
    private final Map<String, Long> latestTicket = new ConcurrentHashMap<>();
    private final Map<String, ScheduledFuture<?>> waiting = new ConcurrentHashMap<>();
    /** Documents whose last publication was not empty: they need an empty one when they stop being reports. */
    private final Set<String> withDiagnostics = ConcurrentHashMap.newKeySet();

    DiagnosticPublisher(DocumentStore documents, Analyzer analyzer, Settings settings, ScheduledExecutorService timer,
                        LanguageClient client, ClientLog log) {
        this.documents = documents;
        this.analyzer = analyzer;
        this.settings = settings;
        this.timer = timer;
        this.client = client;
        this.log = log;
    }

    /** A document was opened or changed: check it once the author pauses. */
    void changed(TextDocument document) {
        schedule(document, settings.forDocument(document.uri()).debounceMillis());
    }

    /** Settings changed: check every open document again, now. */
    void recheck(Iterable<TextDocument> open) {
        for (TextDocument d : open) schedule(d, 0);
    }

    void closed(String uri) {
        latestTicket.remove(uri);
        cancelWaiting(uri);
        // Closed documents keep no diagnostics in the Problems view.
        client.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
        withDiagnostics.remove(uri);
    }

    private void schedule(TextDocument document, int delayMillis) {
        long ticket = tickets.incrementAndGet();
        latestTicket.put(document.uri(), ticket);
        cancelWaiting(document.uri());
        Runnable job = () -> check(document, ticket);
        if (delayMillis <= 0) {
            job.run();
        } else {
            waiting.put(document.uri(), timer.schedule(job, delayMillis, TimeUnit.MILLISECONDS));
        }
    }

    private void cancelWaiting(String uri) {
        ScheduledFuture<?> previous = waiting.remove(uri);
        if (previous != null) previous.cancel(false);
    }

    private void check(TextDocument document, long ticket) {
        if (!isLatest(document, ticket)) return;
        if (!document.isReport()) {
            if (withDiagnostics.contains(document.uri())) publish(document, List.of(), ticket);
            return;
        }
        analyzer.analysisOf(document)
                .thenAccept(analysis -> publish(document, analysis.diagnostics(), ticket))
                .exceptionally(e -> {
                    log.error("nianbao：发布 " + document.uri() + " 的诊断时出错", e);
                    return null;
                });
    }

    private synchronized void publish(TextDocument document, List<Diagnostic> diagnostics, long ticket) {
        if (!isLatest(document, ticket)) return;
        client.publishDiagnostics(new PublishDiagnosticsParams(document.uri(), diagnostics, document.version()));
        if (diagnostics.isEmpty()) withDiagnostics.remove(document.uri()); else withDiagnostics.add(document.uri());
    }

    private boolean isLatest(TextDocument document, long ticket) {
        Long latest = latestTicket.get(document.uri());
        return latest != null && latest == ticket && documents.isCurrent(document);
    }
}
