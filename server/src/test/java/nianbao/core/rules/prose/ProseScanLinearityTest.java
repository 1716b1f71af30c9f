package nianbao.core.rules.prose;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

import nianbao.core.syntax.ReportParser;
import nianbao.core.syntax.ReportSyntax;
import nianbao.core.text.SourceText;

/**
 * The prose scan is linear in the input: counted steps (characters visited, cue words tried, look-backs) grow in
 * proportion to the input. Steps, not time, so the test cannot be flaky: a quadratic scan makes 64k input cost 16
 * times 16k input, a linear one 4 times; the bound allows 6.
 */
class ProseScanLinearityTest {
    private static final double MAX_RATIO = 6.0;
    /** Steps per input character: the scanner tries a few cue words per character and looks back a bounded window. */
    private static final int MAX_STEPS_PER_CHAR = 64;

    private static long steps(String body) {
        String text = "青禾市星湖区民政局2024年政府信息公开工作年度报告\n\n一、总体情况\n\n" + body + "\n";
        ReportSyntax syntax = new ReportParser().parse(new SourceText(text));
        ProseIndex index = ProseIndex.build(syntax);
        index.claims(2024);
        long steps = index.steps();
        assertTrue(steps <= (long) MAX_STEPS_PER_CHAR * text.length(),
                "steps " + steps + " for " + text.length() + " characters");
        return steps;
    }

    private static void assertLinear(String what, IntFunction<String> input) {
        long small = steps(input.apply(16_000));
        long large = steps(input.apply(64_000));
        assertTrue(large <= MAX_RATIO * small, what + ": 16k → " + small + " steps, 64k → " + large + " steps");
    }

    private static String repeat(String unit, int length) {
        return unit.repeat(Math.max(1, length / unit.length()));
    }

    @Test
    void aLineOfDigits() {
        assertLinear("digits", n -> "收到申请" + "7".repeat(n) + "件");
    }

    @Test
    void digitsWithThousandsSeparators() {
        assertLinear("1,000,000…", n -> "收到申请1" + repeat(",000", n) + "件");
    }

    @Test
    void oneSentenceFullOfStatements() {
        assertLinear("statements without a full stop", n -> repeat("共收到政府信息公开申请17件，行政复议和行政诉讼各1件、", n));
    }

    @Test
    void cueWordsWithoutNumbers() {
        assertLinear("cue words", n -> repeat("收到申请予以公开部分公开行政复议上年结转全区", n));
    }

    @Test
    void manyShortSentences() {
        assertLinear("sentences", n -> repeat("本年度（2023年）未发生行政复议。均获维持。", n));
    }

    @Test
    void chineseNumeralsAndEnumerations() {
        assertLinear("numerals", n -> repeat("一是二是三是十二件一百零五件", n));
    }

    @Test
    void linesBrokenEverywhere() {
        assertLinear("line breaks", n -> repeat("受理政府\n信息公开申请 17 件\n", n));
    }
}
