package nianbao.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import nianbao.core.config.CheckOptions;
import nianbao.core.fix.FixAll;
import nianbao.core.fix.FixPlan;
import nianbao.core.fix.TextEdits;
import nianbao.core.diag.FixKind;
import nianbao.testing.Fixtures;

/**
 * Damaged text never makes the checker throw or hang: fixtures cut, shuffled and sprinkled with tabs, pipes, blank
 * lines, full-width characters and lone surrogates, with a fixed seed printed on failure. The time bound is a
 * guard against hangs, not a speed target.
 */
class RobustnessTest {
    private static final long SEED = 20261123L;
    private static final String NOISE = "\t\t|\n\n\r\n 　０１２３（）()、。一二三四五六七八九十总计0123456789-/—无元\uD800\uDC00\uD800";

    @Test
    void damagedReportsAreCheckedWithoutFailure() {
        Random random = new Random(SEED);
        List<String> bases = Fixtures.reports().stream().map(p -> Fixtures.decode(p).text()).toList();
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            for (int i = 0; i < 400; i++) {
                String text = damage(bases.get(random.nextInt(bases.size())), random);
                try {
                    CheckResult r = Checker.check(text, CheckOptions.DEFAULT);
                    assertEquals(List.of(), r.failures(), "rule failed; seed " + SEED + ", case " + i);
                    String fixed = TextEdits.apply(r.source(), FixPlan.edits(r, java.util.EnumSet.allOf(FixKind.class)));
                    Checker.check(fixed, CheckOptions.DEFAULT);
                    TextEdits.apply(r.source(), FixAll.recomputeTotals(r));
                } catch (RuntimeException e) {
                    throw new AssertionError("seed " + SEED + ", case " + i + ": " + e, e);
                }
            }
        });
    }

    @Test
    void emptyAndTinyTextsAreFine() {
        for (String t : List.of("", "\n", "\t", "|", "\r\n\r\n", "一、", "总计\t", "\uFEFF", "\uD800")) {
            assertEquals(List.of(), Checker.check(t, CheckOptions.DEFAULT).failures(), "text: " + t);
        }
    }

    private static String damage(String text, Random random) {
        StringBuilder b = new StringBuilder(text);
        int edits = 1 + random.nextInt(30);
        for (int k = 0; k < edits && b.length() > 0; k++) {
            int at = random.nextInt(b.length());
            switch (random.nextInt(4)) {
                case 0 -> b.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
                case 1 -> b.deleteCharAt(at);
                case 2 -> b.delete(at, Math.min(b.length(), at + random.nextInt(200)));
                default -> {
                    int from = random.nextInt(b.length());
                    int len = Math.min(random.nextInt(300), b.length() - from);
                    b.insert(at, b.substring(from, from + len));
                }
            }
        }
        return b.toString();
    }
}
