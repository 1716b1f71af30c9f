package nianbao.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import nianbao.testing.PieceTexts;

/** {@link WordMarkers#isBlank} walks the text instead of stripping it: the same answer as "blank once stripped". */
class WordMarkersBlankTest {
    private static final String[] PIECES = {"[bookmark: _GoBack]", "[BOOKMARK:x]", "[bookmark:", "]", "[", " ", "　",
            "\t", "\u00A0", "\uFEFF", "a", "规章", "[bookmark: [x]", "[bookmark: a\n]", "\n"};

    @Test
    void walkAgreesWithStripping() {
        long seed = 77_2026L;
        PieceTexts texts = new PieceTexts(seed, PIECES);
        for (int n = 0; n < 50_000; n++) {
            String s = texts.next(7);
            boolean expected = Chars.isBlank(s) || Chars.isBlank(WordMarkers.strip(s));
            assertEquals(expected, WordMarkers.isBlank(s), () -> "seed " + seed + ": \"" + s + "\"");
        }
    }
}
