package nianbao.core.text;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * NFKC for the characters report text is made of, without {@link Normalizer}: its first use loads ICU's
 * normalisation data and some 35 classes, which cost every {@code lint} start-up more than the whole check. A string
 * of plain characters (ASCII, CJK ideographs, Chinese punctuation: the {@link #PLAIN} ranges, which NFKC leaves
 * as they are whatever their neighbours) is returned as it is; the compatibility forms authors' tools produce are
 * folded by table (full-width ASCII, U+3000, NBSP and other spaces, ⑴ ⒈ ① ㈠, half-width 。「」、, Kangxi radicals
 * from PDF text). A string with any other character (rare: combining marks, ligatures, CJK compatibility
 * ideographs) goes to {@link Normalizer} whole, so the result is always exactly NFKC.
 */
final class CompatibilityFolding {
    /** Inclusive ranges of characters that NFKC keeps and that never compose with a neighbour. */
    private static final char[] PLAIN = (
            "\u00A1\u00A7\u00A9\u00A9\u00AB\u00AE\u00B0\u00B1\u00B6\u00B7\u00BB\u00BB\u00BF\u00C1\u00C3\u00C4" +
            "\u00C8\u00C9\u00CB\u00CE\u00D0\u00D3\u00D6\u00D7\u00D9\u00DB\u00DD\u00E1\u00E3\u00E4\u00E8\u00E9" +
            "\u00EB\u00EE\u00F0\u00F3\u00F6\u00F7\u00F9\u00FB\u00FD\u00FF\u200B\u2010\u2012\u2016\u2018\u2023" +
            "\u2027\u202E\u2030\u2032\u2035\u2035\u2038\u203B\u203D\u203D\u203F\u2046\u204A\u2056\u2058\u205E" +
            "\u2060\u2064\u2066\u206F\u20A0\u20A7\u20A9\u20BF\u2104\u2104\u2108\u2108\u2114\u2114\u2117\u2118" +
            "\u211E\u211F\u2123\u2123\u2125\u2125\u2127\u2127\u2129\u2129\u212E\u212E\u2132\u2132\u213A\u213A" +
            "\u2141\u2144\u214A\u214F\u2180\u2188\u218A\u218B\u2190\u222B\u222E\u222E\u2231\u2328\u232B\u2426" +
            "\u2440\u244A\u24EB\u27FF\u3001\u3029\u3030\u3035\u3037\u3037\u303B\u303F").toCharArray();

    /** U+2F00…U+2FD5 Kangxi radicals, as NFKC maps them: PDF text extraction often yields these for 一 二 人 …. */
    private static final String KANGXI = "一丨丶丿乙亅二亠人儿入八冂冖冫几凵刀力勹匕匚匸十卜卩厂厶又口囗土士夂夊夕大女子宀寸小尢尸屮山巛工己巾干幺广廴廾弋弓彐彡彳心戈戶手支攴文斗斤方无日曰月木欠止歹殳毋比毛氏气水火爪父爻爿片牙牛犬玄玉瓜瓦甘生用田疋疒癶白皮"
            + "皿目矛矢石示禸禾穴立竹米糸缶网羊羽老而耒耳聿肉臣自至臼舌舛舟艮色艸虍虫血行衣襾見角言谷豆豕豸貝赤走足身車辛辰辵邑酉釆里金長門阜隶隹雨靑非面革韋韭音頁風飛食首香馬骨高髟鬥鬯鬲鬼魚鳥鹵鹿麥麻黃黍黑黹黽鼎鼓鼠鼻齊齒龍龜龠";

    private static final String[] CIRCLED_IDEOGRAPHS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private CompatibilityFolding() {
    }

    static String fold(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && isPlain(s.charAt(i))) i++;
        if (i == n) return s;
        StringBuilder b = new StringBuilder(n + 8);
        b.append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (isPlain(c)) {
                b.append(c);
            } else if (!appendFolded(c, b)) {
                return Normalizer.normalize(s, Normalizer.Form.NFKC);
            }
        }
        return b.toString();
    }

    static boolean isPlain(char c) {
        if (c < 0xA0) return true;
        if (c >= 0x4E00 && c <= 0x9FFF) return true;
        if (c >= 0x3400 && c <= 0x4DBF) return true;
        int at = Arrays.binarySearch(PLAIN, c);
        // Found: c is a bound, so inside. Not found: inside when the insertion point falls after a range's start.
        return at >= 0 || ((-at - 1) & 1) == 1;
    }

    /** Appends NFKC of {@code c} when the table knows it; false when it does not. */
    static boolean appendFolded(char c, StringBuilder b) {
        if (c >= 0xFF01 && c <= 0xFF5E) {
            b.append((char) (c - 0xFEE0));
        } else if (c == 0x3000 || c == 0x00A0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F) {
            b.append(' ');
        } else if (c >= 0x2460 && c <= 0x2473) {
            b.append(c - 0x2460 + 1);
        } else if (c >= 0x2474 && c <= 0x2487) {
            b.append('(').append(c - 0x2474 + 1).append(')');
        } else if (c >= 0x2488 && c <= 0x249B) {
            b.append(c - 0x2488 + 1).append('.');
        } else if (c >= 0x3220 && c <= 0x3229) {
            b.append('(').append(CIRCLED_IDEOGRAPHS[c - 0x3220]).append(')');
        } else if (c >= 0x2F00 && c <= 0x2FD5) {
            b.append(KANGXI.charAt(c - 0x2F00));
        } else {
            String folded = switch (c) {
                case '\u2011' -> "\u2010";
                case '\u2024' -> ".";
                case '\u2025' -> "..";
                case '\u2026' -> "...";
                case '\u2E9F' -> "母";
                case '\u2EF3' -> "龟";
                case '\uFF5F' -> "\u2985";
                case '\uFF60' -> "\u2986";
                case '\uFF61' -> "。";
                case '\uFF62' -> "「";
                case '\uFF63' -> "」";
                case '\uFF64' -> "、";
                case '\uFF65' -> "\u30FB";
                case '\uFFE0' -> "\u00A2";
                case '\uFFE1' -> "\u00A3";
                case '\uFFE2' -> "\u00AC";
                case '\uFFE4' -> "\u00A6";
                case '\uFFE5' -> "\u00A5";
                case '\uFFE6' -> "\u20A9";
                default -> null;
            };
            if (folded == null) return false;
            b.append(folded);
        }
        return true;
    }
}
