package nianbao.core.across;

import nianbao.core.diag.Severity;

/**
 * One check across reports, with a stable code like the single-report rules. A rule looks at a pair (last year,
 * this year) or at a group of reports of one year, and reports on this year's report through the sink.
 */
public interface CrossYearRule {
    String code();

    Severity defaultSeverity();

    /** One line, Chinese, for the rule table and SARIF. */
    String summary();

    default void checkPair(YearPair pair, CrossYearFindings findings) {
    }

    default void checkSameYear(java.util.List<YearReport> reports, CrossYearFindings findings) {
    }
}
