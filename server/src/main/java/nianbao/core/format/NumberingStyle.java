package nianbao.core.format;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nianbao.core.text.Chars;

/**
 * Numbering prefixes of headings and labels: "一、", "2、", "1.", "（三）", "(3)", "1.". Parses the number and
 * says whether the prefix is in the official style.
 */
public final class NumberingStyle {
    private static final String NUMERALS = "〇一二三四五六七八九十";
    /** A label's numbering prefix, e.g. "一、", "（三）", "(3) ", "2.", "２、". */
    public static final Pattern PREFIX = Pattern.compile(
            "^([（(]\\s*[一二三四五六七八九十0-9０-９]+\\s*[)）]|[一二三四五六七八九十]+\\s*[、．.，,]|[0-9０-９]+\\s*[、．.，,](?![0-9０-９]))\\s*");

    private NumberingStyle() {
    }

    public static String chineseNumeral(int n) {
        if (n <= 10) return String.valueOf(NUMERALS.charAt(n));
        if (n < 20) return "十" + NUMERALS.charAt(n - 10);
        return String.valueOf(n);
    }

    /** The number a prefix such as "（三）", "3、", "三、" stands for, or -1. */
    public static int value(String prefix) {
        String folded = Chars.fold(prefix);
        StringBuilder kept = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= '0' && c <= '9') || NUMERALS.indexOf(c) > 0) kept.append(c);
        }
        String digits = kept.toString();
        if (digits.isEmpty()) return -1;
        if (Character.isDigit(digits.charAt(0))) {
            try {
                return Integer.parseInt(digits);
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return chineseValue(digits);
    }

    private static int chineseValue(String s) {
        if (s.equals("十")) return 10;
        if (s.length() == 1) return NUMERALS.indexOf(s.charAt(0));
        if (s.startsWith("十")) return 10 + NUMERALS.indexOf(s.charAt(1));
        if (s.length() == 2 && s.charAt(1) == '十') return NUMERALS.indexOf(s.charAt(0)) * 10;
        if (s.length() == 3 && s.charAt(1) == '十') return NUMERALS.indexOf(s.charAt(0)) * 10 + NUMERALS.indexOf(s.charAt(2));
        return -1;
    }

    /** The prefix at the start of {@code text}, or null. */
    public static Matcher match(String text) {
        Matcher m = PREFIX.matcher(text);
        return m.find() ? m : null;
    }
}
