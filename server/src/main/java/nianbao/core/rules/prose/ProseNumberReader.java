package nianbao.core.rules.prose;

import java.math.BigDecimal;

/**
 * Reads one number of the prose where it starts: ASCII digits (after {@link ProseIndex} made full-width ones
 * ASCII) with thousands separators and decimals, or Chinese numerals followed by 件/起/宗, and the unit after it.
 * A run of more than {@link #MAX_DIGITS} digits is no count; {@link #end()} tells the scanner where it ended, so
 * that no digit is read twice.
 */
final class ProseNumberReader {
    private static final int MAX_DIGITS = 12;
    /** What may follow a number; each starts with a character of its own ({@link #unitAt} relies on it). */
    private static final String[] UNITS = {"万元", "元", "件", "起", "宗", "个", "份", "部", "次", "项", "条", "%", "年"};
    /** The first character of each unit, in the same order. */
    private static final String UNIT_FIRSTS = firstCharacters(UNITS);

    private final ProseIndex text;
    /** Where the last run of digits read ended. */
    private int numberEnd;

    ProseNumberReader(ProseIndex text) {
        this.text = text;
    }

    int end() {
        return numberEnd;
    }

    /** The number starting at {@code i}, or null. */
    ProseNumber number(int i, int to) {
        char c = text.charAt(i);
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        if (c >= '0' && c <= '9') {
            if (before >= '0' && before <= '9' || before == '.' || before < 128 && Character.isLetter(before)) return null;
            return digits(i, to);
        }
        if (ChineseNumerals.isNumeral(c) && !ChineseNumerals.isNumeral(before) && before != '第') return numerals(i, to);
        return null;
    }

    private ProseNumber digits(int start, int to) {
        // The value is accumulated as it is read, not copied to a string and parsed: prose has a number every few
        // characters. Only the first MAX_DIGITS + 1 characters can matter (more is no count), so a long holds them.
        long unscaled = 0;
        int length = 0;
        int i = start;
        int group = 0;
        boolean separated = false;
        while (i < to) {
            text.steps++;
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++length <= MAX_DIGITS) unscaled = unscaled * 10 + (c - '0');
                group++;
                i++;
            } else if (c == ',' && (separated ? group == 3 : group <= 3) && threeDigitsAt(i + 1, to)) {
                separated = true;
                group = 0;
                i++;
            } else {
                break;
            }
        }
        int scale = 0;
        if (i < to - 1 && text.charAt(i) == '.' && isDigit(text.charAt(i + 1))) {
            length++; // the point counts towards MAX_DIGITS, as in the written form
            i++;
            while (i < to && isDigit(text.charAt(i))) {
                text.steps++;
                if (++length <= MAX_DIGITS) unscaled = unscaled * 10 + (text.charAt(i) - '0');
                scale++;
                i++;
            }
        }
        numberEnd = i;
        if (length > MAX_DIGITS) return null; // not a count: skip it (and do not parse a huge number)
        return withUnit(start, i, BigDecimal.valueOf(unscaled, scale), false, to);
    }

    private boolean threeDigitsAt(int at, int to) {
        if (at + 3 > to) return false;
        for (int k = 0; k < 3; k++) if (!isDigit(text.charAt(at + k))) return false;
        return at + 3 == to || !isDigit(text.charAt(at + 3));
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private ProseNumber numerals(int start, int to) {
        int i = start;
        while (i < to && i - start < 10 && ChineseNumerals.isNumeral(text.charAt(i))) {
            text.steps++;
            i++;
        }
        if (i >= to) return null;
        char unit = text.charAt(i);
        if (unit != '件' && unit != '起' && unit != '宗') return null;
        long value = ChineseNumerals.value(text.slice(start, i));
        if (value < 0) return null;
        return new ProseNumber(start, i, BigDecimal.valueOf(value), String.valueOf(unit), i + 1, true, false);
    }

    private ProseNumber withUnit(int start, int end, BigDecimal value, boolean chinese, int to) {
        boolean quoted = start > 0 && isOpenQuote(text.charAt(start - 1));
        int u = end;
        if (quoted && u < to && isCloseQuote(text.charAt(u))) u++;
        String unit = unitAt(u);
        if (unit != null) return new ProseNumber(start, end, value, unit, u + unit.length(), chinese, quoted);
        return new ProseNumber(start, end, value, "", u, chinese, quoted);
    }

    /**
     * The unit at {@code u}, or null. Units start with different characters: the one that can stand at {@code u} is
     * found by the character there, and compared whole.
     */
    private String unitAt(int u) {
        if (u >= text.length()) return null;
        int k = UNIT_FIRSTS.indexOf(text.charAt(u));
        return k >= 0 && text.startsWith(u, UNITS[k]) ? UNITS[k] : null;
    }

    private static String firstCharacters(String[] words) {
        StringBuilder b = new StringBuilder(words.length);
        for (String w : words) {
            if (b.indexOf(String.valueOf(w.charAt(0))) >= 0) throw new IllegalStateException("two units start with " + w.charAt(0));
            b.append(w.charAt(0));
        }
        return b.toString();
    }

    private static boolean isOpenQuote(char c) {
        return c == '“' || c == '"' || c == '‘' || c == '「';
    }

    private static boolean isCloseQuote(char c) {
        return c == '”' || c == '"' || c == '’' || c == '」';
    }
}
