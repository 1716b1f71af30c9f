package nianbao.core.bind;

import java.util.ArrayList;
import java.util.List;

import nianbao.core.format.FormatSpec.ColumnSpec;
import nianbao.core.syntax.Cell;

/**
 * Maps a row's value cells to the official columns. Real rows carry padding: empty merged cells between label
 * and values, an empty cell at the end. The mapping tries, in order: all cells; without leading empties;
 * without leading and trailing empties; and, one short, the 总计 missing at the end. Anything else means cells
 * were lost and which is which cannot be known.
 */
final class ValueAssigner {
    private ValueAssigner() {
    }

    static void assign(BoundRow bound, List<Cell> cells, List<ColumnSpec> columns) {
        int n = columns.size();
        List<Cell> leading = stripLeading(cells);
        List<Cell> both = stripTrailing(leading);
        bound.foundValueCount = both.size();
        List<Cell> chosen = null;
        boolean totalMissing = false;
        if (cells.size() == n) chosen = cells;
        else if (leading.size() == n) chosen = leading;
        else if (both.size() == n) chosen = both;
        else if (both.size() == n - 1 && n > 1 && columns.get(n - 1).isTotal() && !both.isEmpty()) {
            chosen = both;
            totalMissing = true;
        }
        if (chosen == null) {
            bound.valuesUnknown = true;
            for (int j = 0; j < n; j++) {
                bound.values.add(new BoundValue(bound, j, columns.get(j), null, CellValue.MISSING_VALUE, -1));
            }
            return;
        }
        for (int j = 0; j < chosen.size(); j++) {
            Cell c = chosen.get(j);
            bound.values.add(new BoundValue(bound, j, columns.get(j), c, CellValue.parse(c.text()), -1));
        }
        if (totalMissing) {
            int insertAt = chosen.get(chosen.size() - 1).end();
            bound.values.add(new BoundValue(bound, n - 1, columns.get(n - 1), null, CellValue.MISSING_VALUE, insertAt));
        }
    }

    private static List<Cell> stripLeading(List<Cell> cells) {
        int i = 0;
        while (i < cells.size() && cells.get(i).isEmpty()) i++;
        return cells.subList(i, cells.size());
    }

    private static List<Cell> stripTrailing(List<Cell> cells) {
        int j = cells.size();
        while (j > 0 && cells.get(j - 1).isEmpty()) j--;
        return new ArrayList<>(cells.subList(0, j));
    }
}
