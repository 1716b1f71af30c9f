package nianbao.core.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import nianbao.core.CheckResult;
import nianbao.core.Checker;
import nianbao.core.config.CheckOptions;
import nianbao.core.diag.FixKind;
import nianbao.core.diag.TextEdit;
import nianbao.testing.DeclaredEdits;
import nianbao.testing.Fixtures;

/**
 * Issue 8, points 1–3: fix-all converges in one run, changes only what some finding's fix declares, and never
 * overwrites a cell that is not a number.
 */
class FixConvergenceTest {
    private static final String SEVENTH_ROW = "\t（七）总计\t17\t1\t0\t0\t0\t0\t18";

    private static CheckResult check(String text) {
        return Checker.check(text, CheckOptions.DEFAULT);
    }

    private static List<TextEdit> plan(CheckResult r) {
        return FixPlan.edits(r, EnumSet.allOf(FixKind.class));
    }

    /** Applies fix-all once and asserts: nothing fixable is left, and a second run changes nothing. */
    private static String fixOnceAndConverge(String text) {
        CheckResult r = check(text);
        String fixed = TextEdits.apply(r.source(), plan(r));
        CheckResult after = check(fixed);
        assertTrue(after.diagnostics().stream().allMatch(d -> d.fixes().isEmpty()), Fixtures.render(after));
        assertEquals(List.of(), plan(after), "a second fix-all run still changes the text");
        return fixed;
    }

    @Test
    void seventhTotalAndOneOfItsPartsBothWrongAreFixedInOneRun() {
        String tabs = Fixtures.text("layout-tabs-clean.txt");
        String text = tabs.replace(SEVENTH_ROW, "\t（七）总计\t16\t1\t0\t0\t0\t0\t20")
                .replace("（一）予以公开\t9\t1\t0\t0\t0\t0\t10", "（一）予以公开\t8\t1\t0\t0\t0\t0\t10");
        String fixed = fixOnceAndConverge(text);
        assertTrue(fixed.contains("\t（七）总计\t16\t1\t0\t0\t0\t0\t17"), fixed);
    }

    /**
     * The fuzzer's case: a part wrong in one row, a cell that is not a number in another, so （七）'s column cell cannot
     * be recomputed and （七）总计's row and column disagree. Fix-all used to write the column's value, leaving an
     * NB301 "应为 …" with a fix that no later run applied.
     */
    @Test
    void aSeventhTotalOnWhichItsRowAndItsColumnDisagreeIsLeftAloneAndNothingFixableRemains() {
        String text = Fixtures.text("layout-tabs-clean.txt")
                .replace("3.危及“三安全一稳定”\t1\t0\t0\t0\t0\t0\t1", "3.危及“三安全一稳定”\t1\t0\t0\t0\t0\t5\t1")
                .replace("2.重复申请\t1\t0\t0\t0\t0\t0\t1", "2.重复申请\t1\t0\t0\t0\t0\t—\t1");
        CheckResult r = check(text);
        assertNull(DeclaredEdits.firstUndeclared(r, plan(r)));
        String fixed = fixOnceAndConverge(text);
        assertTrue(fixed.contains("3.危及“三安全一稳定”\t1\t0\t0\t0\t0\t5\t6"), fixed);
        assertTrue(fixed.contains(SEVENTH_ROW), "（七）总计 was changed although its row and column disagree");
    }

    @Test
    void theKnockOnRecomputeOfARowTotalIsDeclaredByTheFixOfItsPart() {
        String text = Fixtures.text("layout-tabs-clean.txt")
                .replace(SEVENTH_ROW, "\t（七）总计\t17\t1\t0\t0\t0\t0\t20")
                .replace("（一）予以公开\t9\t1\t0\t0\t0\t0\t10", "（一）予以公开\t8\t1\t0\t0\t0\t0\t10");
        CheckResult r = check(text);
        assertNull(DeclaredEdits.firstUndeclared(r, plan(r)));
        assertNull(DeclaredEdits.firstUndeclared(r, FixAll.recomputeTotals(r)));
        fixOnceAndConverge(text);
    }

    @Test
    void aTotalThatIsNotANumberIsNeverOverwritten() {
        String text = Fixtures.text("layout-tabs-clean.txt").replace(SEVENTH_ROW, "\t（七）总计\t17\t1\t0\t0\t0\t0\t约17件");
        CheckResult r = check(text);
        assertEquals(List.of(), plan(r));
        assertEquals(List.of(), FixAll.recomputeTotals(r));
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.code().equals("NB203")));
    }

    @Test
    void joiningParagraphsCutByAPageEndIsStableAndNeverSwallowsTheTitle() {
        String tabs = Fixtures.text("layout-tabs-clean.txt");
        String title = tabs.substring(0, tabs.indexOf('\n'));
        String text = Fixtures.pageEndCutReport();
        String fixed = fixOnceAndConverge(text);
        assertTrue(fixed.contains("\n" + title + "\n"), "the title was joined to another line:\n" + fixed);
    }
}
