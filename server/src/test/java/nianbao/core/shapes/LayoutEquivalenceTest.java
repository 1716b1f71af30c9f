package nianbao.core.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import nianbao.core.CheckResult;
import nianbao.core.Checker;
import nianbao.core.bind.BoundRow;
import nianbao.core.bind.BoundTable;
import nianbao.core.bind.BoundValue;
import nianbao.core.config.CheckOptions;
import nianbao.core.diag.Diagnostic;
import nianbao.core.diag.Severity;
import nianbao.testing.Fixtures;

/**
 * Issue 7's layout equivalence: each fixture report that carries full tables, rendered by test code in every
 * shape that can carry its numbers (space-aligned PDF text, a browser's copy, three pipe variants, cells without
 * tabs, traditional characters, wording variants), binds the same values to the same official cells and gives
 * the same arithmetic findings as the report as written; every other error or warning it gives, the original
 * gives too (layout-only findings are info), except the NB103 that items numbered 1、 must give.
 */
class LayoutEquivalenceTest {
    private static final List<String> REPORTS = List.of(
            "examples/xinghu-2024-tabs.txt", "examples/xinghu-2024-word.txt", "examples/xinghu-2024-pipes.txt",
            "fixtures/layout-tabs-clean.txt", "fixtures/layout-cells-clean.txt", "fixtures/layout-pipes-clean.txt",
            "fixtures/format-2019-clean.txt", "fixtures/NB301-row-total.txt", "fixtures/NB302-result-total.txt",
            "fixtures/NB303-balance.txt", "fixtures/NB304-review-total.txt");

    private static String read(String name) {
        Path p = name.startsWith("examples/") ? Path.of(name) : Fixtures.path(name.substring("fixtures/".length()));
        return Fixtures.decode(p).text();
    }

    @TestFactory
    Stream<DynamicTest> everyShapeBindsTheSameValuesAndArithmetic() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : REPORTS) {
            for (ShapeRenderer.Shape shape : ShapeRenderer.Shape.values()) {
                tests.add(DynamicTest.dynamicTest(name + " as " + shape, () -> {
                    String original = read(name);
                    String shaped = ShapeRenderer.render(original, shape);
                    CheckResult expected = Checker.check(original, CheckOptions.DEFAULT);
                    CheckResult actual = Checker.check(shaped, CheckOptions.DEFAULT);
                    String where = name + " as " + shape + ":\n" + shaped;
                    Map<String, String> values = boundValues(expected);
                    assertFalse(values.isEmpty(), name + " binds values");
                    assertEquals(values, boundValues(actual), where);
                    assertEquals(arithmetic(expected), arithmetic(actual), where);
                    List<String> allowed = findings(expected);
                    for (String f : findings(actual)) {
                        if (shape == ShapeRenderer.Shape.WORDING_VARIANTS && f.startsWith("NB103")) continue;
                        assertEquals(true, allowed.contains(f), "not found on the original: " + f + "\n" + where);
                    }
                }));
            }
        }
        return tests.stream();
    }

    /** "table/row id/column" → the value's text as a number, for every bound value. */
    static Map<String, String> boundValues(CheckResult r) {
        Map<String, String> out = new TreeMap<>();
        for (BoundTable t : r.report().allTables()) {
            for (BoundRow row : t.rows) {
                if (row.duplicate || row.spec == null) continue;
                for (BoundValue v : row.values) {
                    String shown = v.value().isNumber() ? v.value().number().stripTrailingZeros().toPlainString()
                            : v.value().kind().name();
                    out.put(t.kind + "/" + row.spec.id + "/" + v.columnIndex(), shown);
                }
            }
        }
        return out;
    }

    private static List<String> arithmetic(CheckResult r) {
        return r.diagnostics().stream().filter(d -> d.code().startsWith("NB3")).map(d -> d.code() + " " + d.message())
                .sorted().toList();
    }

    /** Errors and warnings by code and message (positions differ between shapes). */
    private static List<String> findings(CheckResult r) {
        List<String> out = new ArrayList<>();
        for (Diagnostic d : r.diagnostics()) {
            if (d.severity() == Severity.ERROR || d.severity() == Severity.WARNING) out.add(d.code() + " " + d.message());
        }
        return out;
    }
}
