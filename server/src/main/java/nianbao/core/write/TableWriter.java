package nianbao.core.write;

import java.util.ArrayList;
import java.util.List;

import nianbao.core.syntax.TableLayout;

/**
 * Writes template rows in the layout a document's tables already use, so that inserted rows read like the rest:
 * a line of tab-separated cells (PDF), one cell per line each after a tab with a blank line between rows (Word),
 * or a line of {@code |}-separated cells. Lines end with "\n"; callers convert to the document's line ending.
 * This package writes tables as text in a layout: the official tables as templates ({@link TableTemplate}) and any
 * rows (a converted document's); the language server's completion, {@code nianbao convert} and the tests share it.
 */
public final class TableWriter {
    private TableWriter() {
    }

    public static String write(List<List<String>> rows, TableLayout layout) {
        List<String> written = new ArrayList<>(rows.size());
        for (List<String> row : rows) written.add(row(row, layout));
        return String.join(layout == TableLayout.CELL_PER_LINE || layout == TableLayout.CELL_LINES ? "\n\n" : "\n", written);
    }

    private static String row(List<String> cells, TableLayout layout) {
        return switch (layout) {
            // A flattened table cannot be written as such: rows go in as tab rows, the readable form of its text.
            case TABS, FLATTENED -> String.join("\t", cells);
            case PIPES -> "| " + String.join(" | ", cells) + " |";
            case CELL_PER_LINE -> "\t" + String.join("\n\t", cells);
            case SPACE_ALIGNED -> String.join("  ", cells);
            case CELL_LINES -> String.join("\n", cells);
        };
    }
}
