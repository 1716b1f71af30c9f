package nianbao.core.syntax;

import nianbao.core.text.Chars;
import nianbao.core.text.WordMarkers;

/** What a single line looks like before it is put in context. */
enum LineKind {
    /** Nothing but spaces and Word markers (no tab). */
    BLANK,
    /** A tab then text without further tabs: one cell of a cell-per-line table, or an empty cell (lone tab). */
    CELL,
    /** Text with tabs between cells: a row of a tab-separated table. */
    TAB_ROW,
    /** Text with {@code |} between cells. */
    PIPE_ROW,
    /** A Markdown rule under a pipe table's header: {@code |---|---|}. */
    PIPE_RULE,
    /** Anything else: prose, a heading, or a wrapped piece of a cell. */
    TEXT;

    /**
     * The kind of the line {@code [from, to)} of {@code text}, as {@link #of(String)} gives it, without copying the
     * line when it is plain text or a tab row without markers (most lines).
     */
    static LineKind of(String text, int from, int to) {
        int tabs = 0;
        boolean blankBeforeTab = false;
        boolean blank = true;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            // Markers and pipes: the full test on a copy of the line (rare).
            if (c == '[' || c == '|') return of(text.substring(from, to));
            if (c == '\t' && tabs++ == 0) blankBeforeTab = blank;
            if (blank && !Chars.isSpace(c)) blank = false;
        }
        // Without markers, "blank" is nothing but spaces (a tab is not one of them).
        if (tabs > 0) return blankBeforeTab && tabs == 1 ? CELL : TAB_ROW;
        return blank ? BLANK : TEXT;
    }

    static LineKind of(String line) {
        int firstTab = line.indexOf('\t');
        if (firstTab >= 0) {
            boolean leading = WordMarkers.isBlank(line.substring(0, firstTab));
            return leading && line.indexOf('\t', firstTab + 1) < 0 ? CELL : TAB_ROW;
        }
        // A line of Word markers only is blank: it is once NB404 has removed them.
        if (WordMarkers.isBlank(line)) return BLANK;
        int pipe = line.indexOf('|');
        if (pipe >= 0 && lengthWithoutDigits(line) <= 400) {
            if (line.strip().matches("\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?")) return PIPE_RULE;
            return PIPE_ROW;
        }
        return TEXT;
    }

    /**
     * A long line with a {@code |} is prose, but a row's length is its words: digits do not count, or a row would stop
     * reading as one once fix-all writes a sum as long as its parts (numbers have no bound on their length).
     */
    private static int lengthWithoutDigits(String line) {
        int length = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= '０' && c <= '９')) length++;
        }
        return length;
    }

    boolean isTableLine() {
        return this == CELL || this == TAB_ROW || this == PIPE_ROW || this == PIPE_RULE;
    }
}
