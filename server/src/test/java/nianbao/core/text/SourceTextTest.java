package nianbao.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import nianbao.core.diag.Range;

class SourceTextTest {
    @Test
    void linesEndAtLfCrlfAndCr() {
        SourceText s = new SourceText("一\r\n二\n三\r四");
        assertEquals(4, s.lineCount());
        assertEquals("三", s.line(2));
        assertEquals("\r\n", s.lineEnding(0));
        assertEquals("\r", s.lineEnding(2));
        assertEquals("", s.lineEnding(3));
    }

    @Test
    void columnsAreUtf16UnitsSoASupplementaryCharacterCountsTwo() {
        SourceText s = new SourceText("𠀀总计\t19");
        Range r = s.range(s.text().indexOf("19"), s.text().indexOf("19") + 2);
        assertEquals(new Range(0, 5, 0, 7), r);
    }

    @Test
    void dominantLineEndingIsTheMostCommon() {
        assertEquals("\r\n", new SourceText("a\r\nb\r\nc\n").dominantLineEnding());
        assertEquals("\n", new SourceText("no break").dominantLineEnding());
    }

    @Test
    void offsetsRoundTripThroughLineAndColumn() {
        SourceText s = new SourceText("第一行\r\n\t第二行\n");
        int offset = s.text().indexOf("第二");
        assertEquals(offset, s.offset(s.lineOf(offset), s.columnOf(offset)));
    }
}
