package nianbao.core.text;

/** Character classes and normalisations that real report text needs (full-width forms, U+3000, NBSP). */
public final class Chars {
    private Chars() {
    }

    /** Space in any of the forms authors' tools produce: ASCII, U+3000 ideographic, NBSP and other Unicode spaces. */
    public static boolean isSpace(char c) {
        if (c < 0x80) return c == ' ' || (c >= 0x0B && c <= 0x0C) || (c >= 0x1C && c <= 0x1F);
        // No space between U+3000 and U+FEFF (ideographs, CJK and full-width punctuation): the common case, decided
        // without the Unicode tables.
        if (c > '\u3000') return c == '\uFEFF';
        return c == '\u3000' || c == '\u00A0' || c == '\uFEFF' || c == '\u200B'
                || Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    public static boolean isBlank(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) return false;
        }
        return true;
    }

    /** Index of the first non-space char at or after {@code from}, not past {@code to}. */
    public static int skipSpaces(CharSequence s, int from, int to) {
        int i = from;
        while (i < to && isSpace(s.charAt(i))) i++;
        return i;
    }

    /** Index just past the last non-space char before {@code to}, not before {@code from}. */
    public static int trimEnd(CharSequence s, int from, int to) {
        int i = to;
        while (i > from && isSpace(s.charAt(i - 1))) i--;
        return i;
    }

    /**
     * NFKC compatibility folding ({@link CompatibilityFolding}): full-width forms to ASCII, U+3000 and NBSP to a
     * space, ⑴ to (1), ㈠ to (一), Kangxi radicals to ideographs. Returns {@code s} itself when nothing changes.
     */
    public static String fold(String s) {
        return CompatibilityFolding.fold(s);
    }

    /**
     * A form for comparing labels: traditional characters to simplified ({@link TraditionalChars}), NFKC
     * (full-width digits, letters and brackets to ASCII, U+3000 to space), all spaces removed, Chinese quotes
     * unified, lower case.
     */
    public static String canonical(String s) {
        // Most labels and lines are already canonical (simplified ideographs, Chinese punctuation, lower-case ASCII
        // without spaces): returned as they are, without a copy.
        if (isCanonical(s, 0, s.length())) return s;
        return canonicalOf(s, 0, s.length());
    }

    /** {@link #canonical} of {@code s} from {@code from} to {@code to}, read in place (one String made, at most). */
    public static String canonical(String s, int from, int to) {
        if (isCanonical(s, from, to)) return s.substring(from, to);
        return canonicalOf(s, from, to);
    }

    private static String canonicalOf(String s, int from, int to) {
        // One pass, character by character: the same as folding the whole string first as long as every character
        // is one the folding table knows (NFKC then works per character); otherwise the whole string goes to NFKC.
        StringBuilder b = new StringBuilder(to - from);
        StringBuilder folded = null;
        for (int i = from; i < to; i++) {
            char c = TraditionalChars.fold(s.charAt(i));
            if (CompatibilityFolding.isPlain(c)) {
                appendCanonical(b, c);
                continue;
            }
            if (folded == null) folded = new StringBuilder(4); else folded.setLength(0);
            if (!CompatibilityFolding.appendFolded(c, folded)) {
                return canonicalOfFolded(fold(TraditionalChars.toSimplified(s.substring(from, to))));
            }
            for (int k = 0; k < folded.length(); k++) appendCanonical(b, folded.charAt(k));
        }
        return b.toString();
    }

    private static String canonicalOfFolded(String n) {
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) appendCanonical(b, n.charAt(i));
        return b.toString();
    }

    private static void appendCanonical(StringBuilder b, char c) {
        if (isDroppedFromCanonical(c)) return;
        switch (c) {
            case '“', '”', '„', '‟', '＂', '"' -> b.append('"');
            case '‘', '’', '\'' -> b.append('\'');
            case '、' -> b.append('、');
            case '．', '。' -> b.append(c == '．' ? '.' : c);
            case '—', '–', '－', '−' -> b.append('-');
            default -> b.append(Character.toLowerCase(c));
        }
    }

    /**
     * How many code points of {@code s} are neither punctuation nor symbols (what {@code [\\p{P}\\p{S}]} removes),
     * counted no further than {@code limit + 1}: whether a text is "无" and nothing else is told without copying it.
     */
    public static int countBesidesPunctuation(String s, int limit) {
        int n = 0;
        for (int i = 0; i < s.length() && n <= limit; ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (!isPunctuationOrSymbol(c)) n++;
        }
        return n;
    }

    private static boolean isPunctuationOrSymbol(int c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    /** Whether {@link #canonical} drops {@code c} (a space of any form, a tab or a line break). */
    public static boolean isDroppedFromCanonical(char c) {
        return isSpace(c) || c == '\t' || c == '\n' || c == '\r';
    }

    /** Whether NFKC ({@link #fold}) leaves {@code c} as it is whatever its neighbours. */
    public static boolean isFoldStable(char c) {
        return CompatibilityFolding.isPlain(c);
    }

    /** Whether {@link #canonical} leaves this part of {@code s} as it is: every character one it neither drops nor maps. */
    private static boolean isCanonical(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c <= ' ' || (c >= 'A' && c <= 'Z') || c == 0x7F) return false;
            } else if (c >= 0x4E00 && c <= 0x9FFF) {
                if (TraditionalChars.isTraditional(c)) return false;
            } else if (c < 0x3001 || c > 0x303F || !CompatibilityFolding.isPlain(c)) {
                return false;
            }
        }
        return true;
    }
}
