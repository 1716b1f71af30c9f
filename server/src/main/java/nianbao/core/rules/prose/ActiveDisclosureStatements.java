package nianbao.core.rules.prose;

import java.util.Set;

import nianbao.core.diag.Severity;
import nianbao.core.rules.RuleContext;
import nianbao.core.rules.prose.ProseClaim.Kind;

/**
 * NB408: the section 二 figures the prose states (规章 and 行政规范性文件 制发/废止/现行有效, 行政许可/处罚/强制
 * decisions, 行政事业性收费 amount) against the table of 二. That table has no arithmetic, so no fix is offered.
 */
public final class ActiveDisclosureStatements extends ProseRule {
    public ActiveDisclosureStatements() {
        super("NB408", Severity.WARNING, "正文中的主动公开数字（规章、规范性文件、行政许可/处罚/强制、收费金额）与第二部分表格不一致");
    }

    @Override
    public void check(RuleContext ctx) {
        StatementFindings.report(ctx, Set.of(Kind.REGULATION_MADE, Kind.REGULATION_ABOLISHED, Kind.REGULATION_IN_FORCE,
                Kind.NORMATIVE_MADE, Kind.NORMATIVE_ABOLISHED, Kind.NORMATIVE_IN_FORCE,
                Kind.LICENSE, Kind.PENALTY, Kind.COERCION, Kind.FEE_AMOUNT));
    }
}
