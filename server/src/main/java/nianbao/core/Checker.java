package nianbao.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import nianbao.core.bind.BoundReport;
import nianbao.core.bind.ReportBinder;
import nianbao.core.config.CheckOptions;
import nianbao.core.diag.Diagnostic;
import nianbao.core.diag.Severity;
import nianbao.core.rules.Rule;
import nianbao.core.rules.RuleRunner;
import nianbao.core.rules.Rules;
import nianbao.core.syntax.ReportParser;
import nianbao.core.syntax.ReportSyntax;
import nianbao.core.text.SourceText;

/**
 * The whole check: text → syntax tree → binding to the official format → rules → diagnostics. Pure: no I/O,
 * no LSP. The CLI and the language server both call {@link #check}, so they report the same thing.
 */
public final class Checker {
    private static final Comparator<Diagnostic> ORDER = Comparator
            .comparingInt((Diagnostic d) -> d.range().startLine())
            .thenComparingInt(d -> d.range().startColumn())
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    private Checker() {
    }

    public static CheckResult check(String text, CheckOptions options) {
        return check(text, options, CheckCancellation.NEVER);
    }

    /** Like {@link #check(String, CheckOptions)}; throws {@link CheckCancelledException} once {@code cancel} says so. */
    public static CheckResult check(String text, CheckOptions options, CheckCancellation cancel) {
        SourceText source = new SourceText(text);
        cancel.throwIfCancelled();
        ReportSyntax syntax = new ReportParser().parse(source);
        cancel.throwIfCancelled();
        BoundReport bound = ReportBinder.bind(syntax, options.formatVersion());
        cancel.throwIfCancelled();
        List<Rule> rules = Rules.all();
        RuleRunner.Outcome outcome = RuleRunner.run(bound, rules, cancel);
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Diagnostic d : outcome.diagnostics()) {
            Optional<Severity> severity = options.severityFor(d.code(), d.severity());
            severity.ifPresent(s -> diagnostics.add(s == d.severity() ? d : d.withSeverity(s)));
        }
        diagnostics.sort(ORDER);
        return new CheckResult(source, bound, diagnostics, outcome.failures());
    }
}
