package nianbao.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import nianbao.core.config.CheckOptions;
import nianbao.core.diag.Diagnostic;
import nianbao.core.diag.FixKind;
import nianbao.core.diag.TextEdit;
import nianbao.core.fix.FixPlan;
import nianbao.core.fix.TextEdits;
import nianbao.core.text.TextDecoder;
import nianbao.testing.DeclaredEdits;
import nianbao.testing.Fixtures;

/**
 * Issue 8: the project's fixture reports, damaged 10,000 times (bit flips in the encoded bytes, lines deleted and
 * duplicated, tabs, huge numbers, cells that are not numbers, long lines of digits, spaces and Word residue). For
 * each: no rule throws; fix-all changes only what the findings' fixes declare; once applied, nothing fixable is
 * left and a second fix-all changes nothing; and the check's CPU time stays under a linear bound in the text's
 * size. Case {@code i} is made from its own random generator seeded {@code SEED + i}, so the cases are the same
 * whatever the order they run in, and a failure names the seed and the case to replay. To explore further, run more
 * cases ({@code -Dnianbao.propertyCases=100000}) or another seed ({@code -Dnianbao.propertySeed=7}); each case that
 * failed so far is made again by hand in {@link FixAllRegressionCasesTest}.
 *
 * <p>The time bound is generous (1 s plus 50 µs per character of CPU time, measured on the checking thread so
 * that a loaded machine does not count): linear work is two orders of magnitude below it, the quadratic scans
 * this guards against were far above it on the long lines made here. A case over the bound is measured twice
 * more and the fastest run counts, so a pause of the JVM cannot fail it.
 */
