package nianbao.core.syntax;

/**
 * The numbering a section heading starts with ("一、", "第三部分 ", "2.", "四：", "五" before the title): where it ends
 * and where its numeral is. A scan by hand, not a regular expression: it runs on every short line of a report, and
 * the pattern it replaces ({@code ^第?([一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})(?:部分)?(?:[\s\u3000\u00A0]*([、．.，,:：])|
 * [\s\u3000\u00A0]+|(?=[^0-9０-９一二三四五六七八九十]))[\s\u3000\u00A0]*}) cost the parser's compiled code its size
 * and time. {@code HeadingNumberTest} holds the scan to that pattern on random lines.
 */
record HeadingNumber(int numeralStart, int numeralEnd, int end) {
    private static final String NUMERALS = "一二三四五六七八九十";
    private static final String SEPARATORS = "、．.，,:：";

    /**
     * The numbering at {@code from} in {@code s} read up to {@code to}, read in place; its offsets count from
     * {@code from}. Null when it has none.
     */
    static HeadingNumber at(String s, int from, int to) {
        int p = from;
        if (p < to && s.charAt(p) == '第') p++;
        int run = p;
        boolean chinese = run < to && isNumeral(s.charAt(run));
        if (chinese) {
            while (run < to && isNumeral(s.charAt(run))) run++;
        } else {
            while (run < to && isDigit(s.charAt(run))) run++;
        }
        // The numeral is greedy but gives back characters when what follows it cannot end a numbering.
        int longest = Math.min(run - p, chinese ? 3 : 2);
        for (int k = longest; k >= 1; k--) {
            int end = afterNumeral(s, p + k, to);
            if (end >= 0) return new HeadingNumber(p - from, p + k - from, skipSpaces(s, end, to) - from);
        }
        return null;
    }

    /** Where the numbering ends after a numeral ending at {@code q}, or -1: (部分)? then a separator. */
    private static int afterNumeral(String s, int q, int to) {
        if (q + 2 <= to && s.startsWith("部分", q)) {
            int end = separator(s, q + 2, to);
            if (end >= 0) return end;
        }
        return separator(s, q, to);
    }

    /** Spaces then a punctuation mark; or spaces; or (nothing consumed) a character that is not a numeral or digit. */
    private static int separator(String s, int q, int to) {
        int afterSpaces = skipSpaces(s, q, to);
        if (afterSpaces < to && SEPARATORS.indexOf(s.charAt(afterSpaces)) >= 0) return afterSpaces + 1;
        if (afterSpaces > q) return afterSpaces;
        if (q < to && !isNumeral(s.charAt(q)) && !isDigit(s.charAt(q))) return q;
        return -1;
    }

    private static int skipSpaces(String s, int q, int to) {
        while (q < to && isSpace(s.charAt(q))) q++;
        return q;
    }

    /** The pattern's {@code [\s\u3000\u00A0]}: ASCII whitespace, U+3000 and NBSP. */
    private static boolean isSpace(char c) {
        return HeadingMatcher.isRegexSpace(c) || c == '\u3000' || c == '\u00A0';
    }

    /** A Chinese numeral a numbering is written with (一 to 十). */
    static boolean isNumeral(char c) {
        return NUMERALS.indexOf(c) >= 0;
    }

    /** An ASCII or full-width digit. */
    static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }
}
