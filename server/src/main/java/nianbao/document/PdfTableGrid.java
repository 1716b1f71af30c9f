package nianbao.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import nianbao.document.PdfPageContent.Glyph;
import nianbao.document.PdfPageContent.Rule;

/**
 * Finds the ruled tables of one PDF page (the lattice of its ruling lines) and reads their cells: a row band is
 * the space between two horizontal rules crossed by at least two vertical ones; a missing vertical rule inside a
 * band is a merged cell across columns, a missing horizontal one below a cell a merged cell down the rows, whose
 * text (often printed in the middle of the merged area) belongs to its first row. Glyphs outside tables are left
 * for prose.
 */
final class PdfTableGrid {
    private static final float SAME = 1.5f;

    /** A table found on a page: its rows of cells, where it stands, and how many grid columns it has. */
    record PageTable(float top, float bottom, int columns, List<List<GridCell>> rows, boolean openTop, boolean openBottom) {
    }

    /** A cell of the lattice; {@code continuesAbove} for the part of a merged cell below its first row. */
    static final class GridCell {
        final float x0;
        final float x1;
        final int colSpan;
        final boolean continuesAbove;
        GridCell origin = this;
        final List<Glyph> glyphs = new ArrayList<>();

        GridCell(float x0, float x1, int colSpan, boolean continuesAbove) {
            this.x0 = x0;
            this.x1 = x1;
            this.colSpan = colSpan;
            this.continuesAbove = continuesAbove;
        }

        String text() {
            return PdfTableGrid.text(glyphs);
        }
    }

    private record Line(float at, List<float[]> spans, boolean synthetic) {
        Line(float at, List<float[]> spans) {
            this(at, spans, false);
        }

        boolean covers(float v) {
            for (float[] s : spans) if (s[0] - SAME <= v && v <= s[1] + SAME) return true;
            return false;
        }
    }

    private PdfTableGrid() {
    }

    /** The tables of a page; the glyphs they take are removed from {@code glyphs}. */
    static List<PageTable> tables(List<Rule> rules, List<Glyph> glyphs) {
        List<Line> hs = new ArrayList<>(lines(rules, true));
        List<Line> vs = lines(rules, false);
        closeAtPageBreaks(hs, vs);
        List<PageTable> tables = new ArrayList<>();
        List<float[]> band = new ArrayList<>(); // {top, bottom}
        List<List<Float>> bounds = new ArrayList<>();
        for (int k = 0; k + 1 < hs.size(); k++) {
            float top = hs.get(k).at(), bottom = hs.get(k + 1).at();
            float mid = (top + bottom) / 2;
            List<Float> b = new ArrayList<>();
            if (bottom - top > 3) for (Line v : vs) if (v.covers(mid) && v.covers(top + 1) && v.covers(bottom - 1)) b.add(v.at());
            if (b.size() >= 2) {
                band.add(new float[]{top, bottom, k});
                bounds.add(b);
            } else if (!band.isEmpty()) {
                tables.add(table(hs, band, bounds, glyphs));
                band = new ArrayList<>();
                bounds = new ArrayList<>();
            }
        }
        if (!band.isEmpty()) tables.add(table(hs, band, bounds, glyphs));
        return tables;
    }

    private static PageTable table(List<Line> hs, List<float[]> bands, List<List<Float>> bounds, List<Glyph> glyphs) {
        List<Float> columns = new ArrayList<>();
        for (List<Float> b : bounds) for (float x : b) if (columns.stream().noneMatch(c -> Math.abs(c - x) <= SAME)) columns.add(x);
        columns.sort(null);
        List<List<GridCell>> rows = new ArrayList<>();
        for (int r = 0; r < bands.size(); r++) {
            List<Float> b = bounds.get(r);
            Line topRule = hs.get((int) bands.get(r)[2]);
            List<GridCell> row = new ArrayList<>();
            for (int i = 0; i + 1 < b.size(); i++) {
                float x0 = b.get(i), x1 = b.get(i + 1);
                int span = Math.max(1, index(columns, x1) - index(columns, x0));
                GridCell above = r == 0 ? null : find(rows.get(r - 1), x0, x1);
                boolean continues = above != null && !topRule.covers((x0 + x1) / 2);
                GridCell cell = new GridCell(x0, x1, span, continues);
                if (continues) cell.origin = above.origin;
                row.add(cell);
            }
            rows.add(row);
        }
        float top = bands.get(0)[0], bottom = bands.get(bands.size() - 1)[1];
        boolean openTop = hs.get((int) bands.get(0)[2]).synthetic();
        boolean openBottom = hs.get((int) bands.get(bands.size() - 1)[2] + 1).synthetic();
        for (var it = glyphs.iterator(); it.hasNext(); ) {
            Glyph g = it.next();
            float cx = g.centerX(), cy = g.centerY();
            if (cy < top || cy > bottom) continue;
            for (int r = 0; r < bands.size(); r++) {
                if (cy < bands.get(r)[0] || cy > bands.get(r)[1]) continue;
                for (GridCell c : rows.get(r)) {
                    if (cx >= c.x0 && cx <= c.x1) {
                        c.origin.glyphs.add(g);
                        it.remove();
                        break;
                    }
                }
                break;
            }
        }
        return new PageTable(top, bottom, columns.size() - 1, rows, openTop, openBottom);
    }

