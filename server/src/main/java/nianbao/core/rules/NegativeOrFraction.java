package nianbao.core.rules;

import nianbao.core.bind.BoundValue;
import nianbao.core.diag.Severity;
import nianbao.core.fix.CellEdits;

/** NB204: counts are non-negative integers; only 万元 amounts (and 2019's 本年增/减) may be otherwise. */
final class NegativeOrFraction extends BaseRule {
    NegativeOrFraction() {
        super("NB204", Severity.ERROR, "数值为负数，或件数等计数单元格中有小数");
    }

    @Override
    public void check(RuleContext ctx) {
        for (BoundValue v : ctx.report().knownValues()) {
            if (!v.value().isNumber()) continue;
            String type = v.column().type();
            var n = v.value().number();
            // A whole number's scale is 0 or less: only one written with decimals is stripped to see whether it is whole.
            if (n.signum() < 0 && !"signedCount".equals(type)) {
                ctx.report(ctx.range(v), v.describe() + "为负数（" + CellEdits.format(n) + "）：统计数不能小于 0");
            } else if (!"amount".equals(type) && n.scale() > 0 && n.stripTrailingZeros().scale() > 0) {
                ctx.report(ctx.range(v), v.describe() + "应为整数，实为 " + CellEdits.format(n));
            }
        }
    }
}
