package nianbao.core.syntax;

import java.util.ArrayList;
import java.util.List;

import nianbao.core.text.Chars;
import nianbao.core.text.SourceText;

/** Reads the lines of one table into rows and cells, in whichever layout they use. */
final class TableReader {
    private final SourceText source;
    private final List<Row> rows = new ArrayList<>();

    private TableReader(SourceText source) {
        this.source = source;
    }

    static Table read(SourceText source, LineKind[] kinds, int first, int last) {
        TableLayout layout = layoutOf(kinds, first, last);
        TableReader reader = new TableReader(source);
        if (layout == TableLayout.CELL_PER_LINE) {
            reader.readCellPerLine(kinds, first, last);
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
                if (!cells.isEmpty()) rows.add(new Row(build(cells), rowStart, i - 1));
                cells.clear();
                continue;
            }
            if (cells.isEmpty()) rowStart = i;
            String line = source.line(i);
            int base = source.lineStart(i);
            switch (kinds[i]) {
                case CELL -> cells.add(new CellBuilder(base + line.indexOf('\t') + 1, base + line.length(), i));
                case TEXT -> {
                    if (cells.isEmpty()) cells.add(new CellBuilder(base, base + line.length(), i));
                    else cells.get(cells.size() - 1).extend(base, base + line.length());
                }
                default -> splitInto(cells, line, base, i, kinds[i] == LineKind.TAB_ROW ? '\t' : '|', kinds[i]);
            }
        }
    }

    /** PDF and pipe layouts: one row per non-blank line. */
    private void readRowPerLine(LineKind[] kinds, int first, int last, TableLayout layout) {
        for (int i = first; i <= last; i++) {
            if (kinds[i] == LineKind.BLANK || kinds[i] == LineKind.PIPE_RULE) continue;
            String line = source.line(i);
            List<CellBuilder> cells = new ArrayList<>();
            char sep = layout == TableLayout.PIPES && kinds[i] != LineKind.TAB_ROW ? '|' : '\t';
            splitInto(cells, line, source.lineStart(i), i, sep, kinds[i]);
            rows.add(new Row(build(cells), i, i));
        }
    }

    private void splitInto(List<CellBuilder> cells, String line, int base, int lineIndex, char sep, LineKind kind) {
        int from = 0;
        int to = line.length();
        if (sep == '|') {
            // Leading and trailing pipes frame the row: "| 规章 | 0 |" has the same cells as "规章 | 0".
            int s = Chars.skipSpaces(line, 0, to);
            if (s < to && line.charAt(s) == '|') from = s + 1;
            int e = Chars.trimEnd(line, from, to);
            if (e > from && line.charAt(e - 1) == '|') to = e - 1;
        }
        int start = from;
        for (int j = from; j <= to; j++) {
            if (j == to || line.charAt(j) == sep) {
                cells.add(new CellBuilder(base + start, base + j, lineIndex));
                start = j + 1;
            }
        }
    }

    private List<Cell> build(List<CellBuilder> builders) {
        List<Cell> out = new ArrayList<>(builders.size());
        for (CellBuilder b : builders) out.add(b.build());
        return out;
    }

    /** Collects a cell's text, which a Word table may wrap over several lines. */
    private final class CellBuilder {
        private final int segmentStart;
        private final int line;
        private int start = -1;
        private int end = -1;
        private final StringBuilder text = new StringBuilder();

        CellBuilder(int from, int to, int line) {
            this.segmentStart = from;
            this.line = line;
            extend(from, to);
        }

        void extend(int from, int to) {
            String t = source.text();
            int s = Chars.skipSpaces(t, from, to);
            int e = Chars.trimEnd(t, s, to);
            if (e <= s) return;
            if (start < 0) start = s;
            end = e;
            text.append(t, s, e);
        }

        Cell build() {
            if (start < 0) return new Cell(segmentStart, segmentStart, "", line);
            return new Cell(start, end, text.toString(), source.lineOf(start));
        }
    }
}
