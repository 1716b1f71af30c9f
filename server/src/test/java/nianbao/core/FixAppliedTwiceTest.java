package nianbao.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nianbao.core.config.CheckOptions;
import nianbao.core.diag.Diagnostic;
import nianbao.core.diag.Fix;
import nianbao.core.diag.FixKind;
import nianbao.core.diag.TextEdit;
import nianbao.core.fix.TextEdits;
import nianbao.core.text.SourceText;
import nianbao.testing.Fixtures;

/**
 * Issue 8, point 2: a fix only applies where its finding still holds on the text it edits. For every fix of every
 * kind the texts below offer, the fix is applied alone, the fixed text is checked again, and the fixes of the same
 * rule and kind offered there may do only what was offered before, less what the fix did: applied a second time
 * (on the fixed text), the fix changes nothing. Quick fixes that fix-all never applies (prose
 * edits, lost cells) are covered too, since an editor applies them one by one.
 *
 * <p>The texts: every fixture report, a paragraph cut by a page end beside a page header and a page number (where
 * NB404's join once took one more line each run), and the first {@value #DAMAGED} damaged reports of
 * {@link FixAllPropertyTest}.
 */
class FixAppliedTwiceTest {
    private static final int DAMAGED = 100;

    private record Outcome(int applied, List<String> failures) {
    }

    private static Map<FixKind, Outcome> outcomes;

    /** Name → text of every text the fixes are tried on. */
    private static Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (var report : Fixtures.reports()) texts.put(report.getFileName().toString(), Fixtures.decode(report).text());
        texts.put("a paragraph cut by a page end, with a page header and a page number", Fixtures.pageEndCutReport());
        for (int i = 0; i < DAMAGED; i++) {
            String damaged = FixAllPropertyTest.damagedCase(i);
            if (damaged != null) texts.put("damaged case " + i, damaged);
        }
        return texts;
    }


    /** Each edit of a rule's fixes of one kind, by what it does (the text it replaces → its new text), counted. */
    private static Map<String, Integer> editsOffered(CheckResult r, String code, FixKind kind) {
        Map<String, Integer> offered = new HashMap<>();
        for (Diagnostic d : r.diagnostics()) {
            if (!d.code().equals(code)) continue;
            for (Fix f : d.fixes()) {
                if (f.kind() == kind) f.edits().forEach(e -> offered.merge(what(r.source(), e), 1, Integer::sum));
            }
        }
        return offered;
    }

    private static String what(SourceText source, TextEdit e) {
        return "“" + source.text().substring(source.startOffset(e.range()), source.endOffset(e.range())) + "” → “"
                + e.newText() + "”";
    }

    private static synchronized Map<FixKind, Outcome> outcomes() {
        if (outcomes != null) return outcomes;
        Map<FixKind, Integer> applied = new EnumMap<>(FixKind.class);
        Map<FixKind, List<String>> failures = new EnumMap<>(FixKind.class);
        for (FixKind kind : FixKind.values()) {
            applied.put(kind, 0);
            failures.put(kind, new ArrayList<>());
        }
        texts().forEach((name, text) -> {
            CheckResult r = Checker.check(text, CheckOptions.DEFAULT);
            for (Diagnostic d : r.diagnostics()) {
                for (Fix fix : d.fixes()) {
                    applied.merge(fix.kind(), 1, Integer::sum);
                    String problem = appliedTwice(r, d, fix);
                    if (problem != null) failures.get(fix.kind()).add(name + ": " + problem);
                }
            }
        });
        Map<FixKind, Outcome> all = new EnumMap<>(FixKind.class);
        for (FixKind kind : FixKind.values()) all.put(kind, new Outcome(applied.get(kind), failures.get(kind)));
        outcomes = all;
        return all;
    }

    /**
     * What went wrong applying the fix, then what its rule offers on the fixed text; null when nothing did. The fixed
     * text may offer what the text offered before, less what the fix did (the other markers of a run, the other wrong
     * totals), and nothing more: a fix that makes its own rule offer a new edit (a join one line further on, a total
     * changed again) would change the text again when applied twice.
     */
    private static String appliedTwice(CheckResult r, Diagnostic d, Fix fix) {
        String once = TextEdits.apply(r.source(), fix.edits());
        if (once.equals(r.source().text())) return d.code() + " “" + fix.title() + "” changes nothing";
        Map<String, Integer> left = editsOffered(r, d.code(), fix.kind());
        fix.edits().forEach(e -> left.merge(what(r.source(), e), -1, Integer::sum));
        CheckResult after = Checker.check(once, CheckOptions.DEFAULT);
        for (Diagnostic again : after.diagnostics()) {
            if (!again.code().equals(d.code())) continue;
            for (Fix second : again.fixes()) {
                if (second.kind() != fix.kind()) continue;
                for (TextEdit e : second.edits()) {
                    if (left.merge(what(after.source(), e), -1, Integer::sum) < 0) {
                        return d.code() + " “" + fix.title() + "” at " + d.range() + ", then “" + second.title() + "” at "
                                + again.range() + " (" + what(after.source(), e) + "), not offered before";
                    }
                }
            }
        }
        return null;
    }

    @ParameterizedTest
    @EnumSource(FixKind.class)
    void applyingAFixAgainOnTheTextItFixedChangesNothing(FixKind kind) {
        Outcome outcome = outcomes().get(kind);
        assertTrue(outcome.applied() > 0, "no text offers a fix of kind " + kind);
        assertEquals(List.of(), outcome.failures(), outcome.applied() + " fixes of kind " + kind + " applied");
    }
}
