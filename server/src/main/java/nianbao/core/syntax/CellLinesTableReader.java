package nianbao.core.syntax;

import java.util.ArrayList;
import java.util.List;

import nianbao.core.text.SourceText;

/**
 * One cell per line without tabs, rows separated by blank lines: a Word table pasted into an editor that dropped
 * the tabs. Empty cells become blank lines too, so a row is a run of non-blank lines: its labels, then its values.
 */
final class CellLinesTableReader {
    /** Fewer lone values than this is prose with a number in it, not a table. */
    private static final int MIN_VALUE_LINES = 3;

    private CellLinesTableReader() {
    }

    static Table find(SourceText source, List<TableTokens.LineTokens> tokens, int from, int to) {
        List<int[]> runs = new ArrayList<>();
        int runStart = -1;
        for (int i = from; i <= to + 1; i++) {
            boolean blank = i > to || tokens.get(i - from).isEmpty();
            if (blank && runStart >= 0) {
                runs.add(new int[] {runStart, i - 1});
                runStart = -1;
            } else if (!blank && runStart < 0) {
                runStart = i;
            }
        }
        int firstData = -1;
        int lastData = -1;
        int valueLines = 0;
        for (int r = 0; r < runs.size(); r++) {
            int values = 0;
            for (int i = runs.get(r)[0]; i <= runs.get(r)[1]; i++) {
                if (isLoneValue(tokens.get(i - from))) values++;
            }
            if (values == 0) continue;
            valueLines += values;
            if (firstData < 0) firstData = r;
            lastData = r;
        }
        if (firstData < 0 || valueLines < MIN_VALUE_LINES) return null;
        int firstRun = firstData;
        for (int r = firstData - 1; r >= 0; r--) {
            if (hasProse(source, tokens, from, runs.get(r))) break;
            firstRun = r;
        }
        List<List<Cell>> cellRuns = new ArrayList<>();
        for (int r = firstRun; r <= lastData; r++) {
            if (hasProse(source, tokens, from, runs.get(r))) continue;
            List<Cell> cells = new ArrayList<>();
            for (int i = runs.get(r)[0]; i <= runs.get(r)[1]; i++) {
                int start = source.lineStart(i);
                String line = source.line(i);
                int s = nianbao.core.text.Chars.skipSpaces(line, 0, line.length());
                int e = nianbao.core.text.Chars.trimEnd(line, s, line.length());
                cells.add(new Cell(start + s, start + e, line.substring(s, e), i));
            }
            cellRuns.add(cells);
        }
        List<Row> rows = CellSequenceRows.rows(cellRuns);
        return new Table(TableLayout.CELL_LINES, rows, runs.get(firstRun)[0], runs.get(lastData)[1]);
    }

    private static boolean isLoneValue(TableTokens.LineTokens t) {
        return t.texts().isEmpty() && t.values().size() == 1;
    }

    private static boolean hasProse(SourceText source, List<TableTokens.LineTokens> tokens, int from, int[] run) {
        for (int i = run[0]; i <= run[1]; i++) {
            if (InferredTables.isProse(source, tokens.get(i - from))) return true;
        }
        return false;
    }
}
