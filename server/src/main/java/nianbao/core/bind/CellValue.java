package nianbao.core.bind;

import java.math.BigDecimal;

import nianbao.core.text.Chars;
import nianbao.core.text.SmallNumberTexts;

/**
 * What a value cell holds: a number, nothing, or text where a number belongs ("/", "—", "无", "减4", "251000元").
 * Full-width digits, padding and thousands separators are accepted as numbers. Both tests are hand-written scans
 * (every cell of every table goes through them; regular expressions dominated binding time).
 */
public record CellValue(Kind kind, BigDecimal number, String text) {
    public enum Kind { NUMBER, EMPTY, MISSING, NOT_A_NUMBER }

    public static final CellValue MISSING_VALUE = new CellValue(Kind.MISSING, null, "");

    /** The values of the cells "0" … "999", shared: most value cells hold one (see {@link SmallNumberTexts}). */
    private static final CellValue[] SMALL = new CellValue[SmallNumberTexts.LIMIT];

    public static CellValue parse(String text) {
        int small = SmallNumberTexts.valueOf(text);
        if (small >= 0) {
            CellValue v = SMALL[small];
            if (v == null) SMALL[small] = v = new CellValue(Kind.NUMBER, BigDecimal.valueOf(small), SmallNumberTexts.shared(text));
            return v;
        }
        String t = normalize(text);
        if (t.isEmpty()) return new CellValue(Kind.EMPTY, null, text);
        if (isPlainNumber(t)) return new CellValue(Kind.NUMBER, toNumber(t), text);
        return new CellValue(Kind.NOT_A_NUMBER, null, text);
    }

    /** Whether a cell's text reads as a value (possibly a bad one) rather than a label. */
    public static boolean looksLikeValue(String text) {
        if (!text.isEmpty() && startsLikeLabel(text.charAt(0))) return false;
        String t = normalize(text);
        return !t.isEmpty() && t.length() <= 14 && isValueLike(t);
    }

    /**
     * Whether a cell starting with {@code c} cannot be a value whatever follows: an ideograph no value starts with, or
     * an opening parenthesis (most labels: "（一）予以公开", "其中：…"). Neither is changed or dropped by
     * {@link #normalize}, so it stays the first character there, where {@link #isValueLike} rejects it; the test
     * saves folding every label cell of every table.
     */
    private static boolean startsLikeLabel(char c) {
        if (c == '（' || c == '(') return true;
        return c >= 0x4E00 && c <= 0x9FFF && c != '增' && c != '减' && c != '无' && c != '空' && c != '暂';
    }

    private static String normalize(String text) {
        if (isNormal(text)) return text;
        String n = Chars.fold(text).strip();
        return n.replace('−', '-').replace('－', '-').replace(" ", "");
    }

    /** Nothing for {@link #normalize} to fold, strip, replace or remove (most cells): the text is its own normal form. */
    private static boolean isNormal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > ' ' && c < 0x7F || c >= 0x4E00 && c <= 0x9FFF) continue;
            // Other characters NFKC keeps, neither a space (strip, replace) nor the minus sign replaced below.
            if (c <= ' ' || c == '−' || !Chars.isFoldStable(c) || Character.isWhitespace(c) || Chars.isSpace(c)) return false;
        }
        return true;
    }

    /** {@code [-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?}, ASCII digits. */
    static boolean isPlainNumber(String t) {
        int n = t.length();
        int i = 0;
        if (t.charAt(0) == '-' || t.charAt(0) == '+') i++;
        int start = i;
        while (i < n && isDigit(t.charAt(i))) i++;
        if (i == start) return false;
        if (i < n && t.charAt(i) == ',') {
            if (i - start > 3) return false;
            while (i < n && t.charAt(i) == ',') {
                if (i + 3 >= n) return false;
                if (!isDigit(t.charAt(i + 1)) || !isDigit(t.charAt(i + 2)) || !isDigit(t.charAt(i + 3))) return false;
                i += 4;
            }
            if (i < n && isDigit(t.charAt(i))) return false;
        }
        if (i < n && t.charAt(i) == '.') {
            int fraction = ++i;
            while (i < n && isDigit(t.charAt(i))) i++;
            if (i == fraction) return false;
        }
        return i == n;
    }

    /** The value of a string {@link #isPlainNumber} accepted; without a text copy when it has at most 18 digits. */
    private static BigDecimal toNumber(String t) {
        long unscaled = 0;
        int digits = 0;
        int scale = -1;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                unscaled = unscaled * 10 + (c - '0');
                digits++;
                if (scale >= 0) scale++;
            } else if (c == '.') {
                scale = 0;
            }
        }
        if (digits <= 18) return BigDecimal.valueOf(t.charAt(0) == '-' ? -unscaled : unscaled, Math.max(scale, 0));
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c != ',' && c != '+') b.append(c);
        }
        return new BigDecimal(b.toString());
    }

    /**
     * Text that stands where a value belongs: digits with units ({@code [-+]?[\d.,]+\s*(元|万元|件|条|个|次|项|%)?}),
     * 增/减 notes ({@code [增减]\s*[\d.]+.{0,3}}), placeholders ({@code [/\\\-—–_~…无空暂nNaA]{1,4}}), × or x.
     */
    static boolean isValueLike(String t) {
        int n = t.length();
        char first = t.charAt(0);
        if (n == 1 && (first == '×' || first == 'x' || first == 'X')) return true;
        if (n <= 4 && allPlaceholders(t)) return true;
        if (first == '增' || first == '减') {
            int i = 1;
            while (i < n && isRegexSpace(t.charAt(i))) i++;
            int run = i;
            while (i < n && (isDigit(t.charAt(i)) || t.charAt(i) == '.')) i++;
            if (i == run || n - i > 3) return false;
            for (int j = i; j < n; j++) {
                if (isLineTerminator(t.charAt(j))) return false;
            }
            return true;
        }
        int i = first == '-' || first == '+' ? 1 : 0;
        int run = i;
        while (i < n && (isDigit(t.charAt(i)) || t.charAt(i) == '.' || t.charAt(i) == ',')) i++;
        if (i == run) return false;
        while (i < n && isRegexSpace(t.charAt(i))) i++;
        if (i == n) return true;
        // A unit: 元, 万元, 件, 条, 个, 次, 项 or %.
        if (n - i == 2) return t.charAt(i) == '万' && t.charAt(i + 1) == '元';
        if (n - i != 1) return false;
        return switch (t.charAt(i)) {
            case '元', '件', '条', '个', '次', '项', '%' -> true;
            default -> false;
        };
    }

    private static boolean allPlaceholders(String t) {
        for (int i = 0; i < t.length(); i++) {
            switch (t.charAt(i)) {
                case '/', '\\', '-', '—', '–', '_', '~', '…', '无', '空', '暂', 'n', 'N', 'a', 'A' -> { }
                default -> {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** What {@code \s} matches in java.util.regex by default. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** What {@code .} does not match in java.util.regex by default. */
    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }
}
