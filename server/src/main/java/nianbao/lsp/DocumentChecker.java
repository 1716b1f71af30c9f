package nianbao.lsp;

import nianbao.core.CheckResult;
import nianbao.core.Checker;
import nianbao.core.config.CheckOptions;

/**
 * How the server checks a text. Always {@link Checker#check} in production; the seam exists so that tests can run
 * the server with a checker that fails, and see that the server survives and logs it.
 */
@FunctionalInterface
interface DocumentChecker {
    DocumentChecker CORE = Checker::check;

    CheckResult check(String text, CheckOptions options);
}
