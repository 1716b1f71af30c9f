package nianbao.core.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nianbao.core.bind.BoundTable;
import nianbao.core.bind.BoundValue;
import nianbao.core.diag.RelatedLocation;
import nianbao.core.diag.Severity;
import nianbao.core.fix.CellEdits;

/**
 * NB303: the 勾稽 relation of each column of 三, 一 + 二 = （七）总计 + 四. Reported at the 四 cell (the value
 * authors derive last); no fix, since which side is wrong cannot be known.
 */
final class BalanceRule extends BaseRule {
    BalanceRule() {
        super("NB303", Severity.ERROR, "勾稽关系不成立：第一项加第二项之和不等于第三项（七）总计加第四项之和");
    }

    @Override
    public void check(RuleContext ctx) {
        for (BoundTable t : ctx.report().allTables()) {
            Set<BoundValue> wrong = Arithmetic.wrongTargets(t);
            for (nianbao.core.bind.Balance b : t.balances) {
                Optional<BigDecimal> left = CellEdits.sum(b.left());
                Optional<BigDecimal> right = CellEdits.sum(b.right());
                if (left.isEmpty() || right.isEmpty() || left.get().compareTo(right.get()) == 0) continue;
                if (Arithmetic.dependsOnWrongTotal(wrong, b)) continue;
                BoundValue at = b.right().get(b.right().size() - 1);
                String message = "勾稽关系不成立（" + b.columnLabel() + "列）：第一项加第二项 = " + sum(b.left()) + " = "
                        + CellEdits.format(left.get()) + "，第三项（七）总计加第四项 = " + sum(b.right()) + " = "
                        + CellEdits.format(right.get());
                List<RelatedLocation> related = new ArrayList<>(SumRule.related(ctx, b.left()));
                related.addAll(SumRule.related(ctx, b.right()));
                ctx.report(ctx.range(at), message, related, List.of());
            }
        }
    }

    private static String sum(List<BoundValue> values) {
        return values.stream().map(v -> CellEdits.format(v.value().number())).collect(Collectors.joining("+"));
    }
}
