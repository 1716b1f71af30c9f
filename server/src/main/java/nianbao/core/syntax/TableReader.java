package nianbao.core.syntax;

import java.util.ArrayList;
import java.util.List;

import nianbao.core.text.Chars;
import nianbao.core.text.RepeatedTexts;
import nianbao.core.text.SourceText;
import nianbao.core.text.WordMarkers;

/** Reads the lines of one table into rows and cells, in whichever layout they use. */
final class TableReader {
    /** A block heading of table 二 (第二十条第（一）项) stands on its own line above its header row. */
    /** A sentence (a note above the table) is not a piece of a cell. */
    private static final java.util.regex.Pattern PROSE_END = java.util.regex.Pattern.compile("[。；;：:]\\s*$");
    private static final java.util.regex.Pattern NUMBER_CELL = java.util.regex.Pattern.compile("[-+]?[0-9０-９][0-9０-９.,．，]*%?");
    private static final java.util.regex.Pattern BLOCK_HEADING = java.util.regex.Pattern.compile("第\\S{1,4}[条條]");
    /**
     * Row labels of table 二 (规章, 行政处罚 …) in canonical form: such a label alone on a line is a row that lost its
     * only value, not a piece of the next row's first cell.
     */
    static final java.util.Set<String> ACTIVE_ROW_LABELS = activeRowLabels();
    private final SourceText source;
    /** This thread's cache of cell texts: a document checked again finds its cells' texts there. */
    private final String[] textCache = RepeatedTexts.cache();
    private final List<Row> rows = new ArrayList<>();
    /**
     * Builders of rows already made, for the next rows' cells: a table's rows have the same few cells, so a table
     * makes about one row's worth of builders instead of one per cell (they were a tenth of a check's allocation).
     */
    private final List<CellBuilder> spare = new ArrayList<>();
    /** The list of cells of the last row made, for the next row (rows held as pending keep theirs). */
    private List<CellBuilder> spareList;
    /** Offsets and lines of a row's cells on their way into the row, which copies them in its own form. */
    private int[] boundsScratch = new int[32];
    private int[] linesScratch = new int[16];

    private TableReader(SourceText source) {
        this.source = source;
    }

    static Table read(SourceText source, LineKind[] kinds, int first, int last) {
        TableLayout layout = layoutOf(kinds, first, last);
        TableReader reader = new TableReader(source);
        if (layout == TableLayout.CELL_PER_LINE) {
            reader.readCellPerLine(kinds, first, last);
        } else if (layout == TableLayout.PIPES && reader.isOneCellPerLine(kinds, first, last)) {
            reader.readPipeCells(kinds, first, last);
            // Rows were inferred from the order of cells: read and judged as cell lines.
            layout = TableLayout.CELL_LINES;
        } else {
            reader.readRowPerLine(kinds, first, last, layout);
        }
        return new Table(layout, reader.rows, first, last);
    }

    private static TableLayout layoutOf(LineKind[] kinds, int first, int last) {
        int cell = 0, tab = 0, pipe = 0;
        for (int i = first; i <= last; i++) {
            switch (kinds[i]) {
                case CELL -> cell++;
                case TAB_ROW -> tab++;
                case PIPE_ROW, PIPE_RULE -> pipe++;
                default -> { }
            }
        }
        if (pipe > cell && pipe > tab) return TableLayout.PIPES;
        return cell > tab ? TableLayout.CELL_PER_LINE : TableLayout.TABS;
    }

    /** Word layout: every line that starts with a tab is a cell; lines without one continue it; blanks end rows. */
    private void readCellPerLine(LineKind[] kinds, int first, int last) {
        List<CellBuilder> cells = new ArrayList<>();
        int rowStart = -1;
        for (int i = first; i <= last + 1; i++) {
            if (i > last || kinds[i] == LineKind.BLANK) {
                if (!cells.isEmpty()) rows.add(row(cells, rowStart, i - 1));
                giveBack(cells);
                cells.clear();
                continue;
            }
            if (cells.isEmpty()) rowStart = i;
            String line = source.line(i);
            int base = source.lineStart(i);
            switch (kinds[i]) {
                case CELL -> cells.add(builder(base + line.indexOf('\t') + 1, base + line.length(), i));
                case TEXT -> {
                    if (cells.isEmpty()) cells.add(builder(base, base + line.length(), i));
                    else cells.get(cells.size() - 1).extend(base, base + line.length());
                }
                default -> splitInto(cells, i, kinds[i] == LineKind.TAB_ROW ? '\t' : '|');
            }
        }
    }

