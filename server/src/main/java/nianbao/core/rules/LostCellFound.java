package nianbao.core.rules;

import java.util.List;
import java.util.Optional;

import nianbao.core.bind.BoundRow;
import nianbao.core.bind.BoundTable;
import nianbao.core.bind.BoundValue;
import nianbao.core.bind.LostCell;
import nianbao.core.diag.Fix;
import nianbao.core.diag.FixKind;
import nianbao.core.diag.Range;
import nianbao.core.diag.Severity;
import nianbao.core.diag.TextEdit;
import nianbao.core.fix.CellEdits;

/**
 * NB210: a row lost one value cell, and the table's arithmetic says which one and what it held (exactly one place
 * makes every sum hold). The fix inserts the cell in the row's own layout. A lost 总计 at the row's end stays
 * NB202 (a missing 总计), as for rows whose 总计 was never written.
 */
final class LostCellFound extends BaseRule {
    LostCellFound() {
        super("NB210", Severity.ERROR, "行中丢失了一个数值单元格，按本表的合计关系可确定是哪一列及其数值");
    }

    /** Whether this rule (rather than NB202) reports the missing value. */
    static boolean reports(BoundValue v) {
        LostCell lost = v.row().lostCell;
        return lost != null && !lost.totalAtEnd() && lost.column() == v.columnIndex();
    }

    @Override
    public void check(RuleContext ctx) {
        for (BoundTable t : ctx.report().allTables()) {
            for (BoundRow r : t.rows) {
                if (r.lostCell == null || r.lostCell.totalAtEnd() || r.duplicate || r == t.cutRow()) continue;
                BoundValue v = r.value(r.lostCell.column());
                String value = CellEdits.format(r.lostCell.value());
                String after = r.lostCell.column() + 1 < r.values.size()
                        ? "，其后的数值都错位了一列" : "";
                String message = "“" + r.displayName() + "”行少了一个单元格：按本表的合计关系（本行总计、各列合计与勾稽关系），丢失的是“"
                        + v.column().fullLabel() + "”，应为 " + value + after;
                Optional<TextEdit> edit = r.lostCell.insertBefore() >= 0
                        ? Optional.of(CellEdits.insertBefore(ctx.source(), r.layout, r.lostCell.insertBefore(), value))
                        : CellEdits.setValue(ctx.source(), v, value);
                List<Fix> fixes = edit.map(e -> List.of(new Fix("补上“" + v.column().label + "”单元格 " + value,
                        FixKind.LOST_CELL, List.of(e)))).orElse(List.of());
                Range at = r.lostCell.insertBefore() >= 0
                        ? ctx.range(r.lostCell.insertBefore(), r.lostCell.insertBefore()) : ctx.range(v);
                ctx.report(at, message, List.of(), fixes);
            }
        }
    }
}
