package nianbao.core.bind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nianbao.core.format.FormatSpec.BlockSpec;
import nianbao.core.format.FormatSpec.ColumnSpec;
import nianbao.core.format.FormatSpec.RowSpec;
import nianbao.core.format.FormatSpec.TableSpec;
import nianbao.core.format.FormatVersion;
import nianbao.core.format.TableKind;
import nianbao.core.syntax.Cell;
import nianbao.core.syntax.Row;
import nianbao.core.syntax.Table;
import nianbao.core.syntax.TableLayout;
import nianbao.core.text.Chars;

/**
 * Binds the rows of one table to the official rows of its kind: header rows to column headers, data rows to
 * official rows (tolerant of wording, numbering, split labels and lost cells), values to columns.
 */
final class TableBinder {
    private final BoundTable bound;
    private final List<RowShape> shapes = new ArrayList<>();

    private TableBinder(BoundTable bound) {
        this.bound = bound;
        for (Table t : bound.tables) {
            for (Row r : t.rows()) {
                nianbao.core.CheckCancellation.checkpoint(); // a superseded check stops within a row
                RowShape s = RowShape.of(r);
                if (!s.isEmpty()) shapes.add(s);
            }
        }
    }

    static BoundTable bind(TableKind kind, TableSpec spec, FormatVersion signalled, List<Table> tables) {
        BoundTable bound = new BoundTable(kind, spec, signalled, tables);
        TableBinder binder = new TableBinder(bound);
        switch (kind) {
            case ACTIVE -> binder.bindActive();
            case REQUESTS -> binder.bindRows(spec.rows, spec.columns, spec.headerTerms, spec.note);
            case REVIEWS -> binder.bindReviews();
        }
        binder.markOrderAndDuplicates();
        LostGroupCells.mark(bound);
        Formulas.build(bound);
        if (anyRowShortOfCells(bound)) {
            LostCellLocator.locate(bound);
            bound.formulas.clear();
            bound.balances.clear();
            Formulas.build(bound);
        }
        return bound;
    }

    /** Section 三: header rows until the first row with values, then data rows. */
    private void bindRows(List<RowSpec> rowSpecs, List<ColumnSpec> columns, List<String> headerTerms, String note) {
        int firstData = firstRowWithValues();
        for (int i = 0; i < firstData; i++) checkHeader(shapes.get(i), headerTerms, note);
        joinSplitLabels(firstData, rowSpecs);
        for (int i = firstData; i < shapes.size(); i++) {
            RowShape s = shapes.get(i);
            if (s.consumed) continue;
            if (!s.hasValues() && matchesGroup(s, rowSpecs)) continue;
            bindDataRow(s, rowSpecs, columns, s.hasValues() ? LabelMatch.BIND : 0.85);
        }
    }

    /** Section 四: header rows, then one row of 15 values. */
    private void bindReviews() {
        RowSpec dataRow = bound.spec.rows.get(0);
        for (RowShape s : shapes) {
            if (!s.hasValues()) {
                checkHeader(s, bound.spec.headerTerms, null);
                continue;
            }
            BoundRow row = newRow(s, dataRow, 1.0);
            ValueAssigner.assign(row, s.labelIndex + 1, bound.spec.columns);
            bound.rows.add(row);
        }
    }

    /** Section 二: blocks, each a heading row (第二十条第（一）项), a header row (信息内容 …), data rows. */
    private void bindActive() {
        BlockSpec block = null;
        List<RowSpec> allRows = new ArrayList<>();
        Map<RowSpec, BlockSpec> blockOf = new HashMap<>();
        for (BlockSpec b : bound.spec.blocks) {
            for (RowSpec r : b.rows) {
                allRows.add(r);
                blockOf.put(r, b);
            }
        }
        joinSplitLabels(0, allRows);
        for (RowShape s : shapes) {
            if (s.consumed) continue;
            String label = s.labelText;
            if (label != null && !s.hasValues()) {
                BlockSpec heading = bestBlock(label);
                if (heading != null) {
                    block = heading;
                    // 第二十条(一)项 (no second 第) is how many authors write it, not a wording to correct.
                    boolean withoutSecondDi = !LabelMatch.parsed(label).canonical()
                            .equals(OfficialLabels.taken(heading.heading).canonical())
                            && keyOf(label).equals(keyOf(heading.heading));
                    if (!withoutSecondDi) {
                        bound.labels.add(new LabelUse(s.row, s.labelIndex, heading.heading, LabelUse.Kind.BLOCK_HEADING));
                    }
                    continue;
                }
                Cell first = firstNonEmpty(s.row);
                if (first != null && block != null && LabelMatch.score(first.text(), block.headerLabel) >= 0.8) {
                    checkBlockHeader(s.row, block);
                    continue;
                }
                // A header row whose block heading stands outside the table (a paragraph above it) is still a header.
                if (first != null && block == null && isAnyBlockHeader(first.text())) continue;
            }
            List<RowSpec> candidates = block != null ? block.rows : allRows;
            RowMatch m = bestRow(s, candidates);
            if (m.score < LabelMatch.BIND && block != null) m = bestRow(s, allRows);
            if (m.spec == null || m.score < LabelMatch.BIND) {
                bound.unknownRows.add(s.row);
                continue;
            }
            BlockSpec owner = blockOf.get(m.spec);
            BoundRow row = newRow(s, m.spec, m.score);
            ValueAssigner.assign(row, s.labelIndex + 1, owner.columns);
            bound.rows.add(row);
        }
    }

