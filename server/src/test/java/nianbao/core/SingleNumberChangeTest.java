package nianbao.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import nianbao.core.bind.Balance;
import nianbao.core.bind.BoundRow;
import nianbao.core.bind.BoundTable;
import nianbao.core.bind.BoundValue;
import nianbao.core.bind.Formula;
import nianbao.core.config.CheckOptions;
import nianbao.core.fix.FixAll;
import nianbao.core.fix.TextEdits;
import nianbao.core.format.TableKind;
import nianbao.core.syntax.Cell;
import nianbao.core.text.SourceText;
import nianbao.testing.Fixtures;

/**
 * Changes every number of a consistent report, one at a time, in memory: the arithmetic findings are exactly the
 * ones the format's rules call for, at the cells they name; and when the changed number was a derived cell (a
 * 总计), fix-all gives back the original text byte for byte (for a report whose own totals are complete; one
 * with empty totals gets exactly what fix-all makes of the unchanged report).
 */
class SingleNumberChangeTest {

    @TestFactory
    Stream<DynamicTest> ownFixtures() {
        return Stream.of("layout-tabs-clean.txt", "layout-cells-clean.txt", "layout-pipes-clean.txt")
                .map(name -> DynamicTest.dynamicTest(name, () -> checkEveryChange(Fixtures.path(name))));
    }

    @TestFactory
    Stream<DynamicTest> corpusReports() throws Exception {
        return CorpusTest.corpusReports().stream()
                .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> checkEveryChange(p)));
    }

    private static void checkEveryChange(Path report) {
        String original = Fixtures.decode(report).text();
        CheckResult base = Checker.check(original, CheckOptions.DEFAULT);
        // A report with empty totals of its own (001, 003) gets those filled too: compare with its own fix-all.
        String originalFixed = TextEdits.apply(base.source(), FixAll.recomputeTotals(base));
        int changes = 0;
        for (BoundTable table : base.report().allTables()) {
            for (BoundRow row : table.rows) {
                for (BoundValue value : row.values) {
                    if (value.cell() == null || !value.value().isNumber()) continue;
                    String changed = replaceKeepingWidth(original, value.cell());
                    CheckResult r = Checker.check(changed, CheckOptions.DEFAULT);
                    Set<String> actual = r.diagnostics().stream().filter(d -> d.code().startsWith("NB3"))
                            .map(d -> d.code() + "@" + (d.range().startLine() + 1) + ":" + (d.range().startColumn() + 1))
                            .collect(Collectors.toCollection(TreeSet::new));
                    String where = report.getFileName() + " " + value.describe() + " at line " + (value.cell().line() + 1);
                    assertEquals(expected(base.source(), table, value), actual, where);
                    if (isDerived(table, value)) {
                        CheckResult broken = r;
                        String fixed = TextEdits.apply(broken.source(), FixAll.recomputeTotals(broken));
                        assertEquals(originalFixed, fixed, "fix-all after changing " + where);
                    }
                    changes++;
                }
            }
        }
        assertEquals(true, changes > 0, "no number changed in " + report);
    }

    /** n+1, or n−1 when the last digit is 9, so every other cell keeps its column. */
    private static String replaceKeepingWidth(String text, Cell cell) {
        BigDecimal n = new BigDecimal(text.substring(cell.start(), cell.end()).strip()
                .replace('１', '1').replaceAll("[^0-9.\\-]", ""));
        String digits = text.substring(cell.start(), cell.end());
        BigDecimal next = digits.strip().endsWith("9") ? n.subtract(BigDecimal.ONE) : n.add(BigDecimal.ONE);
        return text.substring(0, cell.start()) + next.toPlainString() + text.substring(cell.end());
    }

    private static boolean isDerived(BoundTable table, BoundValue v) {
        return table.formulas.stream().anyMatch(f -> f.target() == v);
    }

    /** What the format's rules say a change of this one cell breaks, by the structure of the table. */
    private static Set<String> expected(SourceText source, BoundTable table, BoundValue v) {
        Set<String> out = new TreeSet<>();
        List<Formula> asTarget = table.formulas.stream().filter(f -> f.target() == v && allNumbers(f)).toList();
        if (!asTarget.isEmpty()) {
            out.add(at(source, asTarget.get(0).code(), asTarget.get(0).target()));
            return out;
        }
        for (Formula f : table.formulas) {
            if (f.parts().contains(v) && allNumbers(f)) out.add(at(source, f.code(), f.target()));
        }
        if (table.kind == TableKind.REQUESTS) {
            for (Balance b : table.balances) {
                List<BoundValue> all = new ArrayList<>(b.left());
                all.addAll(b.right());
                if (all.contains(v) && all.stream().allMatch(x -> x.value().isNumber())) {
                    out.add(at(source, "NB303", b.right().get(1)));
                }
            }
        }
        return out;
    }

    private static boolean allNumbers(Formula f) {
        return f.target().value().isNumber() && f.parts().stream().allMatch(p -> p.value().isNumber());
    }

    private static String at(SourceText source, String code, BoundValue v) {
        int line = v.cell().line();
        return code + "@" + (line + 1) + ":" + (v.cell().start() - source.lineStart(source.lineOf(v.cell().start())) + 1);
    }
}
