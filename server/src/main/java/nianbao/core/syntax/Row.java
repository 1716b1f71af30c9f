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
        int n = cells.size();
        this.texts = new String[n];
        this.firstLine = firstLine;
        this.lastLine = lastLine;
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int i = 0; i < n; i++) {
            Cell c = cells.get(i);
            min = Math.min(min, c.start());
            max = Math.max(max, c.end());
        }
        this.base = n == 0 ? 0 : min;
        boolean near = n == 0 || max - min <= Character.MAX_VALUE;
        char[] nearOnes = near ? new char[2 * n] : null;
        int[] farOnes = near ? null : new int[2 * n];
        String[] cache = n == 0 ? null : RepeatedTexts.cache();
        int[] cellLines = null;
        for (int i = 0; i < n; i++) {
            Cell c = cells.get(i);
            if (near) {
                nearOnes[2 * i] = (char) (c.start() - base);
                nearOnes[2 * i + 1] = (char) (c.end() - base);
            } else {
                farOnes[2 * i] = c.start() - base;
                farOnes[2 * i + 1] = c.end() - base;
            }
            texts[i] = RepeatedTexts.shared(cache, c.text());
            if (c.line() != firstLine && cellLines == null) {
                cellLines = new int[n];
                Arrays.fill(cellLines, 0, i, firstLine);
            }
            if (cellLines != null) cellLines[i] = c.line();
        }
        this.nearBounds = nearOnes;
        this.farBounds = farOnes;
        this.lines = cellLines;
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
