package nianbao.core.across;

import java.util.List;

import nianbao.core.diag.Severity;

/**
 * NB505: two reports of one agency for one year among the files checked (a draft beside the final version, or a
 * title whose year was not updated). Each is told about the other; neither is paired with last year's report.
 */
final class DuplicateYearReport implements CrossYearRule {
    @Override
    public String code() {
        return "NB505";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "同一机关同一年度有两份报告（或标题中的年度未更新）";
    }

    @Override
    public void checkSameYear(List<YearReport> reports, CrossYearFindings findings) {
        for (YearReport r : reports) {
            for (YearReport other : reports) {
                if (other == r) continue;
                String message = "本报告与 " + other.displayName() + " 都是“" + r.agency().orElse("") + "” " + r.year().getAsInt()
                        + " 年度的报告：请确认是否放错了文件，或标题中的年度未更新（同一年度有两份报告时不做跨年度核对）";
                findings.report(r, CrossYearFindings.titleRange(r), message, List.of(
                        CrossYearFindings.elsewhere(other, CrossYearFindings.titleRange(other), "同一年度的另一份报告")));
            }
        }
    }
}
