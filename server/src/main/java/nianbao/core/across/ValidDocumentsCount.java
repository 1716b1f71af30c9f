package nianbao.core.across;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import nianbao.core.bind.BoundValue;
import nianbao.core.diag.Severity;
import nianbao.core.format.FormatVersion;
import nianbao.core.format.TableKind;

/**
 * NB502: this year's 现行有效件数 should be last year's plus 本年制发件数 minus 本年废止件数 (规章 and 行政规范性文件,
 * 2021 format in both years). A warning, not an error: a document revised (修订) or expired (自然失效) changes the count
 * without being 制发 or 废止, and the message says so.
 */
final class ValidDocumentsCount implements CrossYearRule {
    private static final List<String> ROWS = List.of("b1-1", "b1-2");
    private static final int ISSUED = 0;
    private static final int REPEALED = 1;
    private static final int VALID = 2;

    @Override
    public String code() {
        return "NB502";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "现行有效件数不等于上年现行有效件数加本年制发件数减本年废止件数";
    }

    @Override
    public void checkPair(YearPair pair, CrossYearFindings findings) {
        if (!is2021(pair.current()) || !is2021(pair.previous())) return;
        for (String id : ROWS) {
            Optional<BoundValue> valid = cell(pair.current(), id, VALID);
            Optional<BoundValue> issued = cell(pair.current(), id, ISSUED);
            Optional<BoundValue> repealed = cell(pair.current(), id, REPEALED);
            Optional<BoundValue> before = cell(pair.previous(), id, VALID);
            if (valid.isEmpty() || issued.isEmpty() || repealed.isEmpty() || before.isEmpty()) continue;
            BigDecimal expected = before.get().value().number().add(issued.get().value().number())
                    .subtract(repealed.get().value().number());
            BigDecimal actual = valid.get().value().number();
            if (expected.compareTo(actual) == 0) continue;
            String row = valid.get().row().displayName();
            String message = "“" + row + "”的“现行有效件数”为 " + ReportFigures.format(actual) + "，按上年报告 "
                    + pair.previous().displayName() + " 的现行有效件数 " + ReportFigures.format(before.get().value().number())
                    + " 加本年制发 " + ReportFigures.format(issued.get().value().number()) + " 减本年废止 "
                    + ReportFigures.format(repealed.get().value().number()) + " 应为 " + ReportFigures.format(expected)
                    + "；修订、自然失效（有效期届满）等情形也会使件数变化，如属此类请在正文中说明";
            findings.report(pair.current(), CrossYearFindings.range(pair.current(), valid.get()), message, List.of(
                    CrossYearFindings.elsewhere(pair.previous(), CrossYearFindings.range(pair.previous(), before.get()),
                            "上年报告“" + row + "”的“现行有效件数”：" + ReportFigures.format(before.get().value().number()))));
        }
    }

    private static boolean is2021(YearReport report) {
        return report.result().report().version() == FormatVersion.V2021 && report.tablesVersion() == FormatVersion.V2021;
    }

    private static Optional<BoundValue> cell(YearReport report, String rowId, int column) {
        return ReportFigures.cell(report.result().report(), TableKind.ACTIVE, rowId, column)
                .filter(v -> v.value().isNumber());
    }
}
