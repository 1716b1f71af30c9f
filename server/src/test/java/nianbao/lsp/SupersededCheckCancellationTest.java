package nianbao.lsp;

import static nianbao.lsp.LspSession.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;

import nianbao.core.CheckCancellation;
import nianbao.core.CheckCancelledException;
import nianbao.core.CheckResult;
import nianbao.core.Checker;
import nianbao.core.config.CheckOptions;

/**
 * Issue 8, point 8: the check of a 20 MB version that the author has typed past stops within one unit of work, inside
 * the parse, instead of finishing the phase it is in. Measured by counting polls of the cancellation, not by time:
 * the parser polls once per line, so a check that polled fewer times than the text has lines stopped in its parse.
 */
class SupersededCheckCancellationTest {
    private static final String URI = "file:///reports/huge-typed.txt";
    /** The poll at which the test supersedes the version: early in the parse of a text of ~200,000 lines. */
    private static final int SUPERSEDE_AT_POLL = 1_000;

    @Test
    void aSupersededTwentyMegabyteCheckStopsAtTheNextLineOfItsParse() throws InterruptedException {
        String huge = DiagnosticLatencyBenchmark.grow(20 * 1024 * 1024);
        int lines = (int) huge.chars().filter(c -> c == '\n').count() + 1;
        String small = LspSession.resource("wrong-total-tabs.txt");
        AtomicInteger polls = new AtomicInteger();
        AtomicInteger pollsWhenSuperseded = new AtomicInteger(-1);
        CountDownLatch reachedSupersedePoint = new CountDownLatch(1);
        CompletableFuture<Boolean> hugeCheckCancelled = new CompletableFuture<>();
        DocumentChecker countingPolls = new DocumentChecker() {
            @Override
            public CheckResult check(String text, CheckOptions options) {
                return Checker.check(text, options);
            }

            @Override
            public CheckResult check(String text, CheckOptions options, CheckCancellation cancel) {
                if (text.length() != huge.length()) return Checker.check(text, options, cancel);
                CheckCancellation counted = () -> {
                    int n = polls.incrementAndGet();
                    if (n == SUPERSEDE_AT_POLL) {
                        // Let the test send the new version, and wait until the server knows it: from here on every
                        // poll would say "cancelled". This poll still answers "go on", so the next one must stop it.
                        reachedSupersedePoint.countDown();
                        waitUntil(cancel);
                        pollsWhenSuperseded.set(n);
                        return false;
                    }
                    return cancel.isCancelled();
                };
                try {
                    CheckResult result = Checker.check(text, options, counted);
                    hugeCheckCancelled.complete(false);
                    return result;
                } catch (CheckCancelledException e) {
                    hugeCheckCancelled.complete(true);
                    throw e;
                }
            }
        };
        try (LspSession lsp = new LspSession(countingPolls)) {
            lsp.initialize();
            lsp.open(URI, "nianbao", huge);
            assertTrue(reachedSupersedePoint.await(60, TimeUnit.SECONDS),
                    "the check polled its cancellation fewer than " + SUPERSEDE_AT_POLL + " times (" + polls.get() + ")");
            int lastLine = lines - 1;
            int lastColumn = huge.length() - (huge.lastIndexOf('\n') + 1);
            int version = lsp.change(URI, List.of(new TextEdit(
                    new Range(new Position(0, 0), new Position(lastLine, lastColumn)), small)));
            assertTrue(await(hugeCheckCancelled), "the superseded check ran to its end");
            assertEquals(SUPERSEDE_AT_POLL, pollsWhenSuperseded.get());
            assertEquals(SUPERSEDE_AT_POLL + 1, polls.get(), "the check went on polling after it was superseded");
            assertTrue(polls.get() < lines, "stopped after the parse (" + polls.get() + " polls, " + lines + " lines)");
            assertTrue(DiagnosticView.codes(lsp.diagnostics(URI, version).getDiagnostics()).contains("NB301"));
            assertTrue(lsp.client.diagnostics.all().stream().noneMatch(p -> p.getVersion() != null && p.getVersion() == 1),
                    "diagnostics of the cancelled version were published");
        }
    }

    private static void waitUntil(CheckCancellation cancel) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!cancel.isCancelled() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
