package nianbao.core.rules;

import nianbao.core.diag.Severity;
import nianbao.core.rules.prose.StatementFindings;

/**
 * NB403: numbers the prose states must match the tables: applications received (一 总计, or 一+二 when the
 * sentence says 含上年结转), 行政复议 and 行政诉讼 cases (section 四 totals), including "零复议零诉讼" and
 * "未发生行政复议". The statements are read by the shared prose scanner (package {@code prose}).
 */
final class ProseNumbers extends BaseRule {
    ProseNumbers() {
        super("NB403", Severity.WARNING, "正文中的数字与统计表不一致（收到申请件数、行政复议和行政诉讼件数）");
    }

    @Override
    public void check(RuleContext ctx) {
        StatementFindings.reportReceivedAndCases(ctx);
    }
}
