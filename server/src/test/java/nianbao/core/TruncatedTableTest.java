package nianbao.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import nianbao.core.bind.BoundRow;
import nianbao.core.bind.BoundTable;
import nianbao.core.config.CheckOptions;
import nianbao.core.diag.Diagnostic;
import nianbao.core.format.TableKind;
import nianbao.core.syntax.Row;
import nianbao.core.syntax.Section;
import nianbao.core.syntax.Table;
import nianbao.core.text.SourceText;
import nianbao.testing.Fixtures;

/**
 * Each table of the clean fixture reports (二, 三, 四; tab, cell-per-line and pipe layouts) cut after each of its
 * rows, once at the end of the text and once with the next section's heading right after the cut: exactly one
 * NB105, at the cut, naming the last official row read (or saying only the header was read), and no finding about
 * the rows after the cut (no NB2xx, no NB3xx in the cut section).
 */
class TruncatedTableTest {

    @TestFactory
    Stream<DynamicTest> aTableCutAtEveryRowGivesOneFindingAtTheCut() {
        return Stream.of("layout-tabs-clean.txt", "layout-cells-clean.txt", "layout-pipes-clean.txt")
                .flatMap(name -> Stream.of(TableKind.values()).map(kind ->
                        DynamicTest.dynamicTest(name + " " + kind, () -> checkEveryCut(name, kind))));
    }

    private static void checkEveryCut(String name, TableKind kind) {
        String text = Fixtures.text(name);
        CheckResult base = Checker.check(text, CheckOptions.DEFAULT);
        SourceText source = base.source();
        BoundTable table = base.report().table(kind).orElseThrow();
        Section section = sectionOf(base, table);
        int nextSection = section.lastLine() + 1;
        List<Row> rows = new ArrayList<>();
        for (Table t : table.tables) rows.addAll(t.rows());
        int cuts = 0;
        for (int i = 0; i < rows.size() - 1; i++) {
            Row last = rows.get(i);
            String head = text.substring(0, source.lineStart(last.lastLine())) + source.line(last.lastLine()) + "\n";
            String expectedName = lastOfficialRowUpTo(table, last.lastLine());
            // A one-cell line last (二's block heading 第二十条第（一）项) with no row under it may be read as a
            // paragraph after the table: the cut is then at the row before it, or, when it is the table's only
            // line, the section has no table at all (NB105 at its heading).
            int oneCellCut = last.cells().size() != 1 ? -1 : i == 0 ? section.firstLine() : rows.get(i - 1).lastLine();
            check(name + " " + kind + " cut after line " + (last.lastLine() + 1) + " at the end of the text",
                    head, last.lastLine(), oneCellCut, i == 0 ? "" : expectedName);
            if (nextSection < source.lineCount()) {
                String withNext = head + text.substring(source.lineStart(nextSection));
                check(name + " " + kind + " cut after line " + (last.lastLine() + 1) + ", next section follows",
                        withNext, last.lastLine(), oneCellCut, i == 0 ? "" : expectedName);
            }
            cuts++;
        }
        assertTrue(cuts > 0, name + " " + kind);
    }

    @TestFactory
    Stream<DynamicTest> aTableCutInsideARowGivesOneFindingAtTheCut() {
        return Stream.of("layout-tabs-clean.txt", "layout-cells-clean.txt", "layout-pipes-clean.txt")
                .map(name -> DynamicTest.dynamicTest(name, () -> checkCutsInsideRows(name)));
    }

    /** The text stops inside a row of 三 (after its first value, or before its last): the row is part of the cut. */
    private static void checkCutsInsideRows(String name) {
        String text = Fixtures.text(name);
        CheckResult base = Checker.check(text, CheckOptions.DEFAULT);
        BoundTable table = base.report().table(TableKind.REQUESTS).orElseThrow();
        for (BoundRow row : table.rows.subList(0, table.rows.size() - 1)) {
            for (int kept : new int[]{1, row.values.size() - 1}) {
                int end = row.value(kept - 1).cell().end();
                String cut = text.substring(0, end) + "\n";
                int line = row.value(kept - 1).cell().line();
                check(name + " cut inside “" + row.displayName() + "” after " + kept + " values", cut, line, -1,
                        row.displayName());
            }
        }
    }

    private static void check(String what, String text, int cutLine, int orAt, String lastRowName) {
        CheckResult r = Checker.check(text, CheckOptions.DEFAULT);
        List<Diagnostic> cut = r.diagnostics().stream().filter(d -> d.code().equals("NB105")).toList();
        assertEquals(1, cut.size(), what + ":\n" + Fixtures.render(r));
        Diagnostic d = cut.get(0);
        if (d.range().startLine() != orAt) assertEquals(cutLine, d.range().startLine(), what + ": " + d.message());
        String says = lastRowName == null ? "表头" : lastRowName.isEmpty() ? "" : "“" + lastRowName + "”";
        assertTrue(d.message().contains(says), what + ": should name " + says + ": " + d.message());
        List<Diagnostic> rowFindings = r.diagnostics().stream()
                .filter(x -> x.code().startsWith("NB2") || x.code().startsWith("NB3")).toList();
        assertEquals(List.of(), rowFindings, what + ":\n" + Fixtures.render(r));
    }

    /**
     * The display name of the last official row on or before the line, or null when only the header was read
     * (the message then says 表头; after the table's first line alone, any NB105 at the cut will do).
     */
    private static String lastOfficialRowUpTo(BoundTable table, int line) {
        String name = null;
        for (BoundRow r : table.rows) {
            if (r.row.lastLine() <= line) name = r.displayName();
        }
        return name;
    }

    private static Section sectionOf(CheckResult result, BoundTable table) {
        for (Section s : result.syntax().sections()) {
            if (s.firstLine() <= table.firstLine() && table.firstLine() <= s.lastLine()) return s;
        }
        throw new AssertionError("table outside sections");
    }
}
