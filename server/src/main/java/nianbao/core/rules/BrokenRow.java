package nianbao.core.rules;

import nianbao.core.bind.BoundRow;
import nianbao.core.bind.BoundTable;
import nianbao.core.diag.Severity;
import nianbao.core.syntax.Row;

/** NB205: a row label split over lines, or a row whose merged group cells were lost (copy-paste from PDF). */
final class BrokenRow extends BaseRule {
    BrokenRow() {
        super("NB205", Severity.WARNING, "行标签被拆成多行，或行前的分组单元格丢失（复制粘贴造成的表格错位）");
    }

    @Override
    public void check(RuleContext ctx) {
        for (BoundTable t : ctx.report().allTables()) {
            for (BoundRow r : t.rows) {
                for (Row piece : r.labelFragments) {
                    ctx.report(ctx.rowRange(piece), "行标签被拆成了多行：第 " + (piece.firstLine() + 1) + " 行的文字属于第 "
                            + (r.firstLine() + 1) + " 行的“" + r.displayName() + "”，应合并为一行");
                }
                if (r.groupCellsLost) {
                    ctx.report(r.labelCell() != null ? ctx.range(r.labelCell()) : ctx.rowRange(r.row),
                            "“" + r.displayName() + "”行前面的分组单元格丢失（标签在第 " + (r.labelIndex + 1)
                                    + " 个单元格，同级的行在更靠后的单元格）：本行内容可能错位");
                }
            }
        }
    }
}
