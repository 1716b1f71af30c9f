package nianbao.core.bind;

import java.util.ArrayList;
import java.util.List;

import nianbao.core.syntax.Row;

/**
 * A row split into its parts: label cells (group labels, then the row's own label) and the value cells after
 * them. Empty cells before the label are merged group cells that PDF and Word leave behind.
 */
final class RowShape {
    final Row row;
    /** Index of the row's own label cell, -1 for a row of values only. */
    final int labelIndex;
    /** The label, with pieces from other rows joined when a label was split over lines. */
    String labelText;
    /** Empty and shared until a piece is added (most rows have none). */
    List<Row> fragments = List.of();
    boolean consumed;

    private RowShape(Row row, int labelIndex) {
        this.row = row;
        this.labelIndex = labelIndex;
        this.labelText = labelIndex >= 0 ? row.cellText(labelIndex) : null;
    }

    /** A row that only holds a piece of this row's label. */
    void addFragment(Row piece) {
        if (fragments.isEmpty()) fragments = new ArrayList<>(2);
        fragments.add(piece);
    }

    static RowShape of(Row row) {
        return new RowShape(row, labelIndexOf(row));
    }

    /** The index of the row's own label cell (the last text cell before the first value), or -1. */
    static int labelIndexOf(Row row) {
        int label = -1;
        for (int i = 0; i < row.cellCount(); i++) {
            String text = row.cellText(i);
            if (text.isEmpty()) continue;
            if (CellValue.looksLikeValue(text)) break;
            label = i;
        }
        return label;
    }

    /** Whether a cell after the label holds something. */
    boolean hasValues() {
        return hasValuesAfter(row, labelIndex);
    }

    /** Whether a cell of {@code row} after cell {@code labelIndex} holds something. */
    static boolean hasValuesAfter(Row row, int labelIndex) {
        for (int i = labelIndex + 1; i < row.cellCount(); i++) {
            if (!row.cellText(i).isEmpty()) return true;
        }
        return false;
    }

    boolean isEmpty() {
        return labelIndex < 0 && !hasValues();
    }
}
