package nianbao.cli;

import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * "已检查 120/1000 个文件" on stderr while a long run goes on, redrawn in place. Only when stderr is a terminal
 * (a log file or a CI console gets nothing), and only after about a second, so that short runs stay silent. The
 * line is cleared before any other output is printed, and at the end.
 */
final class LintProgress {
    static final long DELAY_NANOS = 1_000_000_000L;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream err;
    private final int total;
    private final boolean enabled;
    private final LongSupplier clock;
    private final long start;
    private int done;
    private long lastDrawn = Long.MIN_VALUE;
    private boolean shown;

    LintProgress(PrintStream err, int total, boolean enabled, LongSupplier clock) {
        this.err = err;
        this.total = total;
        this.enabled = enabled && total > 1;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    static LintProgress onStderr(PrintStream err, int total) {
        return new LintProgress(err, total, StderrTerminal.isTerminal(), System::nanoTime);
    }

    void fileDone() {
        done++;
        if (!enabled) return;
        long now = clock.getAsLong();
        if (now - start < DELAY_NANOS || (shown && now - lastDrawn < REDRAW_NANOS && done < total)) return;
        err.print("\r已检查 " + done + "/" + total + " 个文件");
        err.flush();
        shown = true;
        lastDrawn = now;
    }

    /** Clears the progress line, so that findings printed to the same terminal start at column 1. */
    void beforeOutput() {
        if (!shown) return;
        err.print("\r\033[K");
        err.flush();
        shown = false;
        lastDrawn = Long.MIN_VALUE;
    }

    void finish() {
        beforeOutput();
    }
}
