package nianbao.core;

/**
 * Asks a running check to stop: the checker polls it between phases (parse, bind) and between rules, and the long
 * loops inside them (the parser's line loop, each table, each rule's tables and prose lines) poll the check running
 * on their thread through {@link #checkpoint()}. A cancelled check stops by throwing {@link CheckCancelledException}.
 * Cooperative and cheap to poll; the language server cancels the check of a document version the author has
 * already typed past.
 */
@FunctionalInterface
public interface CheckCancellation {
    /** A check that is never cancelled. */
    CheckCancellation NEVER = () -> false;

    boolean isCancelled();

    /** Throws {@link CheckCancelledException} when the check has been cancelled. */
    default void throwIfCancelled() {
        if (isCancelled()) throw new CheckCancelledException();
    }

    /**
     * Polls the check running on this thread, if {@link Checker#check} runs one with a cancellation (a thread-local
     * read and nothing more otherwise). Long loops of the core call it once per unit of work (a line, a table, a
     * rule), so that a superseded check stops within one such unit instead of after the whole phase.
     */
    static void checkpoint() {
        CheckCancellationScope.poll();
    }
}
