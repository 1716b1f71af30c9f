package nianbao.core;

/**
 * Asks a running check to stop: the checker polls it between phases (parse, bind) and between rules, and stops by
 * throwing {@link CheckCancelledException}. Cooperative and cheap to poll; the language server cancels the check of
 * a document version the author has already typed past.
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
}
