package nianbao.core.fix;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nianbao.core.CheckResult;
import nianbao.core.bind.BoundTable;
import nianbao.core.bind.BoundValue;
import nianbao.core.bind.Formula;
import nianbao.core.diag.TextEdit;

/**
 * "重新计算全部总计": every derived cell recomputed in dependency order (items → （七）总计 → row totals; 四's group
 * totals), using values already recomputed. Cells that already hold the right number are left alone, so applying
 * the edits twice changes nothing the second time. A formula with a part that is not a number is skipped.
 */
public final class FixAll {
    private FixAll() {
    }

    public static List<TextEdit> recomputeTotals(CheckResult result) {
        Map<BoundValue, BigDecimal> computed = new IdentityHashMap<>();
        Map<BoundValue, BigDecimal> changed = new LinkedHashMap<>();
        for (BoundTable table : result.report().allTables()) {
            for (Formula f : table.formulas) {
                BigDecimal sum = BigDecimal.ZERO;
                boolean known = true;
                for (BoundValue part : f.parts()) {
                    BigDecimal v = computed.containsKey(part) ? computed.get(part) : numberOf(part);
                    if (v == null) {
                        known = false;
                        break;
                    }
                    sum = sum.add(v);
                }
                if (!known) continue;
                computed.put(f.target(), sum);
                BigDecimal written = numberOf(f.target());
                if (written == null || written.compareTo(sum) != 0) {
                    changed.put(f.target(), sum);
                } else {
                    changed.remove(f.target());
                }
            }
        }
        List<TextEdit> edits = new ArrayList<>();
        changed.forEach((cell, value) ->
                CellEdits.setValue(result.source(), cell, CellEdits.format(value)).ifPresent(edits::add));
        return edits;
    }

    private static BigDecimal numberOf(BoundValue v) {
        return v.value().isNumber() ? v.value().number() : null;
    }
}
