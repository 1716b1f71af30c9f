package nianbao.core.syntax;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

import nianbao.core.text.RepeatedTexts;

/**
 * One table row: its cells in order, and the lines it spans (0-based, inclusive).
 *
 * <p>The cells are kept as offsets and texts in arrays, not as a {@link Cell} each: a table pasted hundreds of times
 * has a hundred thousand cells, and one object per cell made the heap of its check twenty times the document
 * (issue 8). {@link #cells()} is a view that makes each {@link Cell} when asked; cells are values (a record), so
 * two made for the same place are equal.
 */
public final class Row {
    /**
     * Start and end offset of cell i at 2i and 2i+1, less {@link #base}: chars when the row spans less than 64 KiB of
     * text (nearly always; half the memory), ints otherwise. Exactly one of the two is set.
     */
    private final char[] nearBounds;
    private final int[] farBounds;
    private final int base;
    private final String[] texts;
    /** The line of each cell, or null when every cell starts on {@link #firstLine}. */
    private final int[] lines;
    private final int firstLine;
    private final int lastLine;

    public Row(List<Cell> cells, int firstLine, int lastLine) {
        this(boundsOf(cells), textsOf(cells), linesOf(cells), firstLine, lastLine);
    }

    /**
     * A row from its cells' offsets ({@code bounds}: start and end of cell i at 2i and 2i+1), texts (kept, not copied,
     * and already shared through {@link RepeatedTexts} by the caller, where they were made) and lines: the table
     * reader makes rows so, without a {@link Cell} per cell. {@code bounds} and {@code cellLines} are read, not kept:
     * the reader passes the same scratch arrays for every row (longer than the row, when its cells are fewer).
     */
    Row(int[] bounds, String[] texts, int[] cellLines, int firstLine, int lastLine) {
        int n = texts.length;
        this.texts = texts;
        this.firstLine = firstLine;
        this.lastLine = lastLine;
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int i = 0; i < n; i++) {
            min = Math.min(min, bounds[2 * i]);
            max = Math.max(max, bounds[2 * i + 1]);
        }
        this.base = n == 0 ? 0 : min;
        boolean near = n == 0 || max - min <= Character.MAX_VALUE;
        char[] nearOnes = near ? new char[2 * n] : null;
        int[] farOnes = near ? null : new int[2 * n];
        boolean allOnFirstLine = true;
        for (int i = 0; i < n; i++) {
            if (near) {
                nearOnes[2 * i] = (char) (bounds[2 * i] - base);
                nearOnes[2 * i + 1] = (char) (bounds[2 * i + 1] - base);
            } else {
                farOnes[2 * i] = bounds[2 * i] - base;
                farOnes[2 * i + 1] = bounds[2 * i + 1] - base;
            }
            allOnFirstLine &= cellLines[i] == firstLine;
        }
        this.nearBounds = nearOnes;
        this.farBounds = farOnes;
        this.lines = allOnFirstLine ? null : java.util.Arrays.copyOf(cellLines, n);
    }

    private static int[] boundsOf(List<Cell> cells) {
        int[] bounds = new int[2 * cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            bounds[2 * i] = cells.get(i).start();
            bounds[2 * i + 1] = cells.get(i).end();
        }
        return bounds;
    }

    private static String[] textsOf(List<Cell> cells) {
        String[] texts = new String[cells.size()];
        String[] cache = RepeatedTexts.cache();
        for (int i = 0; i < texts.length; i++) texts[i] = RepeatedTexts.shared(cache, cells.get(i).text());
        return texts;
    }

    private static int[] linesOf(List<Cell> cells) {
        int[] lines = new int[cells.size()];
        for (int i = 0; i < lines.length; i++) lines[i] = cells.get(i).line();
        return lines;
    }

    /** The cells in order (a view: each is made when asked). */
    public List<Cell> cells() {
        return new Cells();
    }

    public int firstLine() {
        return firstLine;
    }

    public int lastLine() {
        return lastLine;
    }

    public int cellCount() {
        return texts.length;
    }

    public Cell cell(int i) {
        return new Cell(cellStart(i), cellEnd(i), texts[i], lines == null ? firstLine : lines[i]);
    }

    public String cellText(int i) {
        return texts[i];
    }

    public int cellStart(int i) {
        return base + (nearBounds != null ? nearBounds[2 * i] : farBounds[2 * i]);
    }

    public int cellEnd(int i) {
        return base + (nearBounds != null ? nearBounds[2 * i + 1] : farBounds[2 * i + 1]);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Row r) || firstLine != r.firstLine || lastLine != r.lastLine || texts.length != r.texts.length
                || !Arrays.equals(texts, r.texts) || !Arrays.equals(lines, r.lines)) {
            return false;
        }
        for (int i = 0; i < texts.length; i++) {
            if (cellStart(i) != r.cellStart(i) || cellEnd(i) != r.cellEnd(i)) return false;
        }
        return true;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * base + Arrays.hashCode(texts)) + firstLine) + lastLine;
    }

    @Override
    public String toString() {
        return "Row[cells=" + cells() + ", firstLine=" + firstLine + ", lastLine=" + lastLine + "]";
    }

    private final class Cells extends AbstractList<Cell> implements RandomAccess {
        @Override
        public Cell get(int index) {
            return cell(index);
        }

        @Override
        public int size() {
            return texts.length;
        }
    }
}
