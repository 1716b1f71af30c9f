package nianbao.core.rules.prose;

import java.util.Set;

import nianbao.core.diag.Severity;
import nianbao.core.rules.RuleContext;
import nianbao.core.rules.prose.ProseClaim.Kind;

/** NB406: the outcomes the prose states (予以公开 … 其他处理, and their percentages) against the rows of 三. */
public final class OutcomeStatements extends ProseRule {
    public OutcomeStatements() {
        super("NB406", Severity.WARNING, "正文中的办理结果件数或百分比（予以公开、部分公开、不予公开等）与统计表不一致");
    }

    @Override
    public void check(RuleContext ctx) {
        StatementFindings.report(ctx, Set.of(Kind.R1, Kind.R2, Kind.R12, Kind.R3, Kind.R4, Kind.R5, Kind.R6, Kind.PERCENT));
    }
}
