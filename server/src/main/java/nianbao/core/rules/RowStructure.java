package nianbao.core.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nianbao.core.bind.BoundRow;
import nianbao.core.bind.BoundTable;
import nianbao.core.diag.Range;
import nianbao.core.diag.Severity;
import nianbao.core.format.FormatSpec.RowSpec;
import nianbao.core.syntax.Row;

/** NB206: the table's rows are the official rows, each once, in the official order. */
final class RowStructure extends BaseRule {
    RowStructure() {
        super("NB206", Severity.ERROR, "缺少官方行、有无法识别的行、行重复或顺序错误");
    }

    @Override
    public void check(RuleContext ctx) {
        // A table pasted many times repeats each of its ~30 rows' messages thousands of times: each made once.
        Map<String, String> repeated = new HashMap<>();
        Map<String, String> misplaced = new HashMap<>();
        for (BoundTable t : ctx.report().allTables()) {
            if (mostlyUnreadable(ctx, t)) continue;
            // A table with no official row at all is one finding (NB105), not one per row.
            for (Row unknown : t.rows.isEmpty() ? List.<Row>of() : t.unknownRows) {
                ctx.report(Severity.WARNING, ctx.rowRange(unknown), "无法识别的行" + Names.quote(text(unknown))
                        + "：不是“" + t.spec.name + "”中的官方行", List.of());
            }
            for (BoundRow r : t.rows) {
                // The range only for a row reported: most rows are neither repeated nor out of order.
                if (r.duplicate) {
                    ctx.report(labelRange(ctx, r), repeated.computeIfAbsent(r.displayName(), RowStructure::repeatedMessage));
                } else if (r.outOfOrder) {
                    ctx.report(Severity.WARNING, labelRange(ctx, r),
                            misplaced.computeIfAbsent(r.displayName(), RowStructure::misplacedMessage), List.of());
                }
            }
            reportMissing(ctx, t);
        }
    }

    private static String repeatedMessage(String rowName) {
        return "“" + rowName + "”行重复出现";
    }

    private static String misplacedMessage(String rowName) {
        return "“" + rowName + "”行的位置与官方格式的顺序不符";
    }

    private static Range labelRange(RuleContext ctx, BoundRow r) {
        return r.labelIndex >= 0 ? ctx.range(r.labelCell()) : ctx.rowRange(r.row);
    }

    /**
     * Several rows that match no official row while as many official rows are missing: the table's rows could not
     * be read (garbled labels, a layout not understood). One finding for the table rather than one per row.
     */
    private static boolean mostlyUnreadable(RuleContext ctx, BoundTable t) {
        if (t.rows.isEmpty() || t.unknownRows.size() < 3) return false;
        List<RowSpec> official = t.officialRows();
        int truncated = t.truncatedFrom();
        int end = truncated < 0 ? official.size() : truncated;
        List<RowSpec> missing = official.subList(0, end).stream().filter(r -> t.rowById(r.id) == null).toList();
        if (missing.size() < 3) return false;
        String names = missing.stream().limit(3).map(r -> "“" + r.displayName() + "”").collect(Collectors.joining("、"))
                + (missing.size() > 3 ? " 等" : "");
        ctx.report(ctx.lineRange(t.firstLine()), "表格“" + t.spec.name + "”有 " + t.unknownRows.size()
                + " 行无法识别，缺少 " + missing.size() + " 个官方行（" + names + "）：行标签可能错乱或被拆开，请对照官方格式检查");
        return true;
    }

    private static void reportMissing(RuleContext ctx, BoundTable t) {
        if (t.rows.isEmpty()) return;
        List<RowSpec> official = t.officialRows();
        int truncated = t.truncatedFrom();
        int end = truncated < 0 ? official.size() : truncated;
        for (int i = 0; i < end; i++) {
            RowSpec missing = official.get(i);
            if (t.rowById(missing.id) != null) continue;
            ctx.report(where(ctx, t, official, i), "缺少“" + missing.displayName() + "”行");
        }
    }

    /** At the next official row that is present, so the author sees where the row belongs. */
    private static Range where(RuleContext ctx, BoundTable t, List<RowSpec> official, int index) {
        for (int j = index + 1; j < official.size(); j++) {
            BoundRow next = t.rowById(official.get(j).id);
            if (next != null) return labelRange(ctx, next);
        }
        return ctx.lineRange(t.firstLine());
    }

    private static String text(Row row) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < row.cellCount(); i++) {
            String cell = row.cellText(i);
            if (cell.isEmpty()) continue;
            if (b.length() > 0) b.append(' ');
            b.append(cell);
        }
        return b.toString();
    }
}
