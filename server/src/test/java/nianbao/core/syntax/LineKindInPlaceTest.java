package nianbao.core.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import nianbao.testing.PieceTexts;

/**
 * The parser reads a line's kind from the text in place ({@link LineKind#of(String, int, int)}) instead of from a
 * copy of the line: both must agree on every line, whatever stands around it in the text.
 */
class LineKindInPlaceTest {
    private static final String[] PIECES = {"规章", "\t", "\t\t", " ", "　", "\u00A0", "[bookmark: _GoBack]", "[bookmark:",
            "|", "| --- |", "---", ":--", "0", "１２", "（一）", "\f", "\u200B", "\uFEFF", "", "一、总体情况", "\u2028"};

    @Test
    void inPlaceKindIsTheKindOfTheCopiedLine() {
        long seed = 8_2026L;
        PieceTexts texts = new PieceTexts(seed, PIECES);
        for (int n = 0; n < 50_000; n++) {
            String line = texts.next(6);
            String before = texts.piece() + "\n";
            String after = "\n" + texts.piece() + "\t";
            String text = before + line + after;
            int from = before.length();
            int to = from + line.length();
            String l = line.toString();
            assertEquals(LineKind.of(l), LineKind.of(text, from, to), () -> "seed " + seed + ": \"" + l + "\"");
        }
    }
}
