package nianbao.cli;

import java.util.ArrayList;
import java.util.List;

import nianbao.core.across.CrossYearRule;
import nianbao.core.across.CrossYearRules;
import nianbao.core.diag.Severity;
import nianbao.core.rules.Rule;
import nianbao.core.rules.RuleContext;

/** SARIF lists every rule that can report: the single-report rules, then the cross-year rules (NB5xx). */
final class SarifCrossYearRules {
    private SarifCrossYearRules() {
    }

    static List<Rule> withCrossYearRules(List<Rule> rules) {
        List<Rule> out = new ArrayList<>(rules);
        for (CrossYearRule r : CrossYearRules.all()) out.add(new Metadata(r));
        return out;
    }

    /** A cross-year rule's metadata in the shape of a rule (it is never run on a single report). */
    private record Metadata(CrossYearRule rule) implements Rule {
        @Override
        public String code() {
            return rule.code();
        }

        @Override
        public Severity defaultSeverity() {
            return rule.defaultSeverity();
        }

        @Override
        public String summary() {
            return rule.summary();
        }

        @Override
        public void check(RuleContext context) {
            // Cross-year rules need two reports: CrossYearChecker runs them.
        }
    }
}
