package nianbao.core.bind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nianbao.core.format.FormatSpec.RowSpec;
import nianbao.core.format.FormatSpec.TableSpec;
import nianbao.core.format.FormatVersion;
import nianbao.core.format.TableKind;
import nianbao.core.syntax.Row;
import nianbao.core.syntax.Table;

/** One official table as found in the text: its rows bound to official rows, its labels, its formulas. */
public final class BoundTable {
    public final TableKind kind;
    public final TableSpec spec;
    /** The version whose labels this table's text fits, when it says (null when both fit alike). */
    public final FormatVersion signalledVersion;
    public final List<Table> tables;
    public final List<BoundRow> rows = new ArrayList<>();
    public final List<LabelUse> labels = new ArrayList<>();
    /** Rows that match nothing: neither a header, nor an official row, nor a piece of a split label. */
    public final List<Row> unknownRows = new ArrayList<>();
    public final List<Formula> formulas = new ArrayList<>();
    public final List<Balance> balances = new ArrayList<>();
    /**
     * Why the table cannot be read (its cells ran together, or the reading order was lost), or null. An
     * unreadable table keeps no rows: one finding says so, and nothing else is checked or fixed in it.
     */
    public String unreadableReason;

    public BoundTable(TableKind kind, TableSpec spec, FormatVersion signalledVersion, List<Table> tables) {
        this.kind = kind;
        this.spec = spec;
        this.signalledVersion = signalledVersion;
        this.tables = List.copyOf(tables);
    }

    public int firstLine() {
        return tables.get(0).firstLine();
    }

    public int lastLine() {
        return tables.get(tables.size() - 1).lastLine();
    }

    /** The official rows in order (all blocks of the 二 table together). */
    public List<RowSpec> officialRows() {
        return TableBinder.officialRows(spec);
    }

    /** Official rows that no row of the text stands for. */
    public List<RowSpec> missingRows() {
        List<RowSpec> out = new ArrayList<>();
        for (RowSpec r : officialRows()) {
            if (rowById(r.id) == null) out.add(r);
        }
        return out;
    }

    /**
     * Index of the first official row of a missing tail (the table stops early), or -1 when the last official
     * row is there or no row bound at all.
     */
    public int truncatedFrom() {
        if (sealed) return sealedTruncatedFrom;
        List<RowSpec> official = officialRows();
        // The last official row that some row of the text stands for: one pass over the rows (a scan of the rows per
        // official row was quadratic, and fix-all asks this for every derived cell).
        int last = -1;
        for (BoundRow r : rows) {
            if (r.spec == null || r.duplicate) continue;
            int at = spec.lastIndexOfOfficialRow(r.spec.id);
            if (at > last) last = at;
        }
        return last >= 0 && last < official.size() - 1 ? last + 1 : -1;
    }

    /**
     * The row at the cut of a table that ends early, when it is itself incomplete (the text stops inside it): it is
     * part of the cut (NB105), not a row that lost cells. Null when the table is whole or its last row is whole.
     */
    public BoundRow cutRow() {
        if (sealed) return sealedCutRow;
        if (rows.isEmpty() || truncatedFrom() < 0) return null;
        BoundRow last = rows.get(rows.size() - 1);
        boolean incomplete = last.valuesUnknown ? last.foundValueCount < last.values.size() : last.lostCell != null;
        return incomplete && last.row.lastLine() == lastLine() ? last : null;
    }

    public BoundRow rowById(String id) {
        if (sealed) {
            int at = id == null ? -1 : spec.lastIndexOfOfficialRow(id);
            if (at >= 0) return sealedRowsByIndex[at];
        }
        // Not sealed, or an id that is not one of this format's rows (no row is bound to such a one): a scan.
        for (BoundRow r : rows) {
            if (r.spec != null && r.spec.id.equals(id) && !r.duplicate) return r;
        }
        return null;
    }

    /**
     * Whether a label belongs to a row that repeats an earlier one. Its wording is not fixed: which official row it
     * was meant to be is in doubt, and a fixed label could bind elsewhere on the next run.
     */
    public boolean onDuplicateRow(LabelUse use) {
        int[] starts = duplicateRowLabelStarts;
        if (starts == null) {
            // Once per table: asked for every label, a scan of the rows each time was quadratic in repeated tables.
            // Label cells are not empty, so a cell's start names it; sorted offsets keep no object per cell.
            int[] found = new int[16];
            int n = 0;
            for (BoundRow r : rows) {
                if (!r.duplicate) continue;
                for (int i = 0; i <= r.labelIndex; i++) {
                    if (i < r.labelIndex && r.row.cellText(i).isEmpty()) continue;
                    if (n == found.length) found = Arrays.copyOf(found, 2 * n);
                    found[n++] = r.row.cellStart(i);
                }
            }
            starts = Arrays.copyOf(found, n);
            Arrays.sort(starts);
            duplicateRowLabelStarts = starts;
        }
        return Arrays.binarySearch(starts, use.cellStart()) >= 0;
    }

    private int[] duplicateRowLabelStarts;

    /**
     * Called once binding is done (nothing changes the table afterwards): the answers rules and fix-all ask for again
     * and again (the cut, each official row's row) are taken once here instead of a scan of the rows each time.
     */
    void seal() {
        // By the official row's index (one per id): an array of the format's size, not a hash map per table.
        BoundRow[] byIndex = new BoundRow[officialRows().size()];
        for (BoundRow r : rows) {
            if (r.spec == null || r.duplicate) continue;
            int at = spec.lastIndexOfOfficialRow(r.spec.id);
            if (at >= 0 && byIndex[at] == null) byIndex[at] = r;
        }
        sealedTruncatedFrom = truncatedFrom();
        sealedCutRow = cutRow();
        sealedRowsByIndex = byIndex;
        sealed = true;
    }

    private boolean sealed;
    private int sealedTruncatedFrom;
    private BoundRow sealedCutRow;
    /** The first row (not a duplicate) bound to each official row, by its index in {@link #officialRows()}. */
    private BoundRow[] sealedRowsByIndex;
}
