package nianbao.core.across;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import nianbao.core.bind.BoundValue;
import nianbao.core.diag.Diagnostic;
import nianbao.core.diag.Range;
import nianbao.core.diag.RelatedLocation;
import nianbao.core.rules.RuleContext;

/** Where cross-year rules report: findings per report, and ranges computed as the single-report rules do. */
public final class CrossYearFindings {
    private final Map<YearReport, List<Diagnostic>> byReport = new IdentityHashMap<>();
    private CrossYearRule current;

    void begin(CrossYearRule rule) {
        current = rule;
    }

    private final List<Runnable> pending = new ArrayList<>();

    /** Records a finding; it counts once the rule finishes its pair or group without throwing. */
    public void report(YearReport on, Range range, String message, List<RelatedLocation> related) {
        Diagnostic d = new Diagnostic(current.code(), current.defaultSeverity(), range, message, related, List.of());
        pending.add(() -> byReport.computeIfAbsent(on, r -> new ArrayList<>()).add(d));
    }

    void discardPending() {
        pending.clear();
    }

    void commitPending() {
        pending.forEach(Runnable::run);
        pending.clear();
    }

    /** The findings on {@code report} so far. */
    public List<Diagnostic> on(YearReport report) {
        return byReport.getOrDefault(report, List.of());
    }

    /** Where a value stands in its report (an empty cell: the spot its value would go). */
    public static Range range(YearReport report, BoundValue value) {
        return new RuleContext(report.result().report()).range(value);
    }

    /** A line without its padding. */
    public static Range lineRange(YearReport report, int line) {
        return new RuleContext(report.result().report()).lineRange(line);
    }

    /** A place in another report, for related information. */
    public static RelatedLocation elsewhere(YearReport report, Range range, String message) {
        return new RelatedLocation(range, message, report.document());
    }

    /** Where the report's title stands (its first line when it has no title). */
    public static Range titleRange(YearReport report) {
        return lineRange(report, AgencyNames.titleLine(report.result().syntax()).orElse(0));
    }
}
