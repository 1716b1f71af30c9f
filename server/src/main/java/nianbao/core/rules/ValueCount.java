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
                if (!r.valuesUnknown || r.duplicate || r == t.cutRow()) continue;
                int expected = r.values.size();
                String columns = r.columns().stream().map(c -> c.label).collect(Collectors.joining("、"));
                String name = r.displayName().isEmpty() ? t.spec.name + "的数据" : r.displayName();
                String message = "“" + name + "”行应有 " + expected + " 个数值（" + columns + "），实有 "
                        + r.foundValueCount + " 个";
                if (r.foundValueCount == expected - 1 && !r.lostCellCandidates.isEmpty()
                        && r.lostCellCandidates.size() < expected) {
                    message += "：丢失了一个单元格，可能是" + r.lostCellCandidates.stream()
                            .map(j -> "“" + r.columns().get(j).fullLabel() + "”").collect(Collectors.joining("、"))
                            + "中的一列，按本表的合计关系无法确定，本行不参与合计校验";
                } else if (r.foundValueCount < expected) {
                    message += r.foundValueCount == 0 ? "" : "：有单元格丢失，无法确定是哪几列，本行不参与合计校验";
                } else {
                    message += "：多出的单元格应删除";
                }
                ctx.report(r.labelCell != null ? ctx.range(r.labelCell) : ctx.rowRange(r.row), message);
            }
        }
    }
}
