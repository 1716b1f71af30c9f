package nianbao.core.rules;

import java.util.ArrayList;
import java.util.List;

import nianbao.core.bind.BoundTable;
import nianbao.core.bind.BoundValue;
import nianbao.core.bind.Formula;
import nianbao.core.diag.Fix;
import nianbao.core.diag.FixKind;
import nianbao.core.diag.RelatedLocation;
import nianbao.core.diag.Severity;
import nianbao.core.diag.TextEdit;
import nianbao.core.fix.CellEdits;
import nianbao.core.fix.FixAll;

/**
 * A derived cell that is not the sum of its parts: NB301, NB302 and NB304 differ only in which formulas they
 * check and how they name them.
 */
abstract class SumRule extends BaseRule {
    SumRule(String code, String summary) {
        super(code, Severity.ERROR, summary);
    }

    /** Names the formula for the message, e.g. "（一）至（六）各项之和". */
    abstract String describe(Formula formula);

    @Override
    public void check(RuleContext ctx) {
        for (BoundTable t : ctx.report().allTables()) {
            for (Arithmetic.Failure failure : Arithmetic.rootFailures(t)) {
                Formula f = failure.formula();
                if (!f.code().equals(code())) continue;
                String want = CellEdits.format(failure.expected());
                ctx.report(ctx.range(f.target()), f.target().describe() + "应为 " + want + "，实为 "
                                + CellEdits.format(f.target().value().number()) + "（" + describe(f) + "：" + addends(f)
                                + " = " + want + "）",
                        related(ctx, f), fix(ctx, t, f.target(), want));
            }
        }
    }

    static String addends(Formula f) {
        StringBuilder b = new StringBuilder();
        for (BoundValue p : f.parts()) {
            if (b.length() > 0) b.append('+');
            b.append(CellEdits.format(p.value().number()));
        }
        return b.toString();
    }

    static List<RelatedLocation> related(RuleContext ctx, Formula f) {
        return related(ctx, f.parts());
    }

    /**
     * The cells that make up a sum, as related information — only those that hold a number other than 0. One row per
     * addend (six for a row of 三, with mostly zeros) flooded the Problems panel and pushed the formula out of the
     * editor's hover; the zeros add nothing to finding the mistake, and the message states every addend anyway.
     */
    static List<RelatedLocation> related(RuleContext ctx, List<BoundValue> parts) {
        List<RelatedLocation> out = new ArrayList<>();
        for (BoundValue p : parts) {
            if (!p.hasCell() || p.value().number() == null || p.value().number().signum() == 0) continue;
            out.add(new RelatedLocation(ctx.range(p), p.describe() + "：" + CellEdits.format(p.value().number())));
        }
        return out;
    }

    /**
     * Sets the cell and, in the same fix, the totals that follow from it (fix-all makes those changes too, and each
     * must be declared by a finding's fix).
     */
    static List<Fix> fix(RuleContext ctx, BoundTable table, BoundValue target, String value) {
        // A value fix-all would not write (two formulas disagree on the cell) is not certain: no fix is offered.
        if (!FixAll.recomputed(table).containsKey(target)) return List.of();
        return CellEdits.setValue(ctx.source(), target, value)
                .map(e -> {
                    List<TextEdit> edits = new ArrayList<>();
                    edits.add(e);
                    edits.addAll(FixAll.knockOnEdits(ctx.source(), table, target));
                    return List.of(new Fix("将" + target.column().label + "改为 " + value, FixKind.DERIVED_VALUE, edits));
                })
                .orElse(List.of());
    }
}
