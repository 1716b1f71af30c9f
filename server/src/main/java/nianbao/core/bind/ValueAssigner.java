package nianbao.core.bind;

import java.util.ArrayList;
import java.util.List;

import nianbao.core.format.FormatSpec.ColumnSpec;
import nianbao.core.syntax.Cell;

/**
 * Maps a row's value cells to the official columns. Real rows carry padding: empty merged cells between label
 * and values, an empty cell at the end. The mapping tries, in order: all cells; without leading empties;
 * without leading and trailing empties. A row one value short is left to {@link LostCellLocator}, which uses the
 * table's arithmetic to find the lost cell. Anything else means cells were lost and which is which cannot be known.
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
        if (cells.size() == n) chosen = cells;
        else if (leading.size() == n) chosen = leading;
        else if (both.size() == n) chosen = both;
        else if (both.size() == n - 1 && n > 1 && !both.isEmpty()) {
            // Placeholders until the whole table is bound: which cell was lost follows from the other rows.
            bound.shortCells = both;
            for (int j = 0; j < n; j++) {
                bound.values.add(new BoundValue(bound, j, columns.get(j), null, CellValue.MISSING_VALUE, -1));
            }
            return;
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
