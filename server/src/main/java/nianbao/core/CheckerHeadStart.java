package nianbao.core;

import nianbao.core.config.CheckOptions;

/**
 * Loads and initialises the checker (the official format, the heading and label tables, the rules) on a second
 * thread while the caller goes on with its own set-up (lint reading its options and files, the language server
 * answering {@code initialize}): that set-up is the larger part of a short run's time, and runs in the interpreter
 * either way. Class initialisation is shared, so the first real check waits for whatever is not ready yet rather than
 * doing it twice.
 */
public final class CheckerHeadStart {
    private CheckerHeadStart() {
    }

    /** Starts the head start, unless {@code -Dnianbao.noWarmUp=true} asks for the same run without it (A/B measurements). */
    public static void start() {
        if (Boolean.getBoolean("nianbao.noWarmUp")) return;
        Thread warm = new Thread(() -> {
            try {
                Checker.check("", CheckOptions.DEFAULT);
            } catch (RuntimeException | Error e) {
                // Only a head start: the real check does the same work and reports what fails.
            }
        }, "nianbao-warm-up");
        warm.setDaemon(true);
        warm.start();
    }
}