    private int firstRowWithValues() {
        for (int i = 0; i < shapes.size(); i++) {
            if (shapes.get(i).hasValues()) return i;
        }
        return shapes.size();
    }

    private void bindDataRow(RowShape s, List<RowSpec> specs, List<ColumnSpec> columns, double threshold) {
        RowMatch m = bestRow(s, specs);
        if (m.spec == null || m.score < threshold) {
            bound.unknownRows.add(s.row);
            return;
        }
        BoundRow row = newRow(s, m.spec, m.score);
        ValueAssigner.assign(row, s.labelIndex + 1, columns);
        for (int i = 0; i < s.labelIndex; i++) {
            String text = s.row.cellText(i);
            if (text.isEmpty()) continue;
            String official = bestOf(text, m.spec.groups);
            if (official != null) bound.labels.add(new LabelUse(s.row, i, official, LabelUse.Kind.GROUP_LABEL));
        }
        bound.rows.add(row);
    }

    private BoundRow newRow(RowShape s, RowSpec spec, double score) {
        BoundRow row = new BoundRow(spec, s.row, s.labelText, s.labelIndex, bound.tables.get(0).layout());
        if (!s.fragments.isEmpty()) row.labelFragments = List.copyOf(s.fragments);
        if (s.labelIndex >= 0 && s.fragments.isEmpty() && !spec.label.isEmpty()) {
            bound.labels.add(new LabelUse(s.row, s.labelIndex, spec.label, LabelUse.Kind.ROW_LABEL));
        }
        return row;
    }

    /**
     * A label split over two rows (PDF line breaks inside a cell) leaves a row holding only a piece of text. Joins
     * it with the row before or after when together they read as an official label.
     */
    private void joinSplitLabels(int from, List<RowSpec> specs) {
        for (int i = from; i < shapes.size(); i++) {
            RowShape piece = shapes.get(i);
            if (piece.hasValues() || piece.labelText == null || piece.consumed) continue;
            if (bestRow(piece, specs).score >= 0.85 || matchesGroupText(piece.labelText, specs)) continue;
            RowShape before = i > from ? shapes.get(i - 1) : null;
            RowShape after = i + 1 < shapes.size() ? shapes.get(i + 1) : null;
            if (before != null && before.labelText != null && joins(before, before.labelText + piece.labelText, specs)) {
                before.addFragment(piece.row);
                piece.consumed = true;
            } else if (after != null && after.labelText != null && !after.consumed
                    && joins(after, piece.labelText + after.labelText, specs)) {
                after.addFragment(piece.row);
                piece.consumed = true;
            }
        }
    }

    private boolean joins(RowShape whole, String joined, List<RowSpec> specs) {
        double alone = bestRow(whole, specs).score;
        String original = whole.labelText;
        whole.labelText = joined;
        RowMatch m = bestRow(whole, specs);
        if (m.score >= 0.85 && m.score > alone) return true;
        whole.labelText = original;
        return false;
    }

