package nianbao.core.rules.prose;

import nianbao.core.diag.Severity;
import nianbao.core.rules.Rule;

/** A rule that reads the prose: its code, default severity and one-line summary. */
abstract class ProseRule implements Rule {
    private final String code;
    private final Severity severity;
    private final String summary;

    ProseRule(String code, Severity severity, String summary) {
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
