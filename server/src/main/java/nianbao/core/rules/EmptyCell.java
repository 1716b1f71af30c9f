package nianbao.core.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import nianbao.core.bind.BoundRow;
import nianbao.core.bind.BoundTable;
import nianbao.core.bind.BoundValue;
import nianbao.core.bind.CellValue;
import nianbao.core.bind.Formula;
import nianbao.core.diag.Severity;
import nianbao.core.fix.CellEdits;

/** NB202: no empty value cells; an empty or missing 总计 is filled from its row. */
final class EmptyCell extends BaseRule {
    EmptyCell() {
        super("NB202", Severity.ERROR, "数值单元格为空（含缺少总计单元格）");
    }

    @Override
    public void check(RuleContext ctx) {
        for (BoundTable t : ctx.report().allTables()) {
            BoundRow cut = t.cutRow();
            for (BoundRow r : t.rows) {
                if (r.valuesUnknown || r.duplicate || r == cut) continue;
                for (BoundValue v : r.values) {
                    if (isEmpty(v) && !LostCellFound.reports(v)) report(ctx, t, r, v);
                }
            }
        }
    }

    private static boolean isEmpty(BoundValue v) {
        return v.value().kind() == CellValue.Kind.EMPTY || v.value().kind() == CellValue.Kind.MISSING;
    }

    private static void report(RuleContext ctx, BoundTable t, BoundRow r, BoundValue v) {
        String what = v.isMissing()
                ? "“" + r.displayName() + "”行缺少“" + v.column().label + "”单元格"
                : v.describe() + "为空";
        Optional<Formula> formula = formulaOf(t, v);
        if (formula.isPresent()) {
            Formula f = formula.get();
            String want = CellEdits.format(CellEdits.sum(f.parts()).orElseThrow());
            ctx.report(ctx.range(v), what + "：按" + SumRule.addends(f) + " 应为 " + want, SumRule.related(ctx, f),
                    SumRule.fix(ctx, t, v, want));
        } else {
            ctx.report(ctx.range(v), what + "：应填写数字（没有则填 0）" + impliedByTotal(t, v));
        }
    }

    /**
     * For an empty part of a sum whose total and other parts are numbers, the value that would make the total hold.
     * Said, not fixed: the author may instead have meant 0 and a wrong total.
     */
    private static String impliedByTotal(BoundTable t, BoundValue v) {
        for (Formula f : t.formulas) {
            if (!f.parts().contains(v) || !f.target().value().isNumber()) continue;
            List<BoundValue> others = f.parts().stream().filter(p -> p != v).toList();
            Optional<BigDecimal> rest = CellEdits.sum(others);
            if (rest.isEmpty()) continue;
            BigDecimal implied = f.target().value().number().subtract(rest.get());
            if (implied.signum() < 0) continue;
            return "；按" + f.target().describe() + " " + CellEdits.format(f.target().value().number()) + " 推算应为 "
                    + CellEdits.format(implied);
        }
        return "";
    }

    private static Optional<Formula> formulaOf(BoundTable t, BoundValue v) {
        return t.formulas.stream()
                .filter(f -> f.target() == v && CellEdits.sum(f.parts()).isPresent())
                .findFirst();
    }

}
