package nianbao.core.across;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nianbao.core.bind.BoundRow;
import nianbao.core.bind.BoundValue;
import nianbao.core.diag.Severity;
import nianbao.core.format.TableKind;

/**
 * NB501: this year's 二、上年结转 must equal last year's 四、结转下年度继续办理, column by column. A wrong part column
 * implies a wrong 总计, so 总计 is reported only when every part agrees (the finding stays at its root).
 */
final class CarriedOverMismatch implements CrossYearRule {
    @Override
    public String code() {
        return "NB501";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "本年“上年结转”与上年报告的“结转下年度继续办理”不一致";
    }

    @Override
    public void checkPair(YearPair pair, CrossYearFindings findings) {
        BoundRow carried = row(pair.current(), "carried");
        BoundRow next = row(pair.previous(), "next");
        if (carried == null || next == null || carried.values.size() != next.values.size()) return;
        List<Integer> wrong = new ArrayList<>();
        int total = -1;
        for (int c = 0; c < carried.values.size(); c++) {
            BoundValue now = carried.value(c);
            if (now.column().isTotal()) total = c;
            Optional<BigDecimal> a = ReportFigures.number(now);
            Optional<BigDecimal> b = ReportFigures.number(next.value(c));
            if (a.isEmpty() || b.isEmpty() || a.get().compareTo(b.get()) == 0) continue;
            wrong.add(c);
        }
        boolean partWrong = wrong.stream().anyMatch(c -> !carried.value(c).column().isTotal());
        for (int c : wrong) {
            if (c == total && partWrong) continue;
            BoundValue now = carried.value(c);
            BoundValue then = next.value(c);
            String column = now.column().fullLabel();
            String message = "“" + carried.displayName() + "”的“" + column + "”应为 " + ReportFigures.format(then.value().number())
                    + "（上年报告 " + pair.previous().displayName() + " 第 " + (then.row().firstLine() + 1) + " 行“"
                    + next.displayName() + "”的“" + column + "”），实为 " + ReportFigures.format(now.value().number())
                    + "（本报告 " + pair.current().displayName() + " 第 " + (now.row().firstLine() + 1) + " 行）";
            findings.report(pair.current(), CrossYearFindings.range(pair.current(), now), message, List.of(
                    CrossYearFindings.elsewhere(pair.previous(), CrossYearFindings.range(pair.previous(), then),
                            "上年报告“" + next.displayName() + "”的“" + column + "”：" + ReportFigures.format(then.value().number()))));
        }
    }

    private static BoundRow row(YearReport report, String id) {
        BoundRow r = report.result().report().table(TableKind.REQUESTS).map(t -> t.rowById(id)).orElse(null);
        return r == null || r.valuesUnknown ? null : r;
    }
}
