package nianbao.core.rules;

import nianbao.core.diag.Severity;

/** One check with a stable code. Implementations are small, stateless and report through the context. */
public interface Rule {
    /** Stable code, e.g. {@code NB301}. */
    String code();

    Severity defaultSeverity();

    /** One line, Chinese, for the rule table, SARIF and hover. */
    String summary();

    void check(RuleContext context);
}
