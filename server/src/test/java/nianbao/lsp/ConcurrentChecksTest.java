package nianbao.lsp;

import static nianbao.lsp.LspSession.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;

import nianbao.core.CheckCancellation;
import nianbao.core.CheckResult;
import nianbao.core.Checker;
import nianbao.core.config.CheckOptions;

/**
 * Issue 8, point 8: documents are checked side by side (a document whose check takes long never holds up the one
 * being typed in), and the check of a version the author has typed past is cancelled, not finished. The slow
 * checks are made slow by latches, not by size, so nothing here depends on the machine's speed.
 */
class ConcurrentChecksTest {
    private static final String HUGE = "file:///reports/huge.txt";
    private static final String TYPED = "file:///reports/typed.txt";
    private static final String SLOW_MARKER = "【检查很慢的文档】";
    private static final String FIRST_VERSION_MARKER = "【第一版】";

    @Test
    void aDocumentWhoseCheckTakesLongDoesNotHoldUpAnother() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch slowStarted = new CountDownLatch(1);
        DocumentChecker slowOnMarker = (text, options) -> {
            if (text.contains(SLOW_MARKER)) {
                slowStarted.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return Checker.check(text, options);
        };
        String report = LspSession.resource("wrong-total-tabs.txt");
        try (LspSession lsp = new LspSession(slowOnMarker)) {
            lsp.initialize();
            lsp.open(HUGE, "nianbao", report + SLOW_MARKER + "\n");
            assertTrue(slowStarted.await(20, TimeUnit.SECONDS), "the slow check did not start");
            lsp.open(TYPED, "nianbao", report);
            assertTrue(DiagnosticView.codes(lsp.diagnostics(TYPED, 1).getDiagnostics()).contains("NB301"));
            assertEquals(1, release.getCount(), "the other document's check had to finish first");
            release.countDown();
            assertTrue(DiagnosticView.codes(lsp.diagnostics(HUGE, 1).getDiagnostics()).contains("NB301"));
        } finally {
            release.countDown();
        }
    }

    @Test
    void theCheckOfAVersionTheAuthorHasTypedPastIsCancelled() throws InterruptedException {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CompletableFuture<Boolean> firstCancelled = new CompletableFuture<>();
        DocumentChecker waitsForCancellation = new DocumentChecker() {
            @Override
            public CheckResult check(String text, CheckOptions options) {
                return Checker.check(text, options);
            }

            @Override
            public CheckResult check(String text, CheckOptions options, CheckCancellation cancel) {
                if (text.contains(FIRST_VERSION_MARKER)) {
                    firstStarted.countDown();
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                    while (!cancel.isCancelled() && System.nanoTime() < deadline) {
                        try {
                            Thread.sleep(5);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            break;
                        }
                    }
                    firstCancelled.complete(cancel.isCancelled());
                }
                return Checker.check(text, options, cancel);
            }
        };
        String report = LspSession.resource("wrong-total-tabs.txt");
        int markerLine = (int) report.chars().filter(c -> c == '\n').count();
        try (LspSession lsp = new LspSession(waitsForCancellation)) {
            lsp.initialize();
            lsp.open(TYPED, "nianbao", report + FIRST_VERSION_MARKER);
            assertTrue(firstStarted.await(20, TimeUnit.SECONDS), "the first version's check did not start");
            int version = lsp.change(TYPED, List.of(new TextEdit(
                    new Range(new Position(markerLine, 0), new Position(markerLine, FIRST_VERSION_MARKER.length())), "")));
            assertTrue(await(firstCancelled), "the first version's check was not told to stop");
            assertTrue(DiagnosticView.codes(lsp.diagnostics(TYPED, version).getDiagnostics()).contains("NB301"));
            assertTrue(lsp.client.diagnostics.all().stream().noneMatch(p -> p.getVersion() != null && p.getVersion() == 1),
                    "diagnostics of the cancelled version were published");
        }
    }
}
