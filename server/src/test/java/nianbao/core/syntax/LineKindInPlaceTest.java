package nianbao.core.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

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
        Random random = new Random(seed);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder line = new StringBuilder();
            int parts = random.nextInt(6);
            for (int i = 0; i < parts; i++) line.append(PIECES[random.nextInt(PIECES.length)]);
            String before = PIECES[random.nextInt(PIECES.length)] + "\n";
            String after = "\n" + PIECES[random.nextInt(PIECES.length)] + "\t";
            String text = before + line + after;
            int from = before.length();
            int to = from + line.length();
            String l = line.toString();
            assertEquals(LineKind.of(l), LineKind.of(text, from, to), () -> "seed " + seed + ": \"" + l + "\"");
        }
    }
}
