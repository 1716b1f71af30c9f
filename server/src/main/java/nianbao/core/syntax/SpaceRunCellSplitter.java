package nianbao.core.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import nianbao.core.text.Chars;

/**
 * PDF text whose cells are separated by a mix of tabs and runs of spaces (issue 7, shape 1): one tab cell may hold
 * several space-aligned numbers ("3   0   0"), or a label followed by its first values. Such a cell is split on
 * runs of two or more spaces, but only when every piece after the first is a number: a label with a single space
 * inside (本年新 制作数量) or two words of prose is never cut, and a cell holding two numbers cannot be one value.
 */
final class SpaceRunCellSplitter {
    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9０-９]+(?:[.,．，][0-9０-９]+)*%?");

    private SpaceRunCellSplitter() {
    }

    /**
     * The pieces of {@code text[from, to)} as offset pairs {start, end} (padding excluded), or an empty list when
     * the segment is one cell.
     */
    static List<int[]> pieces(CharSequence text, int from, int to) {
        int i = Chars.skipSpaces(text, from, to);
        int end = Chars.trimEnd(text, i, to);
        if (!hasGap(text, i, end)) return List.of(); // one piece at most: nothing to split (most cells)
        List<int[]> out = new ArrayList<>();
        while (i < end) {
            int j = i;
            while (j < end && !isGap(text, j, end)) j++;
            out.add(new int[] {i, j});
            i = Chars.skipSpaces(text, j, end);
        }
        if (out.size() < 2) return List.of();
        for (int k = 1; k < out.size(); k++) {
            if (!NUMBER.matcher(text.subSequence(out.get(k)[0], out.get(k)[1])).matches()) return List.of();
        }
        return out;
    }

    private static boolean hasGap(CharSequence text, int from, int end) {
        for (int j = from; j < end; j++) {
            if (isGap(text, j, end)) return true;
        }
        return false;
    }

    /** Two or more spaces in a row (NBSP and the ideographic space count as spaces). */
    private static boolean isGap(CharSequence text, int at, int end) {
        if (!Chars.isSpace(text.charAt(at))) return false;
        return at + 1 < end && Chars.isSpace(text.charAt(at + 1));
    }
}
