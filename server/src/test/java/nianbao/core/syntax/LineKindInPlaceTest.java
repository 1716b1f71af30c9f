package nianbao.core.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import nianbao.core.text.SourceText;
import nianbao.testing.PieceTexts;

/**
 * The parser reads every line's kind in one sweep of the text ({@link LineKind#ofLines}) instead of from a copy of
 * each line: both must agree on every line, whatever stands around it (markers, pipes and tabs on other lines, line
 * ends of every kind).
 */
class LineKindInPlaceTest {
    private static final String[] PIECES = {"规章", "\t", "\t\t", " ", "　", "\u00A0", "[bookmark: _GoBack]", "[bookmark:",
            "|", "| --- |", "---", ":--", "0", "１２", "（一）", "\f", "\u200B", "\uFEFF", "", "一、总体情况", "\u2028",
            "\n", "\r\n", "\r", "\n\n"};

    @Test
    void sweptKindIsTheKindOfEachCopiedLine() {
        long seed = 8_2026L;
        PieceTexts texts = new PieceTexts(seed, PIECES);
        for (int n = 0; n < 20_000; n++) {
            String text = texts.next(24);
            SourceText source = new SourceText(text);
            LineKind[] kinds = LineKind.ofLines(source);
            for (int i = 0; i < source.lineCount(); i++) {
                String line = source.line(i);
                int at = i;
                assertEquals(LineKind.of(line), kinds[i], () -> "seed " + seed + ", line " + at + " of \"" + text + "\"");
            }
        }
    }
}
