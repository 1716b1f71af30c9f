package nianbao.lsp;

import nianbao.core.CheckCancellation;
import nianbao.core.CheckResult;
import nianbao.core.Checker;
import nianbao.core.config.CheckOptions;

/**
 * How the server checks a text. Always {@link Checker#check} in production; the seam exists so that tests can run
 * the server with a checker that fails, and see that the server survives and logs it.
 */
@FunctionalInterface
interface DocumentChecker {
    DocumentChecker CORE = new DocumentChecker() {
        @Override
        public CheckResult check(String text, CheckOptions options) {
            return Checker.check(text, options);
        }

        @Override
        public CheckResult check(String text, CheckOptions options, CheckCancellation cancel) {
            return Checker.check(text, options, cancel);
        }
    };

    CheckResult check(String text, CheckOptions options);

    /** A check that stops (CheckCancelledException) once {@code cancel} says so; checkers for tests may ignore it. */
    default CheckResult check(String text, CheckOptions options, CheckCancellation cancel) {
        return check(text, options);
    }
}
