package nianbao.core;

/**
 * The cancellation of the check running on the current thread, so that loops deep inside the parser, the binder and
 * the rules can poll it ({@link CheckCancellation#checkpoint()}) without every method taking it as a parameter.
 * A check without cancellation ({@link CheckCancellation#NEVER}) installs nothing: polling it reads one thread-local.
 */
final class CheckCancellationScope {
    private static final ThreadLocal<CheckCancellation> CURRENT = new ThreadLocal<>();

    private CheckCancellationScope() {
    }

    /** Installs {@code cancel} for this thread; returns what was installed before, to give back to {@link #exit}. */
    static CheckCancellation enter(CheckCancellation cancel) {
        CheckCancellation outer = CURRENT.get();
        CURRENT.set(cancel == CheckCancellation.NEVER ? null : cancel);
        return outer;
    }

    static void exit(CheckCancellation outer) {
        if (outer == null) CURRENT.remove(); else CURRENT.set(outer);
    }

    static void poll() {
        CheckCancellation cancel = CURRENT.get();
        if (cancel != null && cancel.isCancelled()) throw new CheckCancelledException();
    }
}
