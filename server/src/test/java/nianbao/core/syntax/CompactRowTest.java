package nianbao.core.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A row keeps its cells as offsets and texts, not as objects (issue 8): what it gives back is what it was given. */
class CompactRowTest {

    @Test
    void cellsComeBackAsGivenOnOneLine() {
        List<Cell> cells = List.of(new Cell(100, 112, "（一）予以公开", 7), new Cell(113, 113, "", 7),
                new Cell(114, 116, "12", 7), new Cell(117, 118, "0", 7));
        Row row = new Row(cells, 7, 7);
        assertEquals(cells, row.cells());
        assertEquals(cells, new ArrayList<>(row.cells()));
        assertEquals(4, row.cellCount());
        assertEquals("12", row.cellText(2));
        assertEquals(114, row.cellStart(2));
        assertEquals(116, row.cellEnd(2));
        assertEquals(cells.subList(1, 3), row.cells().subList(1, 3));
        assertEquals(7, row.firstLine());
        assertThrows(IndexOutOfBoundsException.class, () -> row.cells().get(4));
    }

    @Test
    void cellsOnLaterLinesKeepTheirLine() {
        // A Word cell that wraps: the row spans three lines and its last cell starts on the third.
        List<Cell> cells = List.of(new Cell(10, 14, "自然人", 3), new Cell(20, 30, "商业企业", 4), new Cell(40, 41, "5", 5));
        Row row = new Row(cells, 3, 5);
        assertEquals(cells, row.cells());
        assertEquals(5, row.cell(2).line());
        assertEquals(5, row.lastLine());
    }

    @Test
    void aRowSpanningMoreThanSixtyFourKilobytesKeepsItsOffsets() {
        List<Cell> cells = List.of(new Cell(5, 9, "总计", 0), new Cell(70_000, 70_002, "18", 0),
                new Cell(2_000_000_000, 2_000_000_003, "999", 0));
        Row row = new Row(cells, 0, 0);
        assertEquals(cells, row.cells());
        assertEquals(2_000_000_003, row.cellEnd(2));
    }

    @Test
    void rowsWithTheSameCellsAreEqualAndOthersAreNot() {
        List<Cell> cells = List.of(new Cell(0, 2, "合计", 1), new Cell(3, 4, "1", 1));
        assertEquals(new Row(cells, 1, 1), new Row(cells, 1, 1));
        assertEquals(new Row(cells, 1, 1).hashCode(), new Row(cells, 1, 1).hashCode());
        assertNotEquals(new Row(cells, 1, 1), new Row(List.of(new Cell(0, 2, "合计", 1), new Cell(3, 4, "2", 1)), 1, 1));
        assertNotEquals(new Row(cells, 1, 1), new Row(List.of(new Cell(0, 2, "合计", 1), new Cell(5, 6, "1", 1)), 1, 1));
        assertEquals(List.of(), new Row(List.of(), 2, 2).cells());
    }

    @Test
    void aLabelRepeatedInAnotherRowIsKeptOnce() {
        // A table pasted twice: the second copy's labels are equal Strings made separately.
        String first = new String("（三）不予公开 1.属于国家秘密".toCharArray());
        String second = new String("（三）不予公开 1.属于国家秘密".toCharArray());
        Row a = new Row(List.of(new Cell(0, first.length(), first, 0)), 0, 0);
        Row b = new Row(List.of(new Cell(900, 900 + second.length(), second, 40)), 40, 40);
        assertSame(a.cellText(0), b.cellText(0));
    }
}
