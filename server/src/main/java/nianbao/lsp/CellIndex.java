package nianbao.lsp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nianbao.core.bind.BoundReport;
import nianbao.core.bind.BoundRow;
import nianbao.core.bind.BoundTable;
import nianbao.core.bind.BoundValue;
import nianbao.core.bind.Formula;

/**
 * The value cells of a checked report by position, and the formulas that derive each cell: what hover and inlay
 * hints look up. Built once per analysis.
 */
final class CellIndex {
    private final List<BoundValue> byStart = new ArrayList<>();
    private final Map<BoundValue, List<Formula>> formulasByTarget = new IdentityHashMap<>();
    private final List<Formula> formulas = new ArrayList<>();

    CellIndex(BoundReport report) {
        for (BoundTable table : report.allTables()) {
            for (BoundRow row : table.rows) {
                for (BoundValue v : row.values) {
                    if (v.hasCell()) byStart.add(v);
                }
            }
            for (Formula f : table.formulas) {
                formulas.add(f);
                formulasByTarget.computeIfAbsent(f.target(), t -> new ArrayList<>()).add(f);
            }
        }
        byStart.sort(Comparator.comparingInt(BoundValue::cellStart));
    }

    /** Every value cell, in text order. */
    List<BoundValue> valuesInTextOrder() {
        return java.util.Collections.unmodifiableList(byStart);
    }

    /** The value cell at a text offset; the offset just after a cell's text still counts as the cell. */
    Optional<BoundValue> valueAt(int offset) {
        int lo = 0;
        int hi = byStart.size() - 1;
        int candidate = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (byStart.get(mid).cellStart() <= offset) {
                candidate = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        // Cells do not overlap, so only the last cell starting at or before the offset can hold it.
        if (candidate < 0) return Optional.empty();
        BoundValue v = byStart.get(candidate);
        if (offset <= v.cellEnd()) return Optional.of(v);
        return Optional.empty();
    }

    /** The formulas whose result is this cell (a 总计 can be both a row total and a column total). */
    List<Formula> formulasFor(BoundValue target) {
        return formulasByTarget.getOrDefault(target, List.of());
    }

    List<Formula> formulas() {
        return formulas;
    }
}
