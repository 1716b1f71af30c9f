package nianbao.core.rules;

import java.util.stream.Collectors;

import nianbao.core.bind.BoundRow;
import nianbao.core.bind.BoundTable;
import nianbao.core.diag.Severity;

/** NB201: a row has as many values as the official table has columns. */
final class ValueCount extends BaseRule {
    ValueCount() {
        super("NB201", Severity.ERROR, "行中数值个数与表格列数不符（单元格丢失或多出）");
    }

    @Override
    public void check(RuleContext ctx) {
        for (BoundTable t : ctx.report().allTables()) {
            for (BoundRow r : t.rows) {
                if (!r.valuesUnknown || r.duplicate) continue;
                int expected = r.values.size();
                String columns = r.columns().stream().map(c -> c.label).collect(Collectors.joining("、"));
                String message = "“" + r.displayName() + "”行应有 " + expected + " 个数值（" + columns + "），实有 "
                        + r.foundValueCount + " 个";
                if (r.foundValueCount < expected) {
                    message += r.foundValueCount == 0 ? "" : "：有单元格丢失，无法确定是哪几列，本行不参与合计校验";
                } else {
                    message += "：多出的单元格应删除";
                }
                ctx.report(r.labelCell != null ? ctx.range(r.labelCell) : ctx.rowRange(r.row), message);
            }
        }
    }
}
