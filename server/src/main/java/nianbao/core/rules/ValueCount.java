package nianbao.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import nianbao.core.bind.BoundRow;
import nianbao.core.bind.BoundTable;
import nianbao.core.diag.Severity;

/** NB201: a row has as many values as the official table has columns. */
final class ValueCount extends BaseRule {
    ValueCount() {
        super("NB201", Severity.ERROR, "行中数值个数与表格列数不符（单元格丢失或多出）");
    }

    /** From this many rows whose values cannot be read, the table's columns are broken: one finding for it. */
    static final int ROWS_FOR_ONE_FINDING = 3;

    @Override
    public void check(RuleContext ctx) {
        for (BoundTable t : ctx.report().allTables()) {
            List<BoundRow> unreadable = unreadableRows(t);
            if (unreadable.size() >= ROWS_FOR_ONE_FINDING) {
                reportTable(ctx, t, unreadable);
                continue;
            }
            for (BoundRow r : unreadable) {
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
                } else if (r.foundValueCount == expected - 1 && expected > 1) {
                    message += "：丢失了一个单元格，按本表的合计关系无法确定是哪一列，本行不参与合计校验";
                } else if (r.foundValueCount < expected) {
                    message += r.foundValueCount == 0 ? "" : "：有单元格丢失，无法确定是哪几列，本行不参与合计校验";
                } else {
                    message += "：多出的单元格应删除";
                }
                ctx.report(r.labelCell() != null ? ctx.range(r.labelCell()) : ctx.rowRange(r.row), message);
            }
        }
    }

    private static List<BoundRow> unreadableRows(BoundTable t) {
        List<BoundRow> out = new ArrayList<>(0);
        BoundRow cut = t.cutRow();
        for (BoundRow r : t.rows) {
            if (r.valuesUnknown && !r.duplicate && r != cut) out.add(r);
        }
        return out;
    }

    /** Many rows of one table with the wrong number of values: the table's columns are broken, said once. */
    private static void reportTable(RuleContext ctx, BoundTable t, List<BoundRow> rows) {
        String counts = rows.stream().limit(3).map(r -> "“" + r.displayName() + "”" + r.foundValueCount + " 个")
                .collect(Collectors.joining("、")) + (rows.size() > 3 ? " 等" : "");
        BoundRow first = rows.get(0);
        ctx.report(first.labelCell() != null ? ctx.range(first.labelCell()) : ctx.rowRange(first.row),
                "表格“" + t.spec.name + "”有 " + rows.size() + " 行的数值个数与列数（" + first.values.size() + " 列）不符："
                        + counts + "；单元格丢失或错位，无法确定各数值属于哪一列，这些行不参与合计校验");
    }
}