    /**
     * Pipes from a web-to-text converter or OCR that put one cell on each line ("规章 |", "0 |", or "|" alone
     * between cells): most lines hold at most one cell.
     */
    private boolean isOneCellPerLine(LineKind[] kinds, int first, int last) {
        int single = 0;
        int multi = 0;
        for (int i = first; i <= last; i++) {
            if (kinds[i] != LineKind.PIPE_ROW && kinds[i] != LineKind.TEXT) continue;
            int n = nonEmptyCells(kinds[i], source.line(i), source.lineStart(i), i).size();
            if (n > 1) multi++;
            else if (n == 1) single++;
        }
        return single >= 3 && single * 3 >= (single + multi) * 2;
    }

    /** Rows from one-cell lines: blank lines and rows of empty cells (||||) break rows, a lone | separates cells. */
    private void readPipeCells(LineKind[] kinds, int first, int last) {
        List<List<Cell>> runs = new ArrayList<>();
        List<Cell> run = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            String line = source.line(i);
            if (kinds[i] == LineKind.PIPE_RULE) continue;
            List<Cell> cells = kinds[i] == LineKind.BLANK ? List.of() : nonEmptyCells(kinds[i], line, source.lineStart(i), i);
            boolean pipeRule = cells.isEmpty() && line.chars().filter(c -> c == '|').count() >= 2;
            if (kinds[i] == LineKind.BLANK || pipeRule) {
                if (!run.isEmpty()) runs.add(run);
                run = new ArrayList<>();
                continue;
            }
            run.addAll(cells);
        }
        if (!run.isEmpty()) runs.add(run);
        rows.addAll(CellSequenceRows.rows(runs));
    }

    private List<Cell> nonEmptyCells(LineKind kind, String line, int base, int lineIndex) {
        List<CellBuilder> cells = new ArrayList<>();
        splitInto(cells, lineIndex, kind == LineKind.TEXT ? '\u0000' : '|');
        List<Cell> out = new ArrayList<>();
        for (CellBuilder b : cells) {
            Cell c = b.build();
            if (!c.isEmpty()) out.add(c);
        }
        return out;
    }

    /** PDF and pipe layouts: one row per non-blank line. */
    private void readRowPerLine(LineKind[] kinds, int first, int last, TableLayout layout) {
        List<CellBuilder> pending = null;
        int pendingLine = -1;
        for (int i = first; i <= last; i++) {
            if (kinds[i] == LineKind.BLANK || kinds[i] == LineKind.PIPE_RULE) continue;
            // Sized for section 四's row of 15 values and its label: no growing copy per row.
            List<CellBuilder> cells = spareList != null ? spareList : new ArrayList<>(16);
            spareList = null;
            char sep = layout == TableLayout.PIPES && kinds[i] != LineKind.TAB_ROW ? '|' : '\t';
            splitInto(cells, i, sep);
            if (layout == TableLayout.TABS && kinds[i] == LineKind.TAB_ROW) splitSpaceRuns(cells, i);
            // A row of mixed separators that lost the cell after its only tab is aligned by spaces alone.
            boolean spacedRow = layout == TableLayout.TABS && kinds[i] == LineKind.TEXT && splitSpaceRuns(cells, i);
            if (layout == TableLayout.TABS && pending != null && kinds[i] == LineKind.TAB_ROW && !cells.isEmpty()
                    && !cells.get(0).isEmpty()) {
                // A browser's copy of a web table: a <br> or paragraph inside the first cell broke the row.
                CellBuilder joined = pending.get(0);
                CellBuilder rest = cells.get(0);
                joined.extend(rest.from, rest.to);
                cells.set(0, joined);
                rows.add(row(cells, pendingLine, i));
                pending = null;
                continue;
            }
            boolean piece = layout == TableLayout.TABS && kinds[i] == LineKind.TEXT && !spacedRow && isCellPiece(source.line(i))
                    && i + 1 <= last && (kinds[i + 1] == LineKind.TAB_ROW || kinds[i + 1] == LineKind.TEXT);
            if (piece && pending != null && !cells.isEmpty()) {
                pending.get(0).extend(cells.get(0).from, cells.get(0).to);
                continue;
            }
            if (pending != null) rows.add(row(pending, pendingLine, pendingLine));
            pending = null;
            if (piece) {
                pending = cells;
                pendingLine = i;
                continue;
            }
            rows.add(row(cells, i, i));
            // Only a row made and never held as pending gives its builders back: nothing else refers to them.
            giveBack(cells);
            cells.clear();
            spareList = cells;
        }
        if (pending != null) rows.add(row(pending, pendingLine, pendingLine));
        if (layout == TableLayout.TABS) joinBrokenLaterCells();
    }

    /**
     * A browser's copy where a <br> or paragraph broke a later cell of a row (三、本年度办理结果 → （二）部分公开（区分
     * 处理的 … / 其他情形） → values): the row's first line ends in a numbered label and holds no value, and the
     * next line, right below it, goes on with an unnumbered piece that no row label is, followed by the values.
     * Header rows never end in a numbered label, and a new row starts numbered or with a known label (规章).
     */
    private void joinBrokenLaterCells() {
        for (int r = rows.size() - 2; r >= 0; r--) {
            Row head = rows.get(r);
            Row rest = rows.get(r + 1);
            int headCells = head.cellCount();
            if (rest.firstLine() != head.lastLine() + 1 || headCells == 0 || rest.cellCount() == 0) continue;
            // Read through the row's own accessors: most row pairs fail the first tests, and make no cell objects.
            String cutText = head.cellText(headCells - 1);
            if (cutText.isEmpty() || !TableTokens.isNumbered(cutText) || anyNumberCell(head)) continue;
            String tailText = rest.cellText(0);
            if (tailText.isEmpty() || isNumberText(tailText) || TableTokens.isNumbered(tailText)
                    || ACTIVE_ROW_LABELS.contains(Chars.canonical(tailText)) || !anyNumberCell(rest)) continue;
            Cell cut = head.cell(headCells - 1);
            Cell tail = rest.cell(0);
            List<Cell> cells = new ArrayList<>(head.cells().subList(0, headCells - 1));
            cells.add(new Cell(cut.start(), tail.end(), cut.text() + tail.text(), cut.line()));
            cells.addAll(rest.cells().subList(1, rest.cellCount()));
            rows.set(r, new Row(cells, head.firstLine(), rest.lastLine()));
            rows.remove(r + 1);
        }
    }

    private static boolean anyNumberCell(Row row) {
        for (int i = 0; i < row.cellCount(); i++) {
            if (isNumberText(row.cellText(i))) return true;
        }
        return false;
    }

    /** A text line that may be a piece of a cell: no block heading, no sentence, no row label of 二 by itself. */
    private static boolean isCellPiece(String line) {
        return !BLOCK_HEADING.matcher(line).find() && !PROSE_END.matcher(line).find()
                && !ACTIVE_ROW_LABELS.contains(Chars.canonical(line));
    }

    private static boolean isNumberText(String text) {
        return !text.isEmpty() && NUMBER_CELL.matcher(text).matches();
    }

    /** Cuts line {@code lineIndex} at {@code sep}, read in place in the text (no copy of the line). */
    private void splitInto(List<CellBuilder> cells, int lineIndex, char sep) {
        String text = source.text();
        int from = source.lineStart(lineIndex);
        int to = source.lineContentEnd(lineIndex);
        if (sep == '|') {
            // Leading and trailing pipes frame the row: "| 规章 | 0 |" has the same cells as "规章 | 0".
            int s = Chars.skipSpaces(text, from, to);
            if (s < to && text.charAt(s) == '|') from = s + 1;
            int e = Chars.trimEnd(text, from, to);
            if (e > from && text.charAt(e - 1) == '|') to = e - 1;
        }
        int start = from;
        for (int j = from; j <= to; j++) {
            if (j == to || text.charAt(j) == sep) {
                cells.add(builder(start, j, lineIndex));
                start = j + 1;
            }
        }
    }

    /** Tabs mixed with runs of spaces in one row: a tab cell holding several space-aligned numbers is split. */
    private boolean splitSpaceRuns(List<CellBuilder> cells, int lineIndex) {
        boolean split = false;
        for (int k = cells.size() - 1; k >= 0; k--) {
            CellBuilder c = cells.get(k);
            List<int[]> pieces = SpaceRunCellSplitter.pieces(source.text(), c.from, c.to);
            if (pieces.isEmpty()) continue;
            split = true;
            cells.remove(k);
            for (int p = pieces.size() - 1; p >= 0; p--) {
                cells.add(k, builder(pieces.get(p)[0], pieces.get(p)[1], lineIndex));
            }
        }
        return split;
    }

    /** The row of these cells, made from their offsets and texts (no Cell object per cell on the way). */
    private Row row(List<CellBuilder> builders, int firstLine, int lastLine) {
        int n = builders.size();
        if (linesScratch.length < n) {
            linesScratch = new int[2 * n];
            boundsScratch = new int[4 * n];
        }
        int[] bounds = boundsScratch;
        String[] texts = new String[n];
        int[] lines = linesScratch;
        for (int i = 0; i < n; i++) {
            CellBuilder b = builders.get(i);
            bounds[2 * i] = b.cellStart();
            bounds[2 * i + 1] = b.cellEnd();
            texts[i] = b.text();
            lines[i] = b.cellLine();
        }
        return new Row(bounds, texts, lines, firstLine, lastLine);
    }

    /** Keeps a row's builders for the next rows: one by one, as addAll would copy the list to an array first. */
    private void giveBack(List<CellBuilder> cells) {
        for (int i = 0; i < cells.size(); i++) spare.add(cells.get(i));
    }

    /** A builder for the cell of segment {@code from}–{@code to} of line {@code line}, a spare one if there is one. */
    private CellBuilder builder(int from, int to, int line) {
        CellBuilder b = spare.isEmpty() ? new CellBuilder() : spare.remove(spare.size() - 1);
        b.reset(from, to, line);
        return b;
    }

    /** Collects a cell's text, which a Word table may wrap over several lines. */
    private final class CellBuilder {
        private int segmentStart;
        private int line;
        private int start;
        private int end;
        /** The text of the first piece; a StringBuilder only once a second piece joins it (rare). */
        private String first;
        private StringBuilder joined;
        /** The segment this cell was made from, for joining it to a cell a line break cut. */
        int from;
        int to;

        void reset(int from, int to, int line) {
            this.from = from;
            this.to = to;
            this.segmentStart = from;
            this.line = line;
            start = -1;
            end = -1;
            first = null;
            joined = null;
            extend(from, to);
            startsOnItsLine = start >= 0;
        }

        /** The content starts on the builder's own line (nearly always): no search of the line index for it. */
        private boolean startsOnItsLine;

        void extend(int from, int to) {
            String t = source.text();
            // Word markers at the edges are outside the cell and inside it are not its text (NB404 removes them).
            // Without a '[' there is no marker: spaces alone are trimmed (one scan instead of three).
            boolean markers = false;
            for (int i = from; i < to && !markers; i++) markers = t.charAt(i) == '[';
            int s = markers ? WordMarkers.skip(t, from, to) : Chars.skipSpaces(t, from, to);
            int e = markers ? WordMarkers.trimEnd(t, s, to) : Chars.trimEnd(t, s, to);
            if (e <= s) return;
            if (start < 0) start = s;
            end = e;
            String piece = markers ? RepeatedTexts.shared(textCache, WordMarkers.strip(t.substring(s, e)))
                    : RepeatedTexts.shared(textCache, t, s, e);
            if (first == null) {
                first = piece;
            } else {
                if (joined == null) joined = new StringBuilder(first);
                joined.append(piece);
            }
        }

        boolean isEmpty() {
            return start < 0;
        }

        Cell build() {
            return new Cell(cellStart(), cellEnd(), text(), cellLine());
        }

        /** An empty cell stands where its segment starts. */
        int cellStart() {
            return start < 0 ? segmentStart : start;
        }

        int cellEnd() {
            return start < 0 ? segmentStart : end;
        }

        String text() {
            return start < 0 ? "" : joined != null ? RepeatedTexts.shared(textCache, joined.toString()) : first;
        }

        int cellLine() {
            return start < 0 || startsOnItsLine ? line : source.lineOf(start);
        }
    }

    private static java.util.Set<String> activeRowLabels() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (nianbao.core.format.FormatVersion v : nianbao.core.format.FormatVersion.values()) {
            for (nianbao.core.format.FormatSpec.BlockSpec b : nianbao.core.format.FormatSpec.load(v).tables.active.blocks) {
                for (nianbao.core.format.FormatSpec.RowSpec r : b.rows) out.add(Chars.canonical(r.label));
            }
        }
        return out;
    }
}
