package nianbao.core.rules.prose;

import java.util.Set;

import nianbao.core.diag.Severity;
import nianbao.core.rules.RuleContext;
import nianbao.core.rules.prose.ProseClaim.Kind;

/**
 * NB409: 信息处理费 statements against 三（六）2 (逾期未按收费通知要求缴纳费用): fewer fee notices than applications
 * dropped for not paying, or "未收取" alone while some were dropped for that reason.
 */
public final class FeeNoticeStatements extends ProseRule {
    public FeeNoticeStatements() {
        super("NB409", Severity.WARNING, "信息处理费的说明与统计表“（六）2.申请人逾期未按收费通知要求缴纳费用”不一致");
    }

    @Override
    public void check(RuleContext ctx) {
        StatementFindings.report(ctx, Set.of(Kind.FEE_NOTICES, Kind.NOT_COLLECTED));
    }
}
