package nianbao.core.rules.prose;

import nianbao.core.diag.Severity;
import nianbao.core.rules.BaseRule;

/** A rule that reads the prose: its code, default severity and one-line summary. */
abstract class ProseRule extends BaseRule {
    ProseRule(String code, Severity severity, String summary) {
        super(code, severity, summary);
    }
}
