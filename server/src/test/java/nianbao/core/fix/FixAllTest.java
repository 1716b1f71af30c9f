package nianbao.core.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import nianbao.core.CheckResult;
import nianbao.core.Checker;
import nianbao.core.config.CheckOptions;
import nianbao.core.diag.FixKind;
import nianbao.core.diag.TextEdit;
import nianbao.testing.Fixtures;

class FixAllTest {
    private static CheckResult check(String text) {
        return Checker.check(text, CheckOptions.DEFAULT);
    }

    private static String fixAll(String text) {
        CheckResult r = check(text);
        return TextEdits.apply(r.source(), FixAll.recomputeTotals(r));
    }

    @Test
    void recomputedTotalsLeaveNoArithmeticFindingAndTheSecondRunChangesNothing() {
        for (String name : List.of("NB301-row-total.txt", "NB302-result-total.txt", "NB304-review-total.txt",
                "NB202-empty-cell.txt", "NB202-empty-cell-word.txt", "quirks-pdf.txt", "encoding-gb18030-crlf.txt")) {
            String once = fixAll(Fixtures.text(name));
            CheckResult after = check(once);
            assertTrue(after.diagnostics().stream().noneMatch(d -> d.code().matches("NB30[124]")), name);
            assertTrue(after.diagnostics().stream().noneMatch(d -> d.code().equals("NB202") && !d.fixes().isEmpty()), name);
            assertEquals(once, fixAll(once), name + ": fix-all is not idempotent");
        }
    }

    @Test
    void aMissingTotalIsAddedInTheRowsOwnLayout() {
        String tabs = "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\t1\t2\t0\t0\t0\t0\n二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\n";
        assertTrue(fixAll(tabs).contains("申请数量\t1\t2\t0\t0\t0\t0\t3\n"));
        String pipes = tabs.replace("\t", " | ");
        assertTrue(fixAll(pipes).contains("申请数量 | 1 | 2 | 0 | 0 | 0 | 0 | 3\n"), fixAll(pipes));
    }

    @Test
    void aWordRowGetsItsTotalAsANewCellLineWithTheFilesLineEnding() {
        String text = Fixtures.text("layout-cells-clean.txt").replace("\n", "\r\n")
                .replace("\t一、本年新收政府信息公开申请数量\r\n\t18\r\n\t1\r\n\t0\r\n\t0\r\n\t0\r\n\t0\r\n\t19\r\n",
                        "\t一、本年新收政府信息公开申请数量\r\n\t18\r\n\t1\r\n\t0\r\n\t0\r\n\t0\r\n\t0\r\n");
        String fixed = fixAll(text);
        assertTrue(fixed.contains("\t一、本年新收政府信息公开申请数量\r\n\t18\r\n\t1\r\n\t0\r\n\t0\r\n\t0\r\n\t0\r\n\t19\r\n"));
        assertEquals(Fixtures.text("layout-cells-clean.txt").replace("\n", "\r\n"), fixed);
    }

    @Test
    void editsTouchOnlyTheCellsTheyName() {
        String text = Fixtures.text("NB301-row-total.txt");
        CheckResult r = check(text);
        List<TextEdit> edits = FixAll.recomputeTotals(r);
        assertEquals(1, edits.size());
        String fixed = TextEdits.apply(r.source(), edits);
        int at = r.source().startOffset(edits.get(0).range());
        assertEquals(text.substring(0, at), fixed.substring(0, at));
        assertEquals(text.substring(at + 2), fixed.substring(at + 2));
        assertEquals("20", text.substring(at, at + 2));
        assertEquals("19", fixed.substring(at, at + 2));
    }

    @Test
    void fixPlanAppliesWordingAndResidueFixesWithoutOverlap() {
        String text = Fixtures.text("quirks-word.txt");
        CheckResult r = check(text);
        String fixed = TextEdits.apply(r.source(), FixPlan.edits(r, EnumSet.allOf(FixKind.class)));
        CheckResult after = check(fixed);
        assertTrue(after.diagnostics().isEmpty(), Fixtures.render(after));
    }
}
