package nianbao.core.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word's bookmark markers ("[bookmark: _GoBack]") that some converters print into the text. They are not the
 * author's text: NB404 removes them, and the readers treat them as if they were not there, so that a report reads
 * the same before and after that fix (a line of markers is blank, a cell's text and place leave them out, a wrapped
 * piece of a label is short however many markers follow it).
 */
public final class WordMarkers {
    /** One marker; its name is bounded so that a stray "[bookmark:" cannot swallow a line. */
    public static final Pattern MARKER = Pattern.compile("\\[(?:bookmark|BOOKMARK): ?[^\\]\\n]{0,80}\\]");

    private WordMarkers() {
    }

    private static boolean mayHold(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '[') return true;
        }
        return false;
    }

    /** The text without its markers ({@code s} itself when it has none). */
    public static String strip(String s) {
        return mayHold(s, 0, s.length()) ? MARKER.matcher(s).replaceAll("") : s;
    }

    /** Whether the text holds nothing but spaces and markers. */
    public static boolean isBlank(String s) {
        if (Chars.isBlank(s)) return true;
        // Walked instead of stripped (no copy of a long line): spaces, and markers where a '[' starts one; any other
        // character would still stand in the stripped text.
        Matcher m = null;
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Chars.isSpace(c)) {
                i++;
                continue;
            }
            if (c != '[') return false;
            if (m == null) m = MARKER.matcher(s);
            if (!m.region(i, n).lookingAt()) return false;
            i = m.end();
        }
        return true;
    }

    /** Index of the first character at or after {@code from} that is neither a space nor in a marker. */
    public static int skip(CharSequence s, int from, int to) {
        int i = Chars.skipSpaces(s, from, to);
        if (!mayHold(s, i, to)) return i;
        Matcher m = MARKER.matcher(s).region(i, to);
        while (i < to && s.charAt(i) == '[' && m.region(i, to).lookingAt()) i = Chars.skipSpaces(s, m.end(), to);
        return i;
    }

    /** Index just past the last character before {@code to} that is neither a space nor in a marker. */
    public static int trimEnd(CharSequence s, int from, int to) {
        int e = Chars.trimEnd(s, from, to);
        if (!mayHold(s, from, e)) return e;
        // Markers at the end: found from the left (a marker is matched forwards), bounded by the marker's length.
        while (e > from && s.charAt(e - 1) == ']') {
            int open = lastOpen(s, Math.max(from, e - 100), e);
            if (open < 0) break;
            Matcher m = MARKER.matcher(s).region(open, e);
            if (!m.matches()) break;
            e = Chars.trimEnd(s, from, open);
        }
        return e;
    }

    private static int lastOpen(CharSequence s, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (s.charAt(i) == '[') return i;
        }
        return -1;
    }
}
