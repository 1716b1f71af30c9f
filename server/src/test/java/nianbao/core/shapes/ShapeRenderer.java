package nianbao.core.shapes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import nianbao.core.syntax.Cell;
import nianbao.core.syntax.ReportParser;
import nianbao.core.syntax.ReportSyntax;
import nianbao.core.syntax.Row;
import nianbao.core.syntax.Table;
import nianbao.core.text.SourceText;
import nianbao.core.text.TraditionalChars;

/**
 * Writes a report's tables in the shapes real tools give them (issue 7), from the rows the parser read: text from
 * a PDF aligned by spaces with labels wrapped around their values, a browser's copy of a web table, pipe
 * variants, cells without tabs, traditional characters and wording variants. Prose lines stay as they are.
 */
public final class ShapeRenderer {
    /** Characters per line in a PDF's narrow label column. */
    private static final int LABEL_WIDTH = 7;

    public enum Shape { PDF_LAYOUT, MIXED_SEPARATORS, BROWSER_COPY, PIPE_CELL_LINES, PIPE_LONE_BARS, MARKDOWN_TRAILING, CELL_LINES_NO_TABS,
        TRADITIONAL, WORDING_VARIANTS }

    private ShapeRenderer() {
    }

    public static String render(String report, Shape shape) {
        return switch (shape) {
            case PDF_LAYOUT -> tables(report, ShapeRenderer::pdfLayout);
            case MIXED_SEPARATORS -> tables(report, ShapeRenderer::mixedSeparators);
            case BROWSER_COPY -> tables(report, ShapeRenderer::browserCopy);
            case PIPE_CELL_LINES -> tables(report, rows -> perCell(rows, c -> List.of(c + " |"), List.of()));
            case PIPE_LONE_BARS -> tables(report, ShapeRenderer::loneBars);
            case MARKDOWN_TRAILING -> tables(report, ShapeRenderer::markdown);
            case CELL_LINES_NO_TABS -> tables(report, ShapeRenderer::cellLines);
            case TRADITIONAL -> traditional(report);
            case WORDING_VARIANTS -> variants(report);
        };
    }

    /** The report with each table replaced by what {@code writer} makes of its rows' cell texts. */
    private static String tables(String report, Function<List<List<String>>, List<String>> writer) {
        SourceText source = new SourceText(report);
        ReportSyntax syntax = new ReportParser().parse(source);
        List<String> out = new ArrayList<>();
        int line = 0;
        for (Table t : syntax.tables()) {
            while (line < t.firstLine()) out.add(source.line(line++));
            List<List<String>> rows = new ArrayList<>();
            for (Row r : t.rows()) rows.add(r.cells().stream().map(Cell::text).toList());
            out.addAll(writer.apply(rows));
            line = t.lastLine() + 1;
        }
        while (line < source.lineCount()) out.add(source.line(line++));
        return String.join("\n", out);
    }

    private static boolean isValue(String cell) {
        return cell.matches("[-+]?[0-9][0-9.,]*");
    }

