package nianbao.core.rules.prose;

import java.util.Set;

import nianbao.core.diag.Severity;
import nianbao.core.rules.RuleContext;
import nianbao.core.rules.prose.ProseClaim.Kind;

/** NB407: "均获维持" while 四 shows 结果纠正 or 尚未审结; "无被纠正" while 四 shows 结果纠正. */
public final class VerdictStatements extends ProseRule {
    public VerdictStatements() {
        super("NB407", Severity.WARNING, "正文说行政复议、行政诉讼均获维持或无被纠正，但第四部分表中有结果纠正或尚未审结");
    }

    @Override
    public void check(RuleContext ctx) {
        StatementFindings.report(ctx, Set.of(Kind.UPHELD_ALL, Kind.NOT_CORRECTED));
    }
}
