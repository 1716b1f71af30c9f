package nianbao.core;

import java.util.List;

import nianbao.core.bind.BoundReport;
import nianbao.core.diag.Diagnostic;
import nianbao.core.diag.Severity;
import nianbao.core.rules.RuleFailure;
import nianbao.core.syntax.ReportSyntax;
import nianbao.core.text.SourceText;

/**
 * The outcome of a check. {@code failures} lists rules that threw on this text: they were skipped, and the
 * caller logs them (the checker never fails on a document).
 */
public record CheckResult(SourceText source, BoundReport report, List<Diagnostic> diagnostics,
                          List<RuleFailure> failures) {
    public CheckResult {
        diagnostics = List.copyOf(diagnostics);
        failures = List.copyOf(failures);
    }

    public ReportSyntax syntax() {
        return report.syntax();
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
}
