package nianbao.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.text.Normalizer;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The folding table gives exactly what java.text.Normalizer's NFKC gives, without loading it for report text. */
class CompatibilityFoldingTest {
    private static String nfkc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    @Test
    void everyCharacterTheTableKnowsFoldsAsNfkcDoes() {
        int known = 0;
        for (int code = 0; code <= 0xFFFF; code++) {
            int c = code;
            char ch = (char) c;
            if (Character.isSurrogate(ch)) continue;
            String s = String.valueOf(ch);
            if (CompatibilityFolding.isPlain(ch)) {
                known++;
                assertEquals(nfkc(s), s, () -> "plain U+" + Integer.toHexString(c) + " is not kept by NFKC");
                assertEquals(nfkc("a" + s + "一"), "a" + s + "一", () -> "plain U+" + Integer.toHexString(c) + " in context");
            }
            StringBuilder b = new StringBuilder();
            if (CompatibilityFolding.appendFolded(ch, b)) {
                known++;
                assertEquals(nfkc(s), b.toString(), () -> "U+" + Integer.toHexString(c));
            }
            // Whatever the table knows or not, fold() is NFKC.
            assertEquals(nfkc(s), Chars.fold(s), () -> "fold U+" + Integer.toHexString(c));
        }
        // ASCII, CJK unified ideographs (both blocks), full-width forms, Chinese punctuation at least.
        org.junit.jupiter.api.Assertions.assertTrue(known > 0x5200 + 0x1A00 + 0x5E, "known characters: " + known);
    }

    @Test
    void plainTextIsReturnedAsItIs() {
        String s = "一、本年新收政府信息公开申请数量\t18\t1\t0";
        assertSame(s, Chars.fold(s));
    }

    @Test
    void reportLikeStringsFoldAsNfkcDoes() {
        String pool = "一二三十（）()、。，,.:：；0123456789０１２３４５６７８９ 　\u00A0\u2002\u202F\tａＡｚＺ＂“”‘’—–－−…"
                + "⑴⑵⒈①⑳㈠㈩⼀⼆⼈｡｢｣､･￥％／＼元件万总计申请行政复议诉讼ﬁ\u0301é\uF900㊀№℃Ⅳ";
        long seed = 20240601L;
        Random random = new Random(seed);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) b.append(pool.charAt(random.nextInt(pool.length())));
            String s = b.toString();
            assertEquals(nfkc(s), Chars.fold(s), () -> "seed " + seed + ": \"" + s + "\"");
        }
    }

    @Test
    void canonicalLabelsAreAsBefore() {
        assertEquals("(一)予以公开", Chars.canonical("（一）　予以公开"));
        assertEquals("(1)予以公开", Chars.canonical("⑴ 予以公开"));
        assertEquals("(一)予以公开", Chars.canonical("㈠予以公开"));
        assertEquals("一、本年新收", Chars.canonical("⼀、本年新收"));
        assertEquals("\"其他\"-a", Chars.canonical("“其他”—Ａ"));
    }
}
