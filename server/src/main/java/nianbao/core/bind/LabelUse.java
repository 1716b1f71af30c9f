package nianbao.core.bind;

import nianbao.core.syntax.Cell;
import nianbao.core.syntax.Row;

/**
 * A label as written in a table, paired with the official text it was matched to, for the wording and
 * numbering checks. It names its cell by row and index (the cell is made when asked) rather than holding it: a
 * table pasted hundreds of times has tens of thousands of labels (issue 8).
 */
public final class LabelUse {
    public enum Kind { ROW_LABEL, GROUP_LABEL, COLUMN_HEADER, BLOCK_HEADING, NOTE }

    private static final Kind[] KINDS = Kind.values();

    private final Row row;
    private final String official;
    /** The cell's index above three bits of the kind: one int keeps a label use at 24 bytes. */
    private final int place;

    public LabelUse(Row row, int cellIndex, String official, Kind kind) {
        if (cellIndex < 0 || cellIndex > Integer.MAX_VALUE >> 3) throw new IllegalArgumentException("cell " + cellIndex);
        this.row = row;
        this.official = official;
        this.place = cellIndex << 3 | kind.ordinal();
    }

    public Row row() {
        return row;
    }

    public int cellIndex() {
        return place >>> 3;
    }

    public String official() {
        return official;
    }

    public Kind kind() {
        return KINDS[place & 7];
    }

    /** The written label: the cell's text (without making the cell). */
    public String text() {
        return row.cellText(cellIndex());
    }

    /** The label's cell. */
    public Cell cell() {
        return row.cell(cellIndex());
    }

    /** Start offset of the label's cell, without making it. */
    public int cellStart() {
        return row.cellStart(cellIndex());
    }

    @Override
    public String toString() {
        return "LabelUse[" + cell() + " → " + official + ", " + kind() + "]";
    }
}
