package nianbao.core.write;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import nianbao.core.format.FormatSpec.BlockSpec;
import nianbao.core.format.FormatSpec.ColumnSpec;
import nianbao.core.format.FormatSpec.RowSpec;
import nianbao.core.format.FormatSpec.TableSpec;
import nianbao.core.format.TableKind;

/**
 * The cells of an official table as a template writes them: header rows, then each official row with 0 in every
 * value cell. Everything comes from the format data, so the labels are the official wording of the version asked
 * for. Cells are laid out like the official (merged-cell) table as PDF and Word export it: a group label stands in
 * the first row of its group, and the rows after it leave that cell empty.
 */
public final class TableTemplate {
    public static final String ZERO = "0";

    private TableTemplate() {
    }

    /** Every row of the table. */
    public static List<List<String>> wholeTable(TableSpec spec) {
        List<List<String>> rows = new ArrayList<>();
        if (spec.kind() == TableKind.ACTIVE) {
            for (BlockSpec block : spec.blocks) {
                rows.addAll(blockIntro(block));
                for (RowSpec row : block.rows) rows.add(activeRow(row, block));
            }
            return rows;
        }
        rows.addAll(headerRows(spec));
        RowSpec previous = null;
        for (RowSpec row : spec.rows) {
            rows.add(dataRow(spec, row, previous));
            previous = row;
        }
        return rows;
    }

    /**
     * The rows that add official row {@code row} after {@code previous} (null at the start of the table): the row
     * itself, preceded in table 二 by its block's heading and header rows when it opens a block.
     */
    public static List<List<String>> rowsToInsert(TableSpec spec, RowSpec row, RowSpec previous) {
        if (spec.kind() != TableKind.ACTIVE) return List.of(dataRow(spec, row, previous));
        BlockSpec block = blockOf(spec, row);
        List<List<String>> rows = new ArrayList<>();
        if (previous == null || blockOf(spec, previous) != block) rows.addAll(blockIntro(block));
        rows.add(activeRow(row, block));
        return rows;
    }

    /** Number of value cells a row of this table has. */
    public static int valueCount(TableSpec spec, RowSpec row) {
        return spec.kind() == TableKind.ACTIVE ? blockOf(spec, row).columns.size() : spec.columns.size();
    }

    private static BlockSpec blockOf(TableSpec spec, RowSpec row) {
        for (BlockSpec b : spec.blocks) {
            if (b.rows.contains(row)) return b;
        }
        throw new IllegalArgumentException("row " + row.id + " is in no block of " + spec.id);
    }

    /** A block of table 二: its heading row (padded to the block's width, so it stays a table row) and header row. */
    private static List<List<String>> blockIntro(BlockSpec block) {
        List<String> heading = new ArrayList<>();
        heading.add(block.heading);
        heading.addAll(Collections.nCopies(block.columns.size(), ""));
        List<String> header = new ArrayList<>();
        header.add(block.headerLabel);
        for (ColumnSpec c : block.columns) header.add(c.label);
        return List.of(heading, header);
    }

    private static List<String> activeRow(RowSpec row, BlockSpec block) {
        List<String> cells = new ArrayList<>();
        cells.add(row.label);
        cells.addAll(Collections.nCopies(block.columns.size(), ZERO));
        return cells;
    }

    /** A row of table 三 or 四: group cells (filled where the group starts), its label, then zeros. */
    private static List<String> dataRow(TableSpec spec, RowSpec row, RowSpec previous) {
        List<String> cells = new ArrayList<>();
        boolean sameSoFar = previous != null;
        for (int level = 0; level < row.groups.size(); level++) {
            String group = row.groups.get(level);
            sameSoFar = sameSoFar && level < previous.groups.size() && previous.groups.get(level).equals(group);
            cells.add(sameSoFar ? "" : group);
        }
        if (!row.label.isEmpty()) cells.add(row.label);
        cells.addAll(Collections.nCopies(spec.columns.size(), ZERO));
        return cells;
    }

    /**
     * Header rows from the column data: one row per level of column groups ("行政诉讼 复议后起诉" is two levels),
     * a group's name above its first column, each label at its group's depth, and above them any header term that
     * spans all columns (三's 申请人情况). Tables whose rows have labels get a corner cell, which holds the note
     * (三's 勾稽关系 note) in the first row.
     */
    private static List<List<String>> headerRows(TableSpec spec) {
        List<ColumnSpec> columns = spec.columns;
        int levels = 1;
        for (ColumnSpec c : columns) levels = Math.max(levels, groupParts(c).size() + 1);
        boolean corner = spec.rows.stream().anyMatch(r -> !r.label.isEmpty());
        List<List<String>> rows = new ArrayList<>();
        for (String term : spanningTerms(spec)) {
            List<String> row = new ArrayList<>(Collections.nCopies(columns.size(), ""));
            row.set(0, term);
            rows.add(row);
        }
        for (int level = 0; level < levels; level++) {
            List<String> row = new ArrayList<>();
            for (int j = 0; j < columns.size(); j++) row.add(headerCell(columns, j, level));
            rows.add(row);
        }
        if (corner) {
            for (int i = 0; i < rows.size(); i++) {
                rows.get(i).add(0, i == 0 && spec.note != null ? spec.note : "");
            }
        }
        return rows;
    }

    private static String headerCell(List<ColumnSpec> columns, int j, int level) {
        List<String> parts = groupParts(columns.get(j));
        if (level == parts.size()) return columns.get(j).label;
        if (level > parts.size()) return "";
        boolean opensGroup = j == 0 || !samePrefix(groupParts(columns.get(j - 1)), parts, level);
        return opensGroup ? parts.get(level) : "";
    }

    private static boolean samePrefix(List<String> a, List<String> b, int level) {
        if (a.size() <= level || b.size() <= level) return false;
        return a.subList(0, level + 1).equals(b.subList(0, level + 1));
    }

    private static List<String> groupParts(ColumnSpec c) {
        return c.group == null || c.group.isBlank() ? List.of() : List.of(c.group.trim().split("\\s+"));
    }

    /** Header terms that are neither a column label nor a group: they head the whole table (三's 申请人情况). */
    private static List<String> spanningTerms(TableSpec spec) {
        if (spec.headerTerms == null) return List.of();
        Set<String> named = new HashSet<>();
        for (ColumnSpec c : spec.columns) {
            named.add(c.label);
            named.addAll(groupParts(c));
        }
        return spec.headerTerms.stream().filter(Objects::nonNull).filter(t -> !named.contains(t)).toList();
    }
}
