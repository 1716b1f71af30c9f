package nianbao.core.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nianbao.core.text.SourceText;
import nianbao.testing.Fixtures;

class ReportParserTest {
    private static ReportSyntax parse(String text) {
        return new ReportParser().parse(new SourceText(text));
    }

    @Test
    void sixSectionsInEveryLayoutOfTheOwnFixtures() {
        for (String name : List.of("layout-tabs-clean.txt", "layout-cells-clean.txt", "layout-pipes-clean.txt",
                "layout-pipes-bare-clean.txt")) {
            ReportSyntax s = parse(Fixtures.text(name));
            assertEquals(List.of(1, 2, 3, 4, 5, 6), s.sections().stream().map(x -> x.heading().sectionNumber()).toList(), name);
            assertEquals(3, s.tables().size(), name);
        }
    }

    @Test
    void layoutIsDetectedPerTable() {
        assertEquals(TableLayout.TABS, parse(Fixtures.text("layout-tabs-clean.txt")).tables().get(0).layout());
        assertEquals(TableLayout.CELL_PER_LINE, parse(Fixtures.text("layout-cells-clean.txt")).tables().get(1).layout());
        assertEquals(TableLayout.PIPES, parse(Fixtures.text("layout-pipes-bare-clean.txt")).tables().get(2).layout());
    }

    @Test
    void tableRowsThatStartLikeHeadingsAreNotSections() {
        String text = "一、总体情况\n正文。\n三、收到和处理政府信息公开申请情况\n"
                + "一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n"
                + "三、本年度办理结果\t（一）予以公开\t1\t0\t0\t0\t0\t0\t1\n"
                + "四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0\n";
        ReportSyntax s = parse(text);
        assertEquals(List.of(1, 3), s.sections().stream().map(x -> x.heading().sectionNumber()).toList());
        assertEquals(3, s.tables().get(0).rows().size());
    }

    @Test
    void headingsInAnyNumberingAndAfterWordResidue() {
        ReportSyntax s = parse("[bookmark: _GoBack]一、总体情况\n2、 主动公开政府信息情况\n3.收到和处理政府信息公开申请情况\n其他需要报告的事项\n");
        assertEquals(List.of(1, 2, 3, 6), s.sections().stream().map(x -> x.heading().sectionNumber()).toList());
        assertEquals("2、 ", s.sections().get(1).heading().numbering());
        assertEquals("", s.sections().get(3).heading().numbering());
    }

    @Test
    void partNumberingAndIdeographicSpacesAreNumbering() {
        Heading h = parse("第二部分\u3000主动公开政府信息情况\n").sections().get(0).heading();
        assertEquals(2, h.sectionNumber());
        assertEquals("主动公开政府信息情况", h.title());
        assertEquals("第二部分\u3000", h.numbering());
    }

    @Test
    void numberedParagraphsInsideSectionOneAreNotHeadings() {
        ReportSyntax s = parse("一、总体情况\n1.组织领导\n2.主动公开\n（一）主动公开\n一是加强领导。\n");
        assertEquals(1, s.sections().size());
    }

    @Test
    void wordCellsWrapOntoLinesWithoutATab() {
        ReportSyntax s = parse("四、政府信息公开行政复议、行政诉讼情况\n\t结果\n维持\n\t总计\n\n\t\n0\n\t1\n");
        Table t = s.tables().get(0);
        assertEquals(TableLayout.CELL_PER_LINE, t.layout());
        assertEquals("结果维持", t.rows().get(0).cells().get(0).text());
        Cell wrappedValue = t.rows().get(1).cells().get(0);
        assertEquals("0", wrappedValue.text());
        assertEquals(6, wrappedValue.line());
    }

    @Test
    void proseRightAfterTheLastWordCellIsNotPartOfIt() {
        ReportSyntax s = parse("四、政府信息公开行政复议、行政诉讼情况\n\t行政复议\n\n\t1\n\t0\n以上为本年度数据。\n");
        Table t = s.tables().get(0);
        assertEquals(4, t.lastLine());
        assertEquals("0", t.rows().get(1).cells().get(1).text());
        assertTrue(s.sections().get(0).blocks().get(1) instanceof Paragraph);
    }

    @Test
    void pipeRowsWithAndWithoutFramingPipesHaveTheSameCells() {
        Table framed = parse("二、主动公开政府信息情况\n| 规章 | 0 | 1 | 2 |\n").tables().get(0);
        Table bare = parse("二、主动公开政府信息情况\n规章 | 0 | 1 | 2\n").tables().get(0);
        assertEquals(cellTexts(framed), cellTexts(bare));
        assertEquals(List.of("规章", "0", "1", "2"), cellTexts(framed));
    }

    @Test
    void emptyCellsSitWhereTheirValueWouldGo() {
        String text = "三、收到和处理政府信息公开申请情况\n\t（一）予以公开\t0\t\n";
        Cell empty = parse(text).tables().get(0).rows().get(0).cells().get(3);
        assertTrue(empty.isEmpty());
        assertEquals(text.length() - 1, empty.start());
    }

    @Test
    void reportYearComesFromTheTitle() {
        assertEquals(2023, parse("2023 年度宝禾镇信息公开工作年度报告\n").reportYear().getAsInt());
        assertTrue(parse("没有标题\n").reportYear().isEmpty());
    }

    @Test
    void proseIsNeverATable() {
        ReportSyntax s = parse("五、存在的主要问题及改进情况\n一是公开不够及时。二是解读形式单一。\n");
        assertTrue(s.tables().isEmpty());
        assertNull(s.sections().get(0).blocks().stream().filter(b -> b instanceof Table).findFirst().orElse(null));
    }

    private static List<String> cellTexts(Table t) {
        return t.rows().get(0).cells().stream().map(Cell::text).toList();
    }
}