    /**
     * A row cut by the page end has no rule below it (and its rest on the next page none above): close such rows
     * with a rule where the vertical rules end, marked as not drawn, so that the two halves can be joined.
     */
    private static void closeAtPageBreaks(List<Line> hs, List<Line> vs) {
        if (vs.isEmpty()) return;
        float vMin = Float.MAX_VALUE, vMax = -Float.MAX_VALUE, xMin = Float.MAX_VALUE, xMax = -Float.MAX_VALUE;
        for (Line v : vs) {
            for (float[] sp : v.spans()) {
                vMin = Math.min(vMin, sp[0]);
                vMax = Math.max(vMax, sp[1]);
            }
            xMin = Math.min(xMin, v.at());
            xMax = Math.max(xMax, v.at());
        }
        List<float[]> whole = new ArrayList<>();
        whole.add(new float[]{xMin, xMax});
        if (hs.isEmpty() || hs.get(0).at() > vMin + 3) hs.add(0, new Line(vMin, whole, true));
        if (hs.get(hs.size() - 1).at() < vMax - 3) hs.add(new Line(vMax, whole, true));
    }

    private static GridCell find(List<GridCell> row, float x0, float x1) {
        for (GridCell c : row) if (Math.abs(c.x0 - x0) <= SAME && Math.abs(c.x1 - x1) <= SAME) return c;
        return null;
    }

    private static int index(List<Float> columns, float x) {
        for (int i = 0; i < columns.size(); i++) if (Math.abs(columns.get(i) - x) <= SAME) return i;
        return 0;
    }

    /** Rules of one direction merged into lines: same position within {@link #SAME}, touching spans joined. */
    private static List<Line> lines(List<Rule> rules, boolean horizontal) {
        List<Rule> sorted = rules.stream().filter(r -> r.horizontal() == horizontal)
                .sorted(Comparator.comparingDouble(Rule::at)).toList();
        List<Line> out = new ArrayList<>();
        List<Rule> group = new ArrayList<>();
        for (Rule r : sorted) {
            if (!group.isEmpty() && r.at() - group.get(0).at() > SAME) {
                out.add(line(group));
                group = new ArrayList<>();
            }
            group.add(r);
        }
        if (!group.isEmpty()) out.add(line(group));
        return out;
    }

    private static Line line(List<Rule> group) {
        List<float[]> spans = new ArrayList<>();
        List<Rule> byStart = new ArrayList<>(group);
        byStart.sort(Comparator.comparingDouble(Rule::from));
        for (Rule r : byStart) {
            float[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && r.from() <= last[1] + SAME) last[1] = Math.max(last[1], r.to());
            else spans.add(new float[]{r.from(), r.to()});
        }
        float at = (float) group.stream().mapToDouble(Rule::at).average().orElse(0);
        return new Line(at, spans);
    }

    /** Glyphs as text: lines top to bottom joined without a break (a wrapped label), a space for a wide gap. */
    static String text(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::centerY));
        List<List<Glyph>> lines = new ArrayList<>();
        for (Glyph g : sorted) {
            List<Glyph> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last != null && Math.abs(last.get(0).centerY() - g.centerY()) < last.get(0).height() * 0.5f) last.add(g);
            else lines.add(new ArrayList<>(List.of(g)));
        }
        StringBuilder b = new StringBuilder();
        for (List<Glyph> line : lines) {
            line.sort(Comparator.comparingDouble(Glyph::x));
            Glyph previous = null;
            for (Glyph g : line) {
                if (previous != null && g.x() - (previous.x() + previous.width()) > g.height() * 0.6f) b.append(' ');
                b.append(g.text());
                previous = g;
            }
        }
        return b.toString();
    }
}
