package nianbao.core.bind;

import java.util.ArrayList;
import java.util.List;

import nianbao.core.format.FormatSpec.ColumnSpec;
import nianbao.core.format.FormatSpec.RowSpec;
import nianbao.core.syntax.Cell;
import nianbao.core.syntax.Row;
import nianbao.core.syntax.TableLayout;

/**
 * A table row bound to the official row it stands for, with its values per official column and what binding
 * noticed about its shape.
 */
public final class BoundRow {
    /** The official row, or null for a row that matches none. */
    public final RowSpec spec;
    public final Row row;
    /** The label text, with the pieces of a label split over several rows joined. */
    public final String labelText;
    /** Rows that only hold a piece of this row's label (a label split over lines). */
    public List<Row> labelFragments = List.of();
    /** Filled in one go by binding: sized to the columns ({@link #reserveValues}), not to ArrayList's default of ten. */
    private final ArrayList<BoundValue> valueList = new ArrayList<>(0);
    public final List<BoundValue> values = valueList;
    /** Value cells the row actually has (after padding cells are dropped). */
    public int foundValueCount;
    /** True when cells were lost and which value belongs to which column cannot be known. */
    public boolean valuesUnknown;
    /** A lost value cell found by the table's arithmetic (see {@link LostCellLocator}), or null. */
    public LostCell lostCell;
    /**
     * For a row one value short whose lost cell could not be found: the columns it could be (all of them when the
     * table's arithmetic says nothing); empty otherwise.
     */
    public List<Integer> lostCellCandidates = List.of();
    /** The value cells of a row one value short, until {@link LostCellLocator} places them; null otherwise. */
    List<Cell> shortCells;
    /** Index in {@link #row} of the first of {@link #shortCells}. */
    int shortCellsFrom;
    /** The official columns of {@link #values}, in order (empty until values are bound). */
    private List<ColumnSpec> columns = List.of();
    /** Cells before the label fewer than the table's other rows at this depth: merged group cells lost. */
    public boolean groupCellsLost;
    /** Another row already bound to the same official row. */
    public boolean duplicate;
    /** Official order broken: this row comes after a row that officially follows it. */
    public boolean outOfOrder;
    /** Index of the label cell within the row's cells, -1 if none. */
    public final int labelIndex;
    /** Layout of the table the row stands in: fixes write cells the same way. */
    public final TableLayout layout;

    /** Room for {@code n} values, made once before binding adds them (no array copied or grown on the way). */
    void reserveValues(int n) {
        valueList.ensureCapacity(n);
    }

    public BoundRow(RowSpec spec, Row row, String labelText, int labelIndex, TableLayout layout) {
        this.layout = layout;
        this.spec = spec;
        this.row = row;
        this.labelText = labelText;
        this.labelIndex = labelIndex;
    }

    /** The row's own label cell (the last label cell), or null for a row of values only. */
    public Cell labelCell() {
        return labelIndex >= 0 ? row.cell(labelIndex) : null;
    }

    public String displayName() {
        if (spec != null) return spec.displayName();
        return labelText == null || labelText.isEmpty() ? "第 " + (row.firstLine() + 1) + " 行" : labelText;
    }

    public BoundValue value(int column) {
        return values.get(column);
    }

    public List<ColumnSpec> columns() {
        return columns;
    }

    void columns(List<ColumnSpec> columns) {
        this.columns = columns;
    }

    public int firstLine() {
        return row.firstLine();
    }
}
