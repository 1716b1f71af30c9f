package nianbao.core.across;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import nianbao.core.bind.BoundReport;
import nianbao.core.bind.BoundValue;
import nianbao.core.diag.Severity;
import nianbao.core.format.TableKind;

/**
 * NB504: a year-over-year jump in 一 总计 (applications received), the 行政复议 总计 or the 行政诉讼 totals: more than
 * five times, or less than a fifth of, last year's figure, from a base of at least {@value #MIN_BASE}. Only a hint to
 * look again (info): real years do vary that much, but a misplaced digit does too.
 */
final class YearOverYearJump implements CrossYearRule {
    static final int MIN_BASE = 10;
    private static final BigDecimal UP = BigDecimal.valueOf(5);
    private static final BigDecimal DOWN = new BigDecimal("0.2");

    @Override
    public String code() {
        return "NB504";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public String summary() {
        return "收到申请、行政复议或行政诉讼总数与上年相比变化超过 5 倍";
    }

    /** One compared figure: its name and its cells in a report. */
    private interface FigureCells {
        List<BoundValue> of(BoundReport report);
    }

    @Override
    public void checkPair(YearPair pair, CrossYearFindings findings) {
        compare(pair, findings, "“一、本年新收政府信息公开申请数量”的“总计”",
                r -> ReportFigures.requestTotalCell(r, "new").map(List::of).orElse(List.of()));
        compare(pair, findings, "行政复议“总计”", r -> ReportFigures.reviewCells(r, 4));
        compare(pair, findings, "行政诉讼两组“总计”之和", r -> ReportFigures.reviewCells(r, 9, 14));
    }

    private static void compare(YearPair pair, CrossYearFindings findings, String what, FigureCells cells) {
        BoundReport now = pair.current().result().report();
        BoundReport then = pair.previous().result().report();
        if (now.table(TableKind.REQUESTS).isEmpty() && now.table(TableKind.REVIEWS).isEmpty()) return;
        List<BoundValue> nowCells = cells.of(now);
        List<BoundValue> thenCells = cells.of(then);
        Optional<BigDecimal> a = ReportFigures.sum(nowCells);
        Optional<BigDecimal> b = ReportFigures.sum(thenCells);
        if (a.isEmpty() || b.isEmpty() || b.get().compareTo(BigDecimal.valueOf(MIN_BASE)) < 0) return;
        BigDecimal ratio = a.get().divide(b.get(), MathContext.DECIMAL64);
        if (ratio.compareTo(UP) <= 0 && ratio.compareTo(DOWN) >= 0) return;
        String times = ratio.compareTo(BigDecimal.ONE) > 0
                ? "是上年的 " + ratio.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " 倍"
                : "只有上年的 " + ratio.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
        String message = what + "为 " + ReportFigures.format(a.get()) + "，上年报告 " + pair.previous().displayName() + " 为 "
                + ReportFigures.format(b.get()) + "，" + times + "；请核对数字是否有误";
        findings.report(pair.current(), CrossYearFindings.range(pair.current(), nowCells.get(0)), message, List.of(
                CrossYearFindings.elsewhere(pair.previous(), CrossYearFindings.range(pair.previous(), thenCells.get(0)),
                        "上年报告中的" + what + "：" + ReportFigures.format(b.get()))));
    }
}
