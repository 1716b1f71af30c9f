package nianbao.core.across;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import nianbao.core.CheckResult;
import nianbao.core.config.CheckOptions;
import nianbao.core.diag.Diagnostic;
import nianbao.core.diag.Severity;

/**
 * The checks across reports: pair the reports, run the cross-year rules on each pair and each same-year group, and
 * give each report its check result with the cross-year findings added (severities as its options say, in the same
 * order as {@link nianbao.core.Checker} sorts). Pure: the caller reads the files.
 */
public final class CrossYearChecker {
    private static final Comparator<Diagnostic> ORDER = Comparator
            .comparingInt((Diagnostic d) -> d.range().startLine())
            .thenComparingInt(d -> d.range().startColumn())
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    private CrossYearChecker() {
    }

    /** The cross-year findings of every report (reports with none are absent from the map). */
    public static Map<YearReport, List<Diagnostic>> findings(ReportPairing pairing, List<YearReport> reports,
                                                             Function<YearReport, CheckOptions> options) {
        CrossYearFindings findings = new CrossYearFindings();
        for (CrossYearRule rule : CrossYearRules.all()) {
            findings.begin(rule);
            // A rule that throws on one pair is skipped there, like a single-report rule: the others still report.
            for (YearPair pair : pairing.pairs()) {
                try {
                    rule.checkPair(pair, findings);
                    findings.commitPending();
                } catch (RuntimeException | StackOverflowError e) {
                    findings.discardPending();
                }
            }
            for (List<YearReport> group : pairing.sameYear()) {
                try {
                    rule.checkSameYear(group, findings);
                    findings.commitPending();
                } catch (RuntimeException | StackOverflowError e) {
                    findings.discardPending();
                }
            }
        }
        Map<YearReport, List<Diagnostic>> out = new IdentityHashMap<>();
        for (YearReport r : reports) {
            List<Diagnostic> kept = new ArrayList<>();
            CheckOptions o = options.apply(r);
            for (Diagnostic d : findings.on(r)) {
                Optional<Severity> s = o.severityFor(d.code(), d.severity());
                s.ifPresent(sev -> kept.add(sev == d.severity() ? d : d.withSeverity(sev)));
            }
            if (!kept.isEmpty()) out.put(r, kept);
        }
        return out;
    }

    /** {@code result} with {@code extra} findings merged in, in the checker's order. */
    public static CheckResult withFindings(CheckResult result, List<Diagnostic> extra) {
        if (extra.isEmpty()) return result;
        List<Diagnostic> all = new ArrayList<>(result.diagnostics());
        all.addAll(extra);
        all.sort(ORDER);
        return new CheckResult(result.source(), result.report(), all, result.failures());
    }
}