class FixAllPropertyTest {
    /** 20261130 in every run; others (to explore) with -Dnianbao.propertySeed=N. */
    private static final long SEED = Long.getLong("nianbao.propertySeed", 20261130L);
    /** 10,000 in every run; more (or fewer, to explore) with -Dnianbao.propertyCases=N. */
    private static final int CASES = Integer.getInteger("nianbao.propertyCases", 10_000);
    private static final long BASE_NANOS = 1_000_000_000L;
    private static final long NANOS_PER_CHAR = 50_000L;
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.])\\d{1,4}(?![\\d.])");
    private static final String[] NOT_NUMBERS = {"", "约17件", "/", "—", "-3", "1.5", "无", "１２"};
    private static final String[] LONG_LINE_UNITS = {"1234567890", "[bookmark: _GoBack]", "7          ", "行政复议1件，",
            "\t0", " | 3", "　", "共收到申请", "（一）", "一、"};

    private record Base(String name, byte[] bytes, String text) {
    }

    private static List<Base> bases() {
        List<Base> bases = new ArrayList<>();
        for (Path p : Fixtures.reports()) {
            try {
                byte[] bytes = Files.readAllBytes(p);
                bases.add(new Base(p.getFileName().toString(), bytes, TextDecoder.decode(bytes).text()));
            } catch (Exception e) {
                throw new IllegalStateException(p + ": " + e, e);
            }
        }
        return bases;
    }

    /**
     * Replays case {@code i} alone (for a regression test of a case that failed): its text, or null when the damage
     * made bytes that are not text. The case depends on the fixture reports present, like the run of all of them.
     */
    static String damagedCase(int i) {
        List<Base> bases = bases();
        Random random = new Random(SEED + i);
        Base base = bases.get(random.nextInt(bases.size()));
        try {
            return damage(base, random);
        } catch (TextDecoder.NotTextException e) {
            return null;
        }
    }

    @Test
    void damagedReportsAreFixedInOneRunWithinDeclaredEditsInLinearTime() {
        List<Base> bases = bases();
        AtomicInteger fixedCases = new AtomicInteger();
        // Cases are independent; two threads halve the wall time on the project's 2-core machines.
        IntStream.range(0, CASES).parallel().forEach(i -> {
            Random random = new Random(SEED + i);
            Base base = bases.get(random.nextInt(bases.size()));
            String what = "seed " + SEED + ", case " + i + " (Random(" + (SEED + i) + ")), from " + base.name();
            String text;
            try {
                text = damage(base, random);
            } catch (TextDecoder.NotTextException e) {
                return;
            }
            try {
                if (checkOne(text, what)) fixedCases.incrementAndGet();
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError(what + ": " + e, e);
            }
        });
        // The damage must produce something to fix, or the convergence assertions would be empty.
        assertTrue(fixedCases.get() > CASES / 4, "only " + fixedCases.get() + " cases had anything to fix");
    }

    /** Checks, fixes and checks again; true when there was something to fix. */
    static boolean checkOne(String text, String what) {
        CheckResult r = timedCheck(text, what);
        assertTrue(r.failures().isEmpty(), () -> what + ": rule failed: " + r.failures());
        List<TextEdit> edits = FixPlan.edits(r, EnumSet.allOf(FixKind.class));
        if (edits.isEmpty()) return false;
        String undeclared = DeclaredEdits.firstUndeclared(r, edits);
        assertTrue(undeclared == null, () -> what + ": fix-all made an edit no finding declares: " + undeclared);
        String fixed = TextEdits.apply(r.source(), edits);
        CheckResult after = timedCheck(fixed, what + " (after fix-all)");
        assertTrue(after.failures().isEmpty(), () -> what + ": rule failed after fix-all: " + after.failures());
        List<Diagnostic> fixable = after.diagnostics().stream()
                .filter(d -> d.fixes().stream().anyMatch(f -> f.kind().inFixAll())).toList();
        assertTrue(fixable.isEmpty(), () -> what + ": still fixable after fix-all: " + fixable);
        List<TextEdit> again = FixPlan.edits(after, EnumSet.allOf(FixKind.class));
        assertTrue(again.isEmpty(), () -> what + ": a second fix-all changes " + again);
        return true;
    }

    private static CheckResult timedCheck(String text, String what) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long bound = BASE_NANOS + NANOS_PER_CHAR * text.length();
        long best = Long.MAX_VALUE;
        CheckResult result = null;
        for (int attempt = 0; attempt < 3 && best > bound; attempt++) {
            long start = threads.getCurrentThreadCpuTime();
            result = Checker.check(text, CheckOptions.DEFAULT);
            best = Math.min(best, threads.getCurrentThreadCpuTime() - start);
        }
        long took = best;
        assertTrue(took <= bound, () -> what + ": " + text.length() + " characters took " + took / 1_000_000
                + " ms of CPU time, over the linear bound of " + bound / 1_000_000 + " ms");
        return result;
    }

    private static String damage(Base base, Random random) throws TextDecoder.NotTextException {
        String text = base.text();
        if (random.nextInt(10) == 0) text = flipBits(base.bytes(), random);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int edits = 1 + random.nextInt(4);
        for (int k = 0; k < edits; k++) {
            int at = random.nextInt(lines.size());
            String line = lines.get(at);
            switch (random.nextInt(20)) {
                case 0, 1 -> {
                    lines.remove(at);
                    if (lines.isEmpty()) lines.add("");
                }
                case 2, 3 -> lines.add(at, line);
                case 4, 5 -> {
                    int c = line.isEmpty() ? 0 : random.nextInt(line.length() + 1);
                    lines.set(at, line.substring(0, c) + "\t" + line.substring(c));
                }
                case 6 -> lines.set(at, replaceNumber(line, random, "9".repeat(20 + random.nextInt(400))));
                case 7, 8 -> lines.set(at, replaceNumber(line, random, NOT_NUMBERS[random.nextInt(NOT_NUMBERS.length)]));
                case 9 -> {
                    if (random.nextInt(4) == 0) {
                        String unit = LONG_LINE_UNITS[random.nextInt(LONG_LINE_UNITS.length)];
                        lines.add(at, "说明" + unit.repeat(1 + (1_000 + random.nextInt(5_000)) / unit.length()));
                    }
                }
                default -> lines.set(at, replaceNumber(line, random, String.valueOf(random.nextInt(30))));
            }
        }
        return String.join("\n", lines);
    }

    private static String replaceNumber(String line, Random random, String replacement) {
        Matcher m = NUMBER.matcher(line);
        List<int[]> found = new ArrayList<>();
        while (m.find()) found.add(new int[]{m.start(), m.end()});
        if (found.isEmpty()) return line;
        int[] n = found.get(random.nextInt(found.size()));
        return line.substring(0, n[0]) + replacement + line.substring(n[1]);
    }

    private static String flipBits(byte[] bytes, Random random) throws TextDecoder.NotTextException {
        byte[] damaged = bytes.clone();
        int flips = 1 + random.nextInt(3);
        for (int k = 0; k < flips && damaged.length > 0; k++) {
            damaged[random.nextInt(damaged.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return TextDecoder.decode(damaged).text();
    }
}
