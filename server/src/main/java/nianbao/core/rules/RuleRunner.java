package nianbao.core.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nianbao.core.CheckCancellation;
import nianbao.core.CheckCancelledException;
import nianbao.core.bind.BoundReport;
import nianbao.core.diag.Diagnostic;

/**
 * Runs rules one by one; a rule that throws is recorded and skipped, and the others still run. Findings with the same
 * message share one String ({@link RuleContext}).
 */
public final class RuleRunner {
    private RuleRunner() {
    }

    public record Outcome(List<Diagnostic> diagnostics, List<RuleFailure> failures) {
    }

    public static Outcome run(BoundReport report, List<Rule> rules) {
        return run(report, rules, CheckCancellation.NEVER);
    }

    /** Runs the rules, asking {@code cancel} before each (a cancelled run throws CheckCancelledException). */
    public static Outcome run(BoundReport report, List<Rule> rules, CheckCancellation cancel) {
        List<Diagnostic> all = new ArrayList<>();
        List<RuleFailure> failures = new ArrayList<>();
        Map<String, String> messages = new HashMap<>();
        // One context for the rules in turn: begin() empties it for the next one.
        RuleContext context = new RuleContext(report, messages);
        for (Rule rule : rules) {
            cancel.throwIfCancelled();
            context.begin(rule);
            try {
                rule.check(context);
                all.addAll(context.diagnostics());
            } catch (CheckCancelledException e) {
                // A checkpoint inside the rule saw the cancel: the whole check stops, the rule did not fail.
                throw e;
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(new RuleFailure(rule.code(), e));
            }
        }
        return new Outcome(all, failures);
    }
}
