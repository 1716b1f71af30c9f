package nianbao.core.rules.prose;

import java.util.Set;

import nianbao.core.diag.Severity;
import nianbao.core.rules.RuleContext;
import nianbao.core.rules.prose.ProseClaim.Kind;

/** NB405: what the prose says of the handling of applications (上年结转, 办结/答复, 结转下年度, 全部办结) against 三. */
public final class HandlingStatements extends ProseRule {
    public HandlingStatements() {
        super("NB405", Severity.WARNING, "正文中的申请办理情况（上年结转、办结、结转下年度、全部办结）与统计表不一致");
    }

    @Override
    public void check(RuleContext ctx) {
        StatementFindings.report(ctx, Set.of(Kind.CARRIED, Kind.DONE, Kind.NEXT, Kind.ALL_DONE));
    }
}
