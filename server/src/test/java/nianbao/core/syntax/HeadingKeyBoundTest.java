package nianbao.core.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import nianbao.core.text.Chars;
import nianbao.testing.PieceTexts;

/**
 * {@link HeadingMatcher#keyLengthAtLeast} turns a line away as too long for a heading before its key is made: it must
 * never count more than the key it stands for has, whatever the line holds (spaces of every kind, full-width forms,
 * combining marks that send the text to NFKC whole, traditional characters, trailing punctuation).
 */
class HeadingKeyBoundTest {
    private static final String[] PIECES = {"政府", "信息", "公开", "們", "⼀", "①", "⑴", "ｅ", "Ａ", "e", "\u0301", "\u0323", "ᄀ", "ᅡ",
        "ﬁ", "豈", " ", "\u3000", "\u00A0", "\t", "\n", "\r", "\u0085", "\u2028", "。", "：", ":", "；", ";", "．", ".", "，", "、",
        "（", "）", "1", "１", "年", "x", "\u200B", "\uFEFF", "“", "”"};

    @Test
    void theBoundIsExactOnPlainText() {
        assertEquals(6, HeadingMatcher.keyLengthAtLeast("总体情况说明", 0, 6));
        // Spaces are dropped and the trailing punctuation trimmed: neither counts.
        assertEquals(4, HeadingMatcher.keyLengthAtLeast("总体 情况。", 0, 6));
        assertEquals(0, HeadingMatcher.keyLengthAtLeast("2024", 0, 4));
    }

    @Test
    void theBoundNeverExceedsTheKeyOnRandomTexts() {
        long seed = 20261130L;
        PieceTexts texts = new PieceTexts(seed, PIECES);
        for (int n = 0; n < 50_000; n++) {
            String before = texts.next(3);
            String text = texts.next(12);
            String line = before + text + texts.next(3);
            int key = HeadingMatcher.withoutTrailingPunctuation(Chars.canonical(text)).length();
            int bound = HeadingMatcher.keyLengthAtLeast(line, before.length(), before.length() + text.length());
            assertTrue(bound <= key, "seed " + seed + ", text: [" + text + "], bound " + bound + " > key " + key);
        }
    }
}
