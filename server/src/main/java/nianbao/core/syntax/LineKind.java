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
     * The kind of every line of {@code source}, each as {@link #of(String)} gives it of a copy of the line, in one
     * sweep: the markers, pipes and tabs that decide a kind are found by {@link String#indexOf(int, int)} (a vector
     * search) from one occurrence to the next, and only the spaces at a line's start are read one by one.
     */
    static LineKind[] ofLines(nianbao.core.text.SourceText source) {
        String text = source.text();
        int n = source.lineCount();
        LineKind[] kinds = new LineKind[n];
        int bracket = -1;
        int pipe = -1;
        int tab = -1;
        for (int line = 0; line < n; line++) {
            int from = source.lineStart(line);
            int to = source.lineContentEnd(line);
            bracket = nextAt(text, '[', bracket, from);
            pipe = nextAt(text, '|', pipe, from);
            tab = nextAt(text, '\t', tab, from);
            if (bracket >= 0 && bracket < to || pipe >= 0 && pipe < to) {
                // Markers and pipes: the full test on a copy of the line (rare).
                kinds[line] = of(text.substring(from, to));
            } else if (tab >= 0 && tab < to) {
                int second = text.indexOf('\t', tab + 1);
                boolean oneTab = second < 0 || second >= to;
                kinds[line] = oneTab && Chars.skipSpaces(text, from, tab) == tab ? CELL : TAB_ROW;
            } else {
                kinds[line] = Chars.skipSpaces(text, from, to) == to ? BLANK : TEXT;
            }
        }
        return kinds;
    }

    /** The first {@code c} at or after {@code from}, or -1: {@code last} (the one found before) when it still is. */
    private static int nextAt(String text, char c, int last, int from) {
        if (last >= from || last == -2) return last;
        int at = text.indexOf(c, from);
        // None left in the text: -2 says so, and no later line searches again.
        return at < 0 ? -2 : at;
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
