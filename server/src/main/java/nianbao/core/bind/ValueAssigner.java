package nianbao.core.bind;

import java.util.ArrayList;
import java.util.List;

import nianbao.core.format.FormatSpec.ColumnSpec;
import nianbao.core.syntax.Row;

/**
 * Maps a row's value cells to the official columns. Real rows carry padding: empty merged cells between label
 * and values, an empty cell at the end. The mapping tries, in order: all cells; without leading empties;
 * without leading and trailing empties. A row one value short is left to {@link LostCellLocator}, which uses the
 * table's arithmetic to find the lost cell. Anything else means cells were lost and which is which cannot be known.
 */
final class ValueAssigner {
    private ValueAssigner() {
    }

    /** Binds the cells of {@code bound.row} from index {@code from} on (those after the label) to {@code columns}. */
    static void assign(BoundRow bound, int from, List<ColumnSpec> columns) {
        int n = columns.size();
        Row row = bound.row;
        int end = row.cellCount();
        int leading = from;
        while (leading < end && row.cellText(leading).isEmpty()) leading++;
        int trailing = end;
        while (trailing > leading && row.cellText(trailing - 1).isEmpty()) trailing--;
        int both = trailing - leading;
        bound.foundValueCount = both;
        bound.columns(columns);
        int chosen = -1;
        // Millions of cells in one row (no real table has them) cannot be named by index: which is which stays unknown.
        if (end <= BoundValue.MAX_CELL_INDEX) {
            if (end - from == n) chosen = from;
            else if (end - leading == n) chosen = leading;
            else if (both == n) chosen = leading;
            else if (both == n - 1 && n > 1 && both > 0) {
                // Placeholders until the whole table is bound: which cell was lost follows from the other rows.
                bound.shortCells = new ArrayList<>(row.cells().subList(leading, trailing));
                bound.shortCellsFrom = leading;
                addMissing(bound, n);
                return;
            }
        }
        if (chosen < 0) {
            bound.valuesUnknown = true;
            addMissing(bound, n);
            return;
        }
        bound.reserveValues(n);
        for (int j = 0; j < n; j++) {
            bound.values.add(new BoundValue(bound, j, chosen + j, CellValue.parse(row.cellText(chosen + j)), -1));
        }
    }

    /** Placeholders for the {@code n} values of a row whose cells cannot be told apart (yet). */
    private static void addMissing(BoundRow bound, int n) {
        bound.reserveValues(n);
        for (int j = 0; j < n; j++) bound.values.add(new BoundValue(bound, j, -1, CellValue.MISSING_VALUE, -1));
    }
}
