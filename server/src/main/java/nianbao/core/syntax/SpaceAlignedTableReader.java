package nianbao.core.syntax;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import nianbao.core.text.SourceText;

/**
 * Reads a table whose columns are aligned by spaces, as {@code pdftotext -layout} and PDF viewers give it. Cells
 * are not delimited: a label wraps over two or three lines with the row's values on a line of their own between
 * or after its pieces, merged group labels are printed a few characters per line between rows, and page marks
 * stand in the middle. The reader rebuilds logical rows from where the pieces stand: each value line is one row;
 * text pieces belong to labels, one label per column band (the character column where the label starts); a
 * numbered piece ("一、", "（二）", "3.") starts a new label, an unnumbered one continues the label of its band.
 */
final class SpaceAlignedTableReader {
    /** A label's band is the cluster of start columns within this distance. */
    private static final int BAND_TOLERANCE = 2;
    /** A block heading of table 二 (第二十条第（一）项) starts a label even without numbering. */
    private static final java.util.regex.Pattern BLOCK_HEADING = java.util.regex.Pattern.compile("^第\\S{1,4}[条條]");

    private final SourceText source;
    private final List<TableTokens.LineTokens> lines;
    private final List<Row> rows = new ArrayList<>();

    private SpaceAlignedTableReader(SourceText source, List<TableTokens.LineTokens> lines) {
        this.source = source;
        this.lines = lines;
    }