    private boolean matchesGroup(RowShape s, List<RowSpec> specs) {
        if (s.labelText == null) return false;
        for (RowSpec r : specs) {
            for (String g : r.groups) {
                if (LabelMatch.score(s.labelText, g) >= 0.85) {
                    bound.labels.add(new LabelUse(s.row, s.labelIndex, g, LabelUse.Kind.GROUP_LABEL));
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matchesGroupText(String text, List<RowSpec> specs) {
        for (RowSpec r : specs) {
            for (String g : r.groups) {
                if (LabelMatch.score(text, g) >= 0.85) return true;
            }
        }
        return false;
    }

    private void checkHeader(RowShape s, List<String> terms, String note) {
        if (headerWordsCut()) return;
        for (int i = 0; i < s.row.cellCount(); i++) {
            String text = s.row.cellText(i);
            if (text.isEmpty()) continue;
            if (note != null && LabelMatch.score(text, note) >= 0.7) {
                bound.labels.add(new LabelUse(s.row, i, note, LabelUse.Kind.NOTE));
                continue;
            }
            String official = bestOf(text, terms);
            if (official != null) bound.labels.add(new LabelUse(s.row, i, official, LabelUse.Kind.COLUMN_HEADER));
        }
    }

    private void checkBlockHeader(Row row, BlockSpec block) {
        if (headerWordsCut()) return;
        List<String> expected = new ArrayList<>();
        expected.add(block.headerLabel);
        block.columns.forEach(c -> expected.add(c.label));
        int j = 0;
        for (int i = 0; i < row.cellCount(); i++) {
            String text = row.cellText(i);
            if (text.isEmpty()) continue;
            if (j < expected.size() && LabelMatch.score(text, expected.get(j)) >= 0.5) {
                bound.labels.add(new LabelUse(row, i, expected.get(j), LabelUse.Kind.COLUMN_HEADER));
            }
            j++;
        }
    }

    /** Text from PDF cuts header words where the column wraps ("商业企" / "业"): their wording cannot be judged. */
    private boolean headerWordsCut() {
        return bound.tables.get(0).layout() == TableLayout.SPACE_ALIGNED;
    }

    private static boolean anyRowShortOfCells(BoundTable table) {
        for (BoundRow r : table.rows) {
            if (r.shortCells != null) return true;
        }
        return false;
    }

    private boolean isAnyBlockHeader(String text) {
        return bound.spec.blocks.stream().anyMatch(b -> LabelMatch.score(text, b.headerLabel) >= 0.8);
    }

    private BlockSpec bestBlock(String label) {
        int first = 0;
        while (first < label.length() && Chars.isDroppedFromCanonical(label.charAt(first))) first++;
        boolean startsWithDi = first < label.length() && label.charAt(first) == '第';
        String key = null; // taken only when a heading is not similar enough by itself
        for (BlockSpec b : bound.spec.blocks) {
            if (LabelMatch.score(label, b.heading) >= 0.9) return b;
            String official = keyOf(b.heading);
            // Only 第 itself has 第 as its canonical form: a label that does not start with it (a header row's 信息内容)
            // cannot have the key of a heading that does, and its key is not taken.
            if (official.startsWith("第") && !startsWithDi) continue;
            if (key == null) key = keyOf(label);
            if (official.equals(key)) return b;
        }
        return null;
    }

    /**
     * {@link #blockKey} of a heading, official or written, taken once: a document checked again after each edit
     * asks for the same few; emptied when it grows past a bound, as {@link LabelMatch}'s cache is.
     */
    private static String keyOf(String heading) {
        String key = BLOCK_KEYS.get(heading);
        if (key != null) return key;
        if (BLOCK_KEYS.size() > 20_000) BLOCK_KEYS.clear();
        key = blockKey(heading);
        BLOCK_KEYS.put(heading, key);
        return key;
    }

    private static final java.util.Map<String, String> BLOCK_KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A block heading without its second 第 and spaces: 第二十条(一)项 · 第二十条 第（一）项 · 第二十条第（一）项. */
    private static String blockKey(String heading) {
        String c = Chars.canonical(heading);
        return c.startsWith("第") && c.indexOf('第', 1) > 0 ? "第" + c.substring(1).replace("第", "") : c;
    }

    private static String bestOf(String text, List<String> officials) {
        String best = null;
        double bestScore = 0.7;
        LabelMatch.Parsed written = LabelMatch.parsed(text);
        for (String o : officials) {
            double s = LabelMatch.score(written, OfficialLabels.taken(o));
            if (s > bestScore) {
                bestScore = s;
                best = o;
            }
        }
        return best;
    }

    private record RowMatch(RowSpec spec, double score) {
    }

    private static RowMatch bestRow(RowShape s, List<RowSpec> specs) {
        if (s.labelText == null) return new RowMatch(null, 0);
        RowSpec best = null;
        double bestScore = 0;
        // The written label taken apart once for all the official rows it is compared with.
        LabelMatch.Parsed written = LabelMatch.parsed(s.labelText);
        // Indexed loops (the lists are arrays underneath): an iterator per list per row was most of binding's garbage.
        for (int i = 0; i < specs.size(); i++) {
            RowSpec r = specs.get(i);
            // Most labels are written as in the format: an exact match with the same number cannot be beaten.
            LabelMatch.Parsed official = OfficialLabels.rowNames(r)[0];
            if (official.number() == written.number() && LabelMatch.sameCore(official, written)) {
                return new RowMatch(r, LabelMatch.score(written, official));
            }
        }
        for (int i = 0; i < specs.size(); i++) {
            RowSpec r = specs.get(i);
            LabelMatch.Parsed[] names = OfficialLabels.rowNames(r);
            for (LabelMatch.Parsed name : names) {
                double score = LabelMatch.score(written, name);
                if (score > bestScore) {
                    bestScore = score;
                    best = r;
                }
            }
        }
        return new RowMatch(best, bestScore);
    }

    private static Cell firstNonEmpty(Row row) {
        for (int i = 0; i < row.cellCount(); i++) {
            if (!row.cellText(i).isEmpty()) return row.cell(i);
        }
        return null;
    }

    private void markOrderAndDuplicates() {
        List<RowSpec> order = officialOrder();
        int highest = -1;
        List<RowSpec> seen = new ArrayList<>();
        for (BoundRow r : bound.rows) {
            if (seen.contains(r.spec)) {
                r.duplicate = true;
                continue;
            }
            seen.add(r.spec);
            int idx = order.indexOf(r.spec);
            if (idx < highest) r.outOfOrder = true;
            highest = Math.max(highest, idx);
        }
    }

    List<RowSpec> officialOrder() {
        return officialRows(bound.spec);
    }

    static List<RowSpec> officialRows(TableSpec spec) {
        return spec.officialRows();
    }
}
