package nianbao.core.rules.prose;

/** Counts written in Chinese numerals (十二, 一百零五, 两千三百): their value, or -1 when the run is not a number. */
final class ChineseNumerals {
    private static final String DIGITS = "零〇一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** 1 to 10 for 一 to 十, else 0 (as {@code "一二三四五六七八九十".indexOf(c) + 1}, without a search per character). */
    static int oneToTen(char c) {
        return switch (c) {
            case '一' -> 1;
            case '二' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            case '十' -> 10;
            default -> 0;
        };
    }

    /** 零〇一二三四五六七八九, 两, 十百千万 (a switch: asked for every character of the prose). */
    static boolean isNumeral(char c) {
        return switch (c) {
            case '零', '〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '两', '十', '百', '千', '万' -> true;
            default -> false;
        };
    }

    private static int digit(char c) {
        int d = DIGITS.indexOf(c);
        if (d < 0) return -1;
        return d <= 1 ? 0 : d - 1;
    }

    /** The value of {@code s} (one run of numerals), or -1. */
    static long value(CharSequence s) {
        long total = 0;
        long section = 0;
        long pending = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = c == '两' ? 2 : digit(c);
            if (d >= 0) {
                if (pending >= 0 && d != 0 && pending != 0) return -1; // two digits in a row: 一二, not a count
                pending = d;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10000;
                default -> -1;
            };
            if (unit < 0) return -1;
            if (unit == 10000) {
                section += Math.max(pending, 0);
                total = (total + section) * 10000;
                section = 0;
            } else {
                section += (pending < 0 ? 1 : pending) * unit;
            }
            pending = -1;
        }
        return total + section + Math.max(pending, 0);
    }
}
