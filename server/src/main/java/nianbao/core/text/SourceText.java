package nianbao.core.text;

import java.util.Arrays;

import nianbao.core.diag.Range;

/**
 * Decoded report text with a line index. Lines end at LF, CRLF or CR; columns are UTF-16 code units.
 * The text is kept exactly as decoded (a leading BOM is removed by the decoder), so edits computed against it
 * leave every other byte of the file unchanged.
 */
public final class SourceText {
    private final String text;
    private final int[] lineStarts;
    private final int[] contentEnds;

    public SourceText(String text) {
        this.text = text;
        // Plain int arrays, grown by doubling: a 1 MB document has tens of thousands of lines.
        int[] starts = new int[64];
        int[] ends = new int[64];
        int count = 0;
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                }
                starts[count] = start;
                ends[count++] = i;
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
                start = i + 1;
            }
        }
        lineStarts = Arrays.copyOf(starts, count + 1);
        contentEnds = Arrays.copyOf(ends, count + 1);
        lineStarts[count] = start;
        contentEnds[count] = n;
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** The line's text without its line ending. */
    public String line(int line) {
        return text.substring(lineStarts[line], contentEnds[line]);
    }

    public int lineStart(int line) {
        return lineStarts[line];
    }

    public int lineContentEnd(int line) {
        return contentEnds[line];
    }

    /** Offset just past the line ending (start of the next line), or the text's end for the last line. */
    public int lineEnd(int line) {
        return line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
    }

    /** The line's ending ("\n", "\r\n", "\r") or "" for the last line. */
    public String lineEnding(int line) {
        return text.substring(contentEnds[line], lineEnd(line));
    }

    /** The ending most lines use, for text a fix inserts; "\n" when the text has no line break. */
    public String dominantLineEnding() {
        int lf = 0, crlf = 0, cr = 0;
        for (int i = 0; i + 1 < lineStarts.length; i++) {
            switch (lineEnding(i)) {
                case "\r\n" -> crlf++;
                case "\r" -> cr++;
                default -> lf++;
            }
        }
        if (crlf >= lf && crlf >= cr && crlf > 0) return "\r\n";
        if (cr > lf) return "\r";
        return "\n";
    }

    public int lineOf(int offset) {
        int lo = 0, hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) lo = mid; else hi = mid - 1;
        }
        return lo;
    }

    public int columnOf(int offset) {
        return offset - lineStarts[lineOf(offset)];
    }

    /** Offset of a line and column; columns past the line's content are clamped to its end. */
    public int offset(int line, int column) {
        if (line < 0) return 0;
        if (line >= lineStarts.length) return text.length();
        return Math.min(lineStarts[line] + Math.max(0, column), contentEnds[line]);
    }

    public Range range(int startOffset, int endOffset) {
        int sl = lineOf(startOffset);
        int el = lineOf(endOffset);
        return new Range(sl, startOffset - lineStarts[sl], el, endOffset - lineStarts[el]);
    }

    public int startOffset(Range range) {
        return offset(range.startLine(), range.startColumn());
    }

    public int endOffset(Range range) {
        return offset(range.endLine(), range.endColumn());
    }
}
