package nianbao.core.bind;

import java.util.ArrayList;
import java.util.List;

import nianbao.core.syntax.Cell;
import nianbao.core.syntax.Row;

/**
 * A row split into its parts: label cells (group labels, then the row's own label) and the value cells after
 * them. Empty cells before the label are merged group cells that PDF and Word leave behind.
 */
final class RowShape {
    final Row row;
    /** Index of the row's own label cell, -1 for a row of values only. */
    final int labelIndex;
    final List<Cell> groupCells = new ArrayList<>();
    final List<Cell> valueCells;
    /** The label, with pieces from other rows joined when a label was split over lines. */
    String labelText;
    final List<Row> fragments = new ArrayList<>();
    boolean consumed;

    private RowShape(Row row, int labelIndex, List<Cell> valueCells) {
        this.row = row;
        this.labelIndex = labelIndex;
        this.valueCells = valueCells;
        this.labelText = labelIndex >= 0 ? row.cells().get(labelIndex).text() : null;
        for (int i = 0; i < labelIndex; i++) {
            if (!row.cells().get(i).isEmpty()) groupCells.add(row.cells().get(i));
        }
    }

    static RowShape of(Row row) {
        List<Cell> cells = row.cells();
        int label = -1;
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            if (c.isEmpty()) continue;
            if (CellValue.looksLikeValue(c.text())) break;
            label = i;
        }
        return new RowShape(row, label, cells.subList(label + 1, cells.size()));
    }

    Cell labelCell() {
        return labelIndex >= 0 ? row.cells().get(labelIndex) : null;
    }

    boolean hasValues() {
        for (Cell c : valueCells) {
            if (!c.isEmpty()) return true;
        }
        return false;
    }

    boolean isEmpty() {
        return labelIndex < 0 && !hasValues();
    }
}
