package nianbao.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@link Chars#canonical} takes shortcuts (text already canonical is returned as it is; otherwise one pass per
 * character): on every kind of character report text holds, it must give exactly what the plain definition gives —
 * traditional to simplified, then NFKC of the whole string, then the per-character mapping.
 */
class CanonicalFastPathTest {
    /** The definition, written the slow way (as it was before the shortcuts). */
    private static String reference(String s) {
        String n = Chars.fold(TraditionalChars.toSimplified(s));
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Chars.isSpace(c) || c == '\t' || c == '\n' || c == '\r') continue;
            switch (c) {
                case '“', '”', '„', '‟', '＂', '"' -> b.append('"');
                case '‘', '’', '\'' -> b.append('\'');
                case '、' -> b.append('、');
                case '．', '。' -> b.append(c == '．' ? '.' : c);
                case '—', '–', '－', '−' -> b.append('-');
                default -> b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /** Plain ideographs and punctuation, traditional forms, full-width and compatibility forms, spaces, a combining mark. */
    private static final String ALPHABET = "政府信息公开年度报告本收到申请件一二三十（）()、。．，,：:；;“”‘’\"'—–－−"
            + "國報關與開處理ＡＢａ１２３　\u00A0 \t\u2028\u3000⑴⒈①㈠⼀\u2F08ｶ\uFF61\u0301é\u3099か\u200B\uFEFFABCxyz0123-+%[]|";

    @Test
    void shortcutsGiveTheDefinitionOnRandomText() {
        long seed = 20261130L;
        Random random = new Random(seed);
        for (int n = 0; n < 50_000; n++) {
            int length = random.nextInt(24);
            StringBuilder b = new StringBuilder();
            // Half the strings from plain characters only, so that the no-copy path is taken often too.
            int span = n % 2 == 0 ? 40 : ALPHABET.length();
            for (int i = 0; i < length; i++) b.append(ALPHABET.charAt(random.nextInt(span)));
            String s = b.toString();
            assertEquals(reference(s), Chars.canonical(s), () -> "seed " + seed + ": \"" + s + "\"");
            // The same text read in place within a longer one.
            String around = ALPHABET.charAt(random.nextInt(ALPHABET.length())) + s + ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            assertEquals(reference(s), Chars.canonical(around, 1, 1 + s.length()), () -> "seed " + seed + ": \"" + around + "\"");
        }
    }

    @Test
    void everySingleCharacter() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String s = "公开" + (char) c + "Ａ";
            String one = String.valueOf((char) c);
            assertEquals(reference(s), Chars.canonical(s), "U+" + Integer.toHexString(c));
            assertEquals(reference(one), Chars.canonical(one), "U+" + Integer.toHexString(c));
        }
    }
}
