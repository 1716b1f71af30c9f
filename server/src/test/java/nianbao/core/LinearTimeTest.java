package nianbao.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import nianbao.core.config.CheckOptions;
import nianbao.testing.Fixtures;

/**
 * Issue 8, point 7: lines that made a rule scan once per position (a line of digits in prose, digits between runs
 * of spaces, a sentence ending in a long run of spaces, bookmark markers) are checked in linear time. Each text is
 * 200,000 characters: linear work takes well under a second, the quadratic scans took hours. The time limit is a
 * guard against that, not a speed target (the benchmark measures speed).
 */
class LinearTimeTest {
    private static final int LENGTH = 200_000;

    private static String inProse(String line) {
        String report = Fixtures.text("layout-tabs-clean.txt");
        String anchor = "一、总体情况\n";
        int at = report.indexOf(anchor) + anchor.length();
        return report.substring(0, at) + line + "\n\n" + report.substring(at);
    }

    private static void checkedQuickly(String line) {
        String text = inProse(line);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
                assertEquals(List.of(), Checker.check(text, CheckOptions.DEFAULT).failures()));
    }

    @Test
    void aLineOfDigitsInProse() {
        checkedQuickly("共收到" + "1234567890".repeat(LENGTH / 10));
    }

    @Test
    void digitsBetweenLongRunsOfSpaces() {
        checkedQuickly(("7" + " ".repeat(2_000)).repeat(LENGTH / 2_001) + "件行政复议");
    }

    @Test
    void aLongLineEndingInSpacesBeforeAnotherParagraph() {
        checkedQuickly("本机关持续完善政府信息公开工作机制" + " ".repeat(LENGTH) + "\n\n" + "（二）主动公开政府信息情况");
    }

    @Test
    void aLineOfBookmarkMarkers() {
        checkedQuickly("[bookmark: _GoBack]".repeat(LENGTH / 19));
    }
}
