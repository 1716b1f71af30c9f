package nianbao.cli;

/** Exit codes of {@code nianbao lint}. */
final class ExitCode {
    /** No errors (warnings and information may remain). */
    static final int OK = 0;
    /** At least one error. */
    static final int ERRORS = 1;
    /** Bad usage, or a file could not be read or written. */
    static final int USAGE = 2;

    private ExitCode() {
    }
}