    static Table read(SourceText source, int first, int last) {
        List<TableTokens.LineTokens> lines = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            TableTokens.LineTokens t = TableTokens.of(source, i);
            if (!t.isEmpty() && !TableTokens.isPageMark(source, t)) lines.add(t);
        }
        SpaceAlignedTableReader reader = new SpaceAlignedTableReader(source, lines);
        reader.readRows();
        reader.rows.sort(Comparator.comparingInt(Row::firstLine));
        return new Table(TableLayout.SPACE_ALIGNED, reader.rows, first, last);
    }

    private void readRows() {
        int firstValue = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).hasValues()) {
                firstValue = i;
                break;
            }
        }
        if (firstValue < 0) {
            lines.forEach(l -> rows.add(tokenRow(l)));
            return;
        }
        int dataStart = dataStart(firstValue);
        for (int i = 0; i < dataStart; i++) rows.add(tokenRow(lines.get(i)));
        readData(dataStart);
    }

    /** The first row's label may wrap above its value line: back over single unnumbered pieces to a numbered one. */
    private int dataStart(int firstValue) {
        TableTokens.LineTokens v = lines.get(firstValue);
        if (v.texts().isEmpty() || TableTokens.isNumbered(v.texts().get(0).text())) return firstValue;
        int col = v.texts().get(0).col();
        int start = firstValue;
        for (int i = firstValue - 1; i >= 0 && firstValue - i <= 3; i--) {
            TableTokens.LineTokens l = lines.get(i);
            if (l.line() != lines.get(i + 1).line() - 1 || l.texts().size() != 1 || l.hasValues()) break;
            if (Math.abs(l.texts().get(0).col() - col) > BAND_TOLERANCE) break;
            start = i;
            if (TableTokens.isNumbered(l.texts().get(0).text())) break;
        }
        return start;
    }

    private Row tokenRow(TableTokens.LineTokens l) {
        List<Cell> cells = new ArrayList<>();
        for (TableTokens.Token t : l.texts()) cells.add(t.cell());
        for (TableTokens.Token t : l.values()) cells.add(t.cell());
        return new Row(cells, l.line(), l.line());
    }

    /** A label being collected: its pieces, in the band where it starts. */
    private static final class Label {
        final int band;
        final boolean numbered;
        final List<TableTokens.Token> pieces = new ArrayList<>();
        RowDraft ownerOf;
        boolean groupUsed;

        Label(int band, TableTokens.Token first) {
            this.band = band;
            this.numbered = TableTokens.isNumbered(first.text());
            pieces.add(first);
        }

        int firstLine() {
            return pieces.get(0).line();
        }

        int lastLine() {
            return pieces.get(pieces.size() - 1).line();
        }

        Cell cell() {
            TableTokens.Token head = pieces.get(0);
            if (pieces.size() == 1) return head.cell();
            StringBuilder text = new StringBuilder();
            pieces.forEach(p -> text.append(p.text()));
            // The range is the first piece: the other pieces stand on lines among other rows' cells.
            return new Cell(head.start(), head.end(), text.toString(), head.line());
        }
    }

    /** One logical row: a value line, its own label and the group labels that stand for it. */
    private static final class RowDraft {
        final TableTokens.LineTokens valueLine;
        Label own;
        final Label[] groups;

        RowDraft(TableTokens.LineTokens valueLine, int bands) {
            this.valueLine = valueLine;
            this.groups = new Label[bands];
        }
    }

    private void readData(int from) {
        List<Integer> bandStarts = bandStarts(from);
        int bands = bandStarts.size();
        Label[] open = new Label[bands];
        int[] widths = bandWidths(from, bandStarts);
        List<Label> labels = new ArrayList<>();
        List<RowDraft> drafts = new ArrayList<>();
        for (int i = from; i < lines.size(); i++) {
            TableTokens.LineTokens l = lines.get(i);
            if (isHeaderLike(l)) {
                java.util.Arrays.fill(open, null);
                rows.add(tokenRow(l));
                continue;
            }
            List<Label> onLine = new ArrayList<>();
            for (TableTokens.Token t : l.texts()) {
                int b = bandOf(bandStarts, t.col());
                Label current = open[b];
                boolean numbered = TableTokens.isNumbered(t.text());
                // A row label of table 二 (规章, 行政处罚) is whole: one alone on a line lost its value, it does not
                // wrap into the next row's label.
                boolean startsLabel = numbered || BLOCK_HEADING.matcher(t.text()).find() || isActiveRowLabel(t.text())
                        || current != null && current.pieces.size() == 1 && isActiveRowLabel(current.pieces.get(0).text());
                // After its values a label continues only on a line without values: numbered labels wrap freely,
                // an unnumbered one only when its last piece filled the column.
                boolean continues = current != null && !startsLabel && (current.ownerOf == null
                        || !l.hasValues() && (current.numbered || filled(current, widths[b])));
                if (continues) {
                    current.pieces.add(t);
                } else {
                    current = new Label(b, t);
                    labels.add(current);
                    // Deeper labels stay open: a group label is printed beside the wrapped tail of an item.
                    open[b] = current;
                }
                if (!onLine.contains(current)) onLine.add(current);
            }
            if (!l.hasValues()) continue;
            RowDraft draft = new RowDraft(l, bands);
            Label own = onLine.isEmpty() ? deepestOpenWithoutValues(open) : onLine.get(onLine.size() - 1);
            if (own != null && own.ownerOf == null) {
                draft.own = own;
                own.ownerOf = draft;
            }
            for (Label g : onLine) {
                if (g != draft.own && g.ownerOf == null && (draft.own == null || g.band < draft.own.band)) {
                    draft.groups[g.band] = g;
                    g.groupUsed = true;
                }
            }
            drafts.add(draft);
        }
        placeGroups(labels, drafts);
        for (RowDraft d : drafts) rows.add(row(d));
        for (Label lab : labels) {
            if (lab.ownerOf == null && !lab.groupUsed) {
                rows.add(new Row(List.of(lab.cell()), lab.firstLine(), lab.lastLine()));
            }
        }
    }

    private static boolean isActiveRowLabel(String text) {
        return TableReader.ACTIVE_ROW_LABELS.contains(nianbao.core.text.Chars.canonical(text));
    }

    /** A group label printed between rows stands for the first row after it that is deeper than it. */
    private static void placeGroups(List<Label> labels, List<RowDraft> drafts) {
        for (Label g : labels) {
            if (g.ownerOf != null || g.groupUsed) continue;
            for (RowDraft d : drafts) {
                if (d.valueLine.line() < g.firstLine() || d.own == null || d.own.band <= g.band) continue;
                if (d.groups[g.band] == null) {
                    d.groups[g.band] = g;
                    g.groupUsed = true;
                }
                break;
            }
        }
    }

    private static Label deepestOpenWithoutValues(Label[] open) {
        for (int b = open.length - 1; b >= 0; b--) {
            if (open[b] != null && open[b].ownerOf == null) return open[b];
        }
        return null;
    }

    private Row row(RowDraft d) {
        List<Cell> cells = new ArrayList<>();
        int firstLine = d.valueLine.line();
        int lastLine = firstLine;
        int lineStart = source.lineStart(firstLine);
        if (d.own != null) {
            for (int b = 0; b < d.own.band; b++) {
                cells.add(d.groups[b] != null ? d.groups[b].cell() : new Cell(lineStart, lineStart, "", firstLine));
            }
            cells.add(d.own.cell());
            firstLine = Math.min(firstLine, d.own.firstLine());
            lastLine = Math.max(lastLine, d.own.lastLine());
        }
        for (TableTokens.Token t : d.valueLine.values()) cells.add(t.cell());
        return new Row(cells, firstLine, lastLine);
    }

    /**
     * A column-header line among data rows (信息内容 · 本年制发件数 … in table 二's blocks): no values, several
     * pieces, none after the first numbered. A group label beside a numbered item ("（四）无法提供 2.没有…") is not.
     */
    private static boolean isHeaderLike(TableTokens.LineTokens l) {
        if (l.hasValues() || l.texts().size() < 2) return false;
        for (int i = 1; i < l.texts().size(); i++) {
            if (TableTokens.isNumbered(l.texts().get(i).text())) return false;
        }
        return l.widestGap() >= 2;
    }

    /** The widest piece of each band: a piece that wide filled its column, and the label went on below. */
    private int[] bandWidths(int from, List<Integer> starts) {
        int[] widths = new int[starts.size()];
        for (int i = from; i < lines.size(); i++) {
            if (isHeaderLike(lines.get(i))) continue;
            for (TableTokens.Token t : lines.get(i).texts()) {
                // A block heading spans the whole table, not a label column.
                if (BLOCK_HEADING.matcher(t.text()).find()) continue;
                int b = bandOf(starts, t.col());
                widths[b] = Math.max(widths[b], t.text().length());
            }
        }
        return widths;
    }

    private static boolean filled(Label label, int width) {
        return label.pieces.get(label.pieces.size() - 1).text().length() >= width - 1 && width >= 4;
    }

    private List<Integer> bandStarts(int from) {
        List<Integer> cols = new ArrayList<>();
        for (int i = from; i < lines.size(); i++) {
            if (isHeaderLike(lines.get(i))) continue;
            for (TableTokens.Token t : lines.get(i).texts()) cols.add(t.col());
        }
        cols.sort(null);
        List<Integer> starts = new ArrayList<>();
        int last = -BAND_TOLERANCE - 1;
        for (int c : cols) {
            if (c - last > BAND_TOLERANCE) starts.add(c);
            last = c;
        }
        if (starts.isEmpty()) starts.add(0);
        return starts;
    }

    private static int bandOf(List<Integer> starts, int col) {
        int band = 0;
        for (int b = 0; b < starts.size(); b++) {
            if (starts.get(b) <= col) band = b;
        }
        return band;
    }
}
