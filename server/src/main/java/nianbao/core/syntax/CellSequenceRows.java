package nianbao.core.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows from a sequence of cells that lost their row breaks (one cell per line, blank lines or pipe rules between
 * some rows, or none): a row is its label cells, then its values; a label after a value starts the next row.
 */
final class CellSequenceRows {
    private CellSequenceRows() {
    }

    /** @param runs cells grouped by the breaks the text still has (blank lines, rows of empty pipe cells) */
    static List<Row> rows(List<List<Cell>> runs) {
        List<Row> out = new ArrayList<>();
        for (List<Cell> run : runs) {
            List<Cell> row = new ArrayList<>();
            boolean valueSeen = false;
            for (Cell c : run) {
                boolean value = TableTokens.isValue(c.text().strip());
                if (!value && valueSeen && !c.isEmpty()) {
                    add(out, row);
                    row = new ArrayList<>();
                    valueSeen = false;
                }
                row.add(c);
                valueSeen |= value;
            }
            add(out, row);
        }
        return out;
    }

    private static void add(List<Row> out, List<Cell> row) {
        if (row.isEmpty()) return;
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (Cell c : row) {
            first = Math.min(first, c.line());
            last = Math.max(last, c.line());
        }
        out.add(new Row(row, first, last));
    }
}
