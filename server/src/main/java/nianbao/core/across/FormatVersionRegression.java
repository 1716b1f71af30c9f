package nianbao.core.across;

import java.util.List;

import nianbao.core.diag.Severity;
import nianbao.core.format.FormatVersion;

/**
 * NB506: last year's tables in the 2021 format, this year's in the 2019 format: the report was built on an old
 * template. Judged only when this year's tables say which version they are (labels that fit only one).
 */
final class FormatVersionRegression implements CrossYearRule {
    @Override
    public String code() {
        return "NB506";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "上年报告已用 2021 年版格式，本年报告却用 2019 年版格式";
    }

    @Override
    public void checkPair(YearPair pair, CrossYearFindings findings) {
        if (!pair.current().tablesSignalVersion() || !pair.previous().tablesSignalVersion()) return;
        if (pair.previous().tablesVersion() != FormatVersion.V2021 || pair.current().tablesVersion() != FormatVersion.V2019) return;
        String message = "上年报告 " + pair.previous().displayName() + " 已使用 2021 年版格式（国办公开办函〔2021〕30号），"
                + "本报告的统计表却是 2019 年版格式：请改用 2021 年版的表格";
        findings.report(pair.current(), CrossYearFindings.titleRange(pair.current()), message, List.of(
                CrossYearFindings.elsewhere(pair.previous(), CrossYearFindings.titleRange(pair.previous()), "上年报告（2021 年版格式）")));
    }
}
