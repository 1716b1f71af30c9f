package nianbao.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nianbao.core.format.FormatSpec;
import nianbao.core.format.FormatVersion;
import nianbao.core.format.TableKind;
import nianbao.core.syntax.TableLayout;
import nianbao.core.write.TableWriter;
import nianbao.document.ConvertedDocument.PlacedSpan;

/**
 * A converted document's text with its tables in another layout (cell per line as Word copies it, or {@code |}
 * rows), for {@code nianbao convert --layout}: the rows are the same, written by the core's table writer.
 */
public final class DocumentTextLayouts {
    private DocumentTextLayouts() {
    }

    public static String inLayout(ConvertedDocument doc, TableLayout layout) {
        if (layout == TableLayout.TABS) return doc.text();
        String[] lines = doc.text().split("\n", -1);
        StringBuilder out = new StringBuilder(doc.text().length() + 256);
        List<List<String>> rows = new ArrayList<>();
        int tableOfRows = 0;
        int offset = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int table = tableAt(doc, offset, line.length());
            if (table != tableOfRows && !rows.isEmpty()) {
                flush(out, rows, layout);
            }
            if (table > 0 && rows.isEmpty() && layout == TableLayout.CELL_PER_LINE && isBlockCaption(lastLine(out))) {
                // Word keeps a caption such as 第二十条第（一）项 as the table's first row: move it into the table.
                String caption = lastLine(out);
                out.setLength(out.length() - caption.length() - 1);
                rows.add(List.of(caption));
            }
            if (table > 0) {
                rows.add(cells(line, layout));
                tableOfRows = table;
            } else {
                tableOfRows = 0;
                if (i < lines.length - 1 || !line.isEmpty()) out.append(line).append(i < lines.length - 1 ? "\n" : "");
            }
            offset += line.length() + 1;
        }
        if (!rows.isEmpty()) flush(out, rows, layout);
        return out.toString();
    }

    private static String lastLine(StringBuilder out) {
        if (out.length() == 0 || out.charAt(out.length() - 1) != '\n') return "";
        int start = out.lastIndexOf("\n", out.length() - 2) + 1;
        return out.substring(start, out.length() - 1);
    }

    /** A block heading of table 二 in the format data (第二十条第（一）项). */
    private static boolean isBlockCaption(String line) {
        if (line.isEmpty()) return false;
        String compact = line.replaceAll("[\\s\u3000]", "");
        for (FormatVersion v : FormatVersion.values()) {
            for (FormatSpec.BlockSpec b : FormatSpec.load(v).table(TableKind.ACTIVE).blocks) {
                if (b.heading != null && compact.equals(b.heading.replaceAll("[\\s\u3000]", ""))) return true;
            }
        }
        return false;
    }

    /** The table a line's cells belong to, 0 for prose and blank lines. */
    private static int tableAt(ConvertedDocument doc, int lineStart, int length) {
        if (length == 0) return 0;
        return doc.spanAt(lineStart).map(PlacedSpan::place).filter(SourcePlace::inTable).map(SourcePlace::table).orElse(0);
    }

    /** A caption row (one cell then empties) is written as its one cell, as Word and pipe tables have it. */
    private static List<String> cells(String line, TableLayout layout) {
        List<String> cells = new ArrayList<>(Arrays.asList(line.split("\t", -1)));
        long filled = cells.stream().filter(c -> !c.isEmpty()).count();
        if (filled == 1 && !cells.get(0).isEmpty()) return List.of(cells.get(0));
        return cells;
    }

    private static void flush(StringBuilder out, List<List<String>> rows, TableLayout layout) {
        boolean blankAround = layout == TableLayout.CELL_PER_LINE;
        if (blankAround && out.length() > 0 && !out.toString().endsWith("\n\n")) out.append('\n');
        out.append(TableWriter.write(rows, layout)).append('\n');
        if (blankAround) out.append('\n');
        rows.clear();
    }
}
