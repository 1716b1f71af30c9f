package nianbao.core.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import nianbao.core.Checker;
import nianbao.core.bind.BoundReport;
import nianbao.core.config.CheckOptions;
import nianbao.core.diag.Diagnostic;
import nianbao.core.diag.Range;
import nianbao.core.diag.Severity;

/**
 * Which findings of other rules NB106 withholds ({@link UnreadableTable#withholding}): those about the tables in the
 * section of an unreadable table, and every prose-against-table finding (NB403), but no finding outside the tables'
 * codes, not NB106's own, and nothing at all when every table was read.
 */
class UnreadableTableWithholdingTest {
    /** Table 三 on one line (section 三 spans lines 31–34, 1-based), the other tables read. */
    private static final Path FLATTENED = Path.of("src/test/resources/fixtures/NB106-flattened-table.txt");
    private static final int SECTION_THREE = 32 - 1;
    private static final int SECTION_FIVE = 43 - 1;

    @Test
    void withholdsTableFindingsInTheUnreadableTablesSectionAndEveryNb403() throws IOException {
        UnreadableTable.Withholding w = UnreadableTable.withholding(bound(Files.readString(FLATTENED)));
        assertTrue(w.withholds(at("NB301", SECTION_THREE)), "a total in the unreadable table's section");
        assertTrue(w.withholds(at("NB206", SECTION_THREE)), "a row finding in that section");
        assertTrue(w.withholds(at("NB105", SECTION_THREE)), "NB105 is about tables too");
        assertTrue(w.withholds(at("NB403", SECTION_FIVE)), "prose against the tables, wherever it stands");
        assertFalse(w.withholds(at("NB301", SECTION_FIVE)), "a table finding in another section");
        assertFalse(w.withholds(at("NB101", SECTION_THREE)), "not a finding about tables");
        assertFalse(w.withholds(at("NB106", SECTION_THREE)), "NB106's own finding");
    }

    @Test
    void withholdsNothingWhenEveryTableWasRead() throws IOException {
        String readable = Files.readString(Path.of("examples").resolve(firstExample()));
        UnreadableTable.Withholding w = UnreadableTable.withholding(bound(readable));
        for (String code : List.of("NB301", "NB206", "NB105", "NB403")) {
            assertFalse(w.withholds(at(code, SECTION_THREE)), code);
        }
    }

    private static String firstExample() throws IOException {
        try (var files = Files.list(Path.of("examples"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow().getFileName().toString();
        }
    }

    private static BoundReport bound(String text) {
        return Checker.check(text, CheckOptions.DEFAULT).report();
    }

    private static Diagnostic at(String code, int line) {
        return new Diagnostic(code, Severity.ERROR, new Range(line, 0, line, 1), "", List.of(), List.of());
    }
}
