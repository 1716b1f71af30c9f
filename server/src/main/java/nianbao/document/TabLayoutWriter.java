package nianbao.document;

import java.util.ArrayList;
import java.util.List;

import nianbao.document.DocumentContent.Block;
import nianbao.document.DocumentContent.ProseParagraph;
import nianbao.document.DocumentContent.SourceCell;
import nianbao.document.DocumentContent.SourceRow;
import nianbao.document.DocumentContent.SourceTable;
import nianbao.document.ConvertedDocument.PlacedSpan;

/**
 * Writes a document's content as the checker's tab layout. A merged cell is expanded the way the official table
 * is written as text: its text in the first row and column it covers, empty cells in the others (a group label such
 * as 三、本年度办理结果 stands in its group's first row; the rows below leave that cell empty).
 */
public final class TabLayoutWriter {
    private final StringBuilder text = new StringBuilder();
    private final List<PlacedSpan> spans = new ArrayList<>();
    private final List<Integer> tableSources = new ArrayList<>();

    private TabLayoutWriter() {
    }

    public static ConvertedDocument write(DocumentContent content) {
        TabLayoutWriter w = new TabLayoutWriter();
        boolean afterTable = false;
        for (Block block : content.blocks()) {
            if (block instanceof ProseParagraph p) {
                String line = clean(p.text());
                if (line.isEmpty()) continue;
                if (afterTable) w.text.append('\n');
                int start = w.text.length();
                w.text.append(line);
                w.spans.add(new PlacedSpan(start, w.text.length(), SourcePlace.paragraph(p.number(), p.page()), true));
                w.text.append('\n');
                afterTable = false;
            } else if (block instanceof SourceTable t) {
                // A table follows its caption line directly (第二十条第（一）项 above 信息内容…), as in the tab layout.
                if (afterTable) w.text.append('\n');
                w.table(t);
                afterTable = true;
            }
        }
        return new ConvertedDocument(content.kind(), w.text.toString(), w.spans, w.tableSources);
    }

    private void table(SourceTable table) {
        while (tableSources.size() < table.number()) tableSources.add(table.sourceIndex());
        int width = 0;
        for (SourceRow row : table.rows()) {
            int w = 0;
            for (SourceCell c : row.cells()) w += Math.max(1, c.colSpan());
            width = Math.max(width, w);
        }
        int[] pending = new int[width + 1];
        SourcePlace[] pendingPlace = new SourcePlace[width + 1];
        SourcePlace[] abovePlace = new SourcePlace[width + 1];
        for (int r = 0; r < table.rows().size(); r++) {
            SourceRow row = table.rows().get(r);
            List<String> cells = new ArrayList<>();
            List<SourcePlace> places = new ArrayList<>();
            List<Boolean> origins = new ArrayList<>();
            int col = 0;
            int physical = 0;
            for (SourceCell cell : row.cells()) {
                col = fillPending(col, pending, pendingPlace, cells, places, origins, false);
                physical++;
                SourcePlace place = SourcePlace.cell(table.number(), r + 1, physical, row.page());
                int span = Math.max(1, cell.colSpan());
                for (int k = 0; k < span; k++) {
                    boolean own = k == 0 && !cell.continuesAbove();
                    cells.add(own ? clean(cell.text()) : "");
                    // A Word continuation cell is part of the merged cell above: findings there belong to it.
                    SourcePlace p = cell.continuesAbove() && col + k < abovePlace.length && abovePlace[col + k] != null
                            ? abovePlace[col + k] : place;
                    places.add(p);
                    origins.add(own);
                    if (col + k < abovePlace.length) abovePlace[col + k] = p;
                    if (cell.rowSpan() > 1 && col + k < pending.length) {
                        pending[col + k] = cell.rowSpan() - 1;
                        pendingPlace[col + k] = place;
                    }
                }
                col += span;
            }
            fillPending(col, pending, pendingPlace, cells, places, origins, true);
            if (cells.stream().allMatch(String::isEmpty)) continue;
            writeRow(cells, places, origins);
        }
    }

    /** Emits the empty slots that merged cells from rows above cover, from {@code col} on. */
    private static int fillPending(int col, int[] pending, SourcePlace[] pendingPlace, List<String> cells,
                                   List<SourcePlace> places, List<Boolean> origins, boolean toEnd) {
        int last = col;
        if (toEnd) {
            last = -1;
            for (int k = pending.length - 1; k >= col; k--) {
                if (pending[k] > 0) {
                    last = k;
                    break;
                }
            }
        }
        while (col < pending.length && (toEnd ? col <= last : pending[col] > 0)) {
            cells.add("");
            places.add(pendingPlace[col] != null ? pendingPlace[col] : places.isEmpty() ? null : places.get(places.size() - 1));
            origins.add(false);
            if (pending[col] > 0) pending[col]--;
            col++;
        }
        return col;
    }

    private void writeRow(List<String> cells, List<SourcePlace> places, List<Boolean> origins) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) text.append('\t');
            int start = text.length();
            text.append(cells.get(i));
            if (places.get(i) != null) spans.add(new PlacedSpan(start, text.length(), places.get(i), origins.get(i)));
        }
        text.append('\n');
    }

    /** One line of cell or paragraph text: breaks and tabs become spaces, no-break spaces plain ones, ends trimmed. */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c == '\t' || c == '\n' || c == '\r' || c == '\u00A0' || c == '\u000B' || c == '\f' ? ' ' : c);
        }
        return b.toString().strip();
    }

}
