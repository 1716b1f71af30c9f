package nianbao.core.bind;

import nianbao.core.format.FormatSpec.ColumnSpec;
import nianbao.core.syntax.Cell;

/**
 * A value bound to its official row and column.
 *
 * <p>It names its cell by index in the row's {@link nianbao.core.syntax.Row} and its column by index in the row's
 * columns instead of holding them: a value is one small object, not three (a table pasted hundreds of times keeps a
 * hundred thousand, issue 8). {@link #cell()} makes the cell when asked; {@link #cellStart()} and the like read it
 * without making it.
 */
public final class BoundValue {
    /** More cells than this in one row are not bound (see {@link ValueAssigner}): their index would not fit. */
    static final int MAX_CELL_INDEX = (1 << 23) - 3;

    private final BoundRow row;
    private final CellValue value;
    /**
     * Column index in the low 8 bits; above them, signed: the index of the cell in {@code row.row}, -1 when the row
     * has no cell for this column, or -(k + 2) when a missing cell's text would be inserted after cell k. One int
     * instead of three keeps a value at 24 bytes.
     */
    private final int place;

    /**
     * @param cellIndex   the index in {@code row.row} of the cell that holds it, or -1 when the row has none
     * @param insertAfter for a missing cell, the index of the cell after which its text would be inserted; -1 if unknown
     */
    BoundValue(BoundRow row, int columnIndex, int cellIndex, CellValue value, int insertAfter) {
        if (columnIndex < 0 || columnIndex > 255 || cellIndex > MAX_CELL_INDEX || insertAfter > MAX_CELL_INDEX) {
            throw new IllegalArgumentException("column " + columnIndex + ", cell " + cellIndex + ", after " + insertAfter);
        }
        int cellRef = cellIndex >= 0 ? cellIndex : insertAfter >= 0 ? -insertAfter - 2 : -1;
        this.row = row;
        this.value = value;
        this.place = cellRef << 8 | columnIndex;
    }

    public BoundRow row() {
        return row;
    }

    public int columnIndex() {
        return place & 0xFF;
    }

    public ColumnSpec column() {
        return row.columns().get(columnIndex());
    }

    private int cellRef() {
        return place >> 8;
    }

    /** The cell that holds the value, or null when the row has no cell for this column. */
    public Cell cell() {
        return hasCell() ? row.row.cell(cellRef()) : null;
    }

    public boolean hasCell() {
        return cellRef() >= 0;
    }

    /** Start offset of the cell; only when {@link #hasCell()}. */
    public int cellStart() {
        return row.row.cellStart(cellRef());
    }

    /** End offset of the cell; only when {@link #hasCell()}. */
    public int cellEnd() {
        return row.row.cellEnd(cellRef());
    }

    public CellValue value() {
        return value;
    }

    /** Where a missing cell's text would be inserted (after the row's last value); -1 if unknown. */
    public int insertAt() {
        int ref = cellRef();
        return ref <= -2 ? row.row.cellEnd(-ref - 2) : -1;
    }

    public boolean isMissing() {
        return value.kind() == CellValue.Kind.MISSING;
    }

    /** Name of the cell for messages: "“（三）不予公开 1.属于国家秘密”的“自然人”". */
    public String describe() {
        String rowName = row.spec != null && row.spec.label.isEmpty() ? "" : "“" + row.displayName() + "”的";
        return rowName + "“" + column().fullLabel() + "”";
    }

    @Override
    public String toString() {
        return "BoundValue[" + describe() + " = " + value + "]";
    }

    /**
     * From the value's place (its row's first line, its column and cell): equality stays identity, and equal values
     * (the same object) have the same hash. Sets and maps of values are made for every check, of values made for it:
     * the identity hash had to be generated for each of them on first use, which cost more than the look-ups.
     */
    @Override
    public int hashCode() {
        return 31 * row.row.firstLine() + place;
    }
}
