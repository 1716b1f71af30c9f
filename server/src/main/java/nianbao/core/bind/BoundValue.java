package nianbao.core.bind;

import nianbao.core.format.FormatSpec.ColumnSpec;
import nianbao.core.syntax.Cell;

/**
 * A value bound to its official row and column.
 *
 * @param cell     the cell that holds it, or null when the row has no cell for this column
 * @param insertAt where a missing cell's text would be inserted (after the row's last value); -1 if unknown
 */
public record BoundValue(BoundRow row, int columnIndex, ColumnSpec column, Cell cell, CellValue value, int insertAt) {

    public boolean isMissing() {
        return value.kind() == CellValue.Kind.MISSING;
    }

    /** Name of the cell for messages: "“（三）不予公开 1.属于国家秘密”的“自然人”". */
    public String describe() {
        String rowName = row.spec != null && row.spec.label.isEmpty() ? "" : "“" + row.displayName() + "”的";
        return rowName + "“" + column.fullLabel() + "”";
    }
}
