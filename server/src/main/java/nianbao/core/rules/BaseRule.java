package nianbao.core.rules;

import nianbao.core.diag.Severity;

/** Holds a rule's code, default severity and one-line summary (the prose rules in {@code rules.prose} too). */
public abstract class BaseRule implements Rule {
    private final String code;
    private final Severity severity;
    private final String summary;

    protected BaseRule(String code, Severity severity, String summary) {
        this.code = code;
        this.severity = severity;
        this.summary = summary;
    }

    @Override
    public final String code() {
        return code;
    }

    @Override
    public final Severity defaultSeverity() {
        return severity;
    }

    @Override
    public final String summary() {
        return summary;
    }
}