    private static List<String> pieces(String label, int width) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < label.length(); i += width) out.add(label.substring(i, Math.min(label.length(), i + width)));
        if (out.isEmpty()) out.add("");
        return out;
    }

    /** pdftotext -layout: label cells wrapped in narrow columns, the values on the middle line, spaces between. */
    private static List<String> pdfLayout(List<List<String>> rows) {
        List<String> out = new ArrayList<>();
        for (List<String> row : rows) {
            int firstValue = 0;
            while (firstValue < row.size() && !isValue(row.get(firstValue))) firstValue++;
            if (firstValue == row.size()) {
                out.add(String.join("   ", row.stream().filter(c -> !c.isEmpty()).toList()));
                continue;
            }
            List<List<String>> labelPieces = new ArrayList<>();
            int height = 1;
            for (int j = 0; j < firstValue; j++) {
                List<String> p = pieces(row.get(j), LABEL_WIDTH);
                labelPieces.add(p);
                height = Math.max(height, p.size());
            }
            int valueLine = (height - 1) / 2;
            String values = String.join("   ", row.subList(firstValue, row.size()).stream().filter(c -> !c.isEmpty()).toList());
            for (int k = 0; k < height; k++) {
                StringBuilder b = new StringBuilder();
                for (List<String> p : labelPieces) {
                    String piece = k < p.size() ? p.get(k) : "";
                    b.append(piece).append(" ".repeat(LABEL_WIDTH + 1 - piece.length()));
                }
                if (k == valueLine) b.append("    ").append(values);
                out.add(b.toString().stripTrailing());
            }
        }
        return out;
    }

    /**
     * PDF text with a mix of tabs and runs of spaces between cells: before a value, every other separator is a run
     * of spaces (alternating by row, at least one tab per row); next to an empty cell or a label, always a tab.
     */
    private static List<String> mixedSeparators(List<List<String>> rows) {
        List<String> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            StringBuilder b = new StringBuilder(row.isEmpty() ? "" : row.get(0));
            boolean tabUsed = false;
            for (int j = 1; j < row.size(); j++) {
                boolean spaces = isValue(row.get(j)) && !row.get(j - 1).isEmpty() && (j + r) % 2 == 0
                        && (tabUsed || j + 1 < row.size());
                b.append(spaces ? " ".repeat(2 + (j % 3)) : "\t");
                tabUsed |= !spaces;
                b.append(row.get(j));
            }
            out.add(b.toString());
        }
        return out;
    }

    /**
     * A browser's copy: cells covered by a rowspan are absent, a <br> breaks a long first cell or a long label after
     * a group cell, NBSP pads numbers.
     */
    private static List<String> browserCopy(List<List<String>> rows) {
        List<String> out = new ArrayList<>();
        for (List<String> row : rows) {
            List<String> cells = new ArrayList<>(row);
            while (cells.size() > 1 && cells.get(0).isEmpty() && cells.stream().anyMatch(c -> !c.isEmpty())) cells.remove(0);
            for (int j = 0; j < cells.size(); j++) {
                if (isValue(cells.get(j)) && j % 2 == 0) cells.set(j, "\u00A0" + cells.get(j));
            }
            String first = cells.get(0);
            if (first.length() > 12 && !isValue(first) && cells.size() > 1) {
                cells.set(0, String.join("\n", pieces(first, 8)));
            }
            // A <br> in a later cell: the row's label after its rowspan group cell, when long.
            if (cells.size() > 2 && !isValue(first) && !isValue(cells.get(1)) && cells.get(1).length() > 12) {
                cells.set(1, String.join("\n", pieces(cells.get(1), 8)));
            }
            out.add(String.join("\t", cells));
        }
        return out;
    }

    private static List<String> perCell(List<List<String>> rows, Function<String, List<String>> cellLines, List<String> afterRow) {
        List<String> out = new ArrayList<>();
        for (List<String> row : rows) {
            for (String c : row) {
                if (!c.isEmpty()) out.addAll(cellLines.apply(c));
            }
            out.addAll(afterRow);
        }
        return out;
    }

    /** One cell per line, "|" alone between cells, "||||" between rows. */
    private static List<String> loneBars(List<List<String>> rows) {
        List<String> out = new ArrayList<>();
        for (List<String> row : rows) {
            List<String> cells = row.stream().filter(c -> !c.isEmpty()).toList();
            for (int j = 0; j < cells.size(); j++) {
                out.add(cells.get(j));
                if (j + 1 < cells.size()) out.add("|");
            }
            out.add("||||");
        }
        return out;
    }

    /** Markdown: a rule under the first row, trailing empty cells. */
    private static List<String> markdown(List<List<String>> rows) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            out.add("| " + String.join(" | ", rows.get(i)) + " | ||||||");
            if (i == 0) out.add("|" + "---|".repeat(Math.max(1, rows.get(0).size())));
        }
        return out;
    }

    /** A Word table pasted without its tabs: one cell per line, empty cells blank, a blank line between rows. */
    private static List<String> cellLines(List<List<String>> rows) {
        List<String> out = new ArrayList<>();
        for (List<String> row : rows) {
            out.addAll(row);
            out.add("");
        }
        return out;
    }

    private static String traditional(String report) {
        StringBuilder b = new StringBuilder(report.length());
        for (int i = 0; i < report.length(); i++) b.append(TraditionalChars.traditionalOf(report.charAt(i)));
        return b.toString();
    }

    /** 第二十条(一)项, 第二十条 第（五）项, items numbered 1、 and a prose note line right before table 三. */
    private static String variants(String report) {
        return report.replace("第二十条第（一）项", "第二十条(一)项")
                .replace("第二十条第（五）项", "第二十条 第（五）项")
                .replaceAll("(?m)(^|\\t)([1-8])\\.(?=\\p{IsHan})", "$1$2、")
                .replaceFirst("(?m)^(（本列数据的勾稽关系)", "注：下表数据以件为单位。\n$1");
    }
}
