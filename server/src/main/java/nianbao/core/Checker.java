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
import nianbao.core.rules.UnreadableTable;
import nianbao.core.syntax.ReportParser;
import nianbao.core.syntax.ReportSyntax;
import nianbao.core.text.SourceText;

/**
 * The whole check: text → syntax tree → binding to the official format → rules → diagnostics. Pure: no I/O,
 * no LSP. The CLI and the language server both call {@link #check}, so they report the same thing.
 */
public final class Checker {
    /**
     * By position, then code (a plain comparator: no lambdas to spin up at start-up). No tie-break on the message:
     * findings at one spot keep the order their rule reports them in (NB101's missing sections 一 … 六 in section
     * order, not in the order of their Chinese text). The sort is stable.
     */
    private static final Comparator<Diagnostic> ORDER = new Comparator<>() {
        @Override
        public int compare(Diagnostic a, Diagnostic b) {
            int c = Integer.compare(a.range().startLine(), b.range().startLine());
            if (c == 0) c = Integer.compare(a.range().startColumn(), b.range().startColumn());
            if (c == 0) c = a.code().compareTo(b.code());
            return c;
        }
    };

    private Checker() {
    }

    public static CheckResult check(String text, CheckOptions options) {
        return check(text, options, CheckCancellation.NEVER);
    }

    /** Like {@link #check(String, CheckOptions)}; throws {@link CheckCancelledException} once {@code cancel} says so. */
    public static CheckResult check(String text, CheckOptions options, CheckCancellation cancel) {
        return check(new SourceText(text), options, cancel);
    }

    /**
     * Like {@link #check(String, CheckOptions, CheckCancellation)} on a text whose line index the caller has
     * already made (the language server indexes each version once, for its positions and its next edit).
     */
    public static CheckResult check(SourceText source, CheckOptions options, CheckCancellation cancel) {
        // Installed for this thread, so that the long loops inside the phases poll it too (checkpoint()).
        CheckCancellation outer = CheckCancellationScope.enter(cancel);
        try {
            return checkWithin(source, options, cancel);
        } finally {
            CheckCancellationScope.exit(outer);
        }
    }

    private static CheckResult checkWithin(SourceText source, CheckOptions options, CheckCancellation cancel) {
        cancel.throwIfCancelled();
        ReportSyntax syntax = new ReportParser().parse(source);
        cancel.throwIfCancelled();
        BoundReport bound = ReportBinder.bind(syntax, options.formatVersion());
        cancel.throwIfCancelled();
        List<Rule> rules = Rules.all();
        RuleRunner.Outcome outcome = RuleRunner.run(bound, rules, cancel);
        List<Diagnostic> diagnostics = new ArrayList<>(outcome.diagnostics().size());
        UnreadableTable.Withholding withholding = UnreadableTable.withholding(bound);
        for (Diagnostic d : outcome.diagnostics()) {
            if (withholding.withholds(d)) continue;
            Optional<Severity> severity = options.severityFor(d.code(), d.severity());
            if (severity.isEmpty()) continue;
            Severity s = severity.get();
            diagnostics.add(s == d.severity() ? d : d.withSeverity(s));
        }
        diagnostics.sort(ORDER);
        return new CheckResult(source, bound, diagnostics, outcome.failures());
    }
}
