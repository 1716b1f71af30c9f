package nianbao.lsp;

import nianbao.core.CheckCancellation;
import nianbao.core.CheckResult;
import nianbao.core.Checker;
import nianbao.core.config.CheckOptions;
import nianbao.core.text.SourceText;

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

        @Override
        public CheckResult check(SourceText source, CheckOptions options, CheckCancellation cancel) {
            return Checker.check(source, options, cancel);
        }
    };

    CheckResult check(String text, CheckOptions options);

    /** A check that stops (CheckCancelledException) once {@code cancel} says so; checkers for tests may ignore it. */
    default CheckResult check(String text, CheckOptions options, CheckCancellation cancel) {
        return check(text, options);
    }

    /** The check of a version whose line index exists already: the core's reuses it, checkers for tests need not. */
    default CheckResult check(SourceText source, CheckOptions options, CheckCancellation cancel) {
        return check(source.text(), options, cancel);
    }
}
