package nianbao.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import nianbao.core.config.CheckOptions;
import nianbao.core.diag.Diagnostic;
import nianbao.core.diag.FixKind;
import nianbao.core.fix.FixPlan;
import nianbao.core.fix.TextEdits;
import nianbao.core.text.WordMarkers;
import nianbao.testing.Fixtures;

/**
 * The cases of {@link FixAllPropertyTest} that failed after the branches were merged, each made again by hand from
 * a fixture report with only the damage that mattered (not replayed by case number: those name other texts as soon
 * as a fixture report is added). Each asserts the property test's
 * convergence (nothing fix-all applies is left after one run, a second run changes nothing, every change declared)
 * and what the cause was.
 */
class FixAllRegressionCasesTest {
    /** The marker run case 3366 added: 60 markers make the line far longer than a wrapped piece of a cell. */
    private static final String MARKERS = "[bookmark: _GoBack]".repeat(60);

    private static CheckResult check(String text) {
        return Checker.check(text, CheckOptions.DEFAULT);
    }

    private static String insertBefore(String text, String line, String inserted) {
        assertTrue(text.contains("\n" + line + "\n"), line);
        return text.replace("\n" + line + "\n", "\n" + inserted + "\n" + line + "\n");
    }

    private static String replaceLine(String text, String line, String replacement) {
        assertTrue(text.contains("\n" + line + "\n"), line);
        return text.replace("\n" + line + "\n", "\n" + replacement + "\n");
    }

    /** Findings other than NB404 (the markers themselves), as code and message. */
    private static List<String> findingsBesidesMarkers(String text) {
        List<String> out = new ArrayList<>();
        for (Diagnostic d : check(text).diagnostics()) {
            if (!d.code().equals("NB404")) out.add(d.code() + " " + d.message() + " " + d.fixes().size());
        }
        return out;
    }

    private static Diagnostic only(CheckResult r, String code, String messagePart) {
        List<Diagnostic> found = r.diagnostics().stream()
                .filter(d -> d.code().equals(code) && d.message().contains(messagePart)).toList();
        assertEquals(1, found.size(), () -> Fixtures.render(r));
        return found.get(0);
    }

    /**
     * Case 3366: in Word's cell-per-line layout, a line "说明" followed by a long run of Word markers after a row
     * label. Before NB404 removed the markers the line was too long to be a wrapped piece of the label, so the table
     * ended there; after, it was the label's second line, the row got its values, and the label's wording fix and
     * the （七）总计 fixes appeared only after fix-all. The readers now see markers as nothing.
     */
    @Test
    void markersAfterAWrappedWordLabelDoNotChangeHowTheTableReads() {
        String label = "\n\t1.本机关不掌握相关政府信息\n";
        String original = Fixtures.text("quirks-word.txt");
        assertEquals(original.indexOf(label), original.lastIndexOf(label));
        String text = original.replace(label, label + "说明" + MARKERS + "\n");
        assertTrue(text.contains("\t1.本机关不掌握相关政府信息\n说明" + MARKERS + "\n\t4\n"), "the row as case 3366 had it");
        assertEquals(findingsBesidesMarkers(WordMarkers.MARKER.matcher(text).replaceAll("")), findingsBesidesMarkers(text));
        Diagnostic wording = only(check(text), "NB207", "1.本机关不掌握相关政府信息说明");
        assertEquals(FixKind.OFFICIAL_WORDING, wording.fixes().get(0).kind());
        assertTrue(FixAllPropertyTest.checkOne(text, "quirks-word.txt with a line of markers after a label"));
    }

    /**
     * Case 6393: a browser-copied tab table whose row label was broken by a line "说明" plus markers. The label's
     * wording fix was withheld while the markers stood in its text (the text replaced differed from the label read)
     * and offered once they were gone; it now replaces them with the label.
     */
    @Test
    void markersInsideAJoinedLabelDoNotWithholdItsWordingFix() {
        String text = insertBefore(Fixtures.text("NB207-official-wording.txt"), "行政事业性收费\t2.35", "说明" + MARKERS);
        assertEquals(findingsBesidesMarkers(WordMarkers.MARKER.matcher(text).replaceAll("")), findingsBesidesMarkers(text));
        Diagnostic wording = only(check(text), "NB207", "说明行政事业性收费");
        assertEquals(1, wording.fixes().size());
        assertTrue(FixAllPropertyTest.checkOne(text, "NB207 fixture with a label piece full of markers"));
    }

    /**
     * Case 863: a wrong row total (fix-all corrects it) and a row one cell short (a bit flip made its last tab the
     * control character U+0019, so its last two zeros are one cell). With the wrong total the
     * table's arithmetic could not place the lost cell; once corrected it could, and the （七）总计 sums that rest on
     * the placed cell became fixable only after fix-all. Totals resting on a guessed place are now never fix-all's.
     */
    @Test
    void totalsRestingOnAPlacedLostCellAreNotFixAlls() {
        String text = Fixtures.text("NB402-empty-problems.txt");
        text = replaceLine(text, "\t\t8.属于行政查询事项\t0\t0\t0\t0\t0\t0\t0", "\t\t8.属于行政查询事项\t0\t0\t0\t0\t2\t0\t0");
        text = replaceLine(text, "\t\t3.补正后申请内容仍不明确\t0\t0\t0\t0\t0\t0\t0", "\t\t3.补正后申请内容仍不明确\t0\t0\t0\t0\t0\t0\u00190");
        CheckResult r = check(text);
        String fixed = TextEdits.apply(r.source(), FixPlan.edits(r, EnumSet.allOf(FixKind.class)));
        CheckResult after = check(fixed);
        only(after, "NB210", "3.补正后申请内容仍不明确");
        Diagnostic column = only(after, "NB302", "法律服务机构");
        assertTrue(column.fixes().isEmpty(), () -> Fixtures.render(after));
        assertTrue(FixAllPropertyTest.checkOne(text, "NB402 fixture with a wrong total and a lost cell"));
    }

    /**
     * Case 9134: a tab typed into a PDF-layout row made the table read as tabs, and the label ran on into the row's
     * numbers ("…申请    2       0      0   0"). Its wording fix deleted those numbers, and the next reading found a
     * new label to fix. A label ending in numbers apart from its words is reported without a fix. Since tab cells
     * are split on runs of spaces, the row reads as its label and seven values, and the label is joined from the
     * piece above ("二、上年结转政"); the official label's last words ("数量") stand on the line below, which the
     * reader does not join. A label joined from several lines that lacks words of the official one gets no fix:
     * replacing the pieces would write "数量" a second time.
     */
    @Test
    void aLabelThatRanIntoItsValuesIsNotReplaced() {
        String text = Fixtures.text("shape-pdf-layout-rendered-wrong-total.txt");
        String line = text.lines().filter(l -> l.startsWith("府信息公开申请    2 ")).findFirst().orElseThrow();
        text = replaceLine(text, line, line.replace("0   0   0 2", "0 \t  0   0 2"));
        Diagnostic wording = only(check(text), "NB207", "“二、上年结转政府信息公开申请”");
        assertTrue(wording.range().startLine() < wording.range().endLine(), wording::toString);
        assertTrue(wording.fixes().isEmpty(), wording::toString);
        assertTrue(FixAllPropertyTest.checkOne(text, "PDF layout with a tab in a row"));
        // The rows above no longer read as the table's (the tab made it a tab table from this row on); their runs of
        // spaces are NB404's, whose fix keeps one space between two numbers: "18        1" must not become 181.
        CheckResult r = check(text);
        String fixed = TextEdits.apply(r.source(), FixPlan.edits(r, EnumSet.allOf(FixKind.class)));
        assertTrue(fixed.lines().anyMatch(l -> l.matches("府信息公开申请\\s+18\\s+1\\s.*")), fixed);
    }

    /**
     * Case 6948 (NB103 fixture, Word's cell-per-line layout): a row total made -3 (fix-all corrects it to 4) and a
     * row below it one zero short. With the wrong total in the 总计 column's sum no place of the lost cell made
     * every sum hold, so the row was unknown (NB201, no fix); once corrected, the lost cell was placed as the row's
     * missing 总计 and its fill (a fix-all fix) appeared only after fix-all. The locator now places the lost cell in
     * the table as fix-all leaves it (derived cells that do not rest on a short row taken as fix-all writes them).
     */
    @Test
    void aWrongTotalElsewhereDoesNotBlockPlacingALostCell() {
        String text = Fixtures.text("NB103-numbering.txt");
        String row1 = "\t1.本机关不掌握相关政府信息\n\t4\n\t0\n\t0\n\t0\n\t0\n\t0\n\t4\n";
        String row2 = "\t2.没有现成信息需要另行制作\n" + "\t0\n".repeat(7);
        assertEquals(text.indexOf(row1), text.lastIndexOf(row1));
        assertEquals(text.indexOf(row2), text.lastIndexOf(row2));
        text = text.replace(row1, row1.substring(0, row1.length() - 2) + "-3\n")
                .replace(row2, "\t2.没有现成信息需要另行制作\n" + "\t0\n".repeat(6));
        CheckResult r = check(text);
        Diagnostic missing = only(r, "NB202", "2.没有现成信息需要另行制作");
        assertTrue(missing.fixes().get(0).kind().inFixAll(), missing::toString);
        only(r, "NB301", "1.本机关不掌握相关政府信息");
        assertTrue(FixAllPropertyTest.checkOne(text, "NB103 fixture with a wrong total above a row one cell short"));
    }

    /**
     * Case 1059 (a PDF layout read by {@code pdftotext -layout}): a line "说明" plus a long run of Word markers
     * between two rows. The space-aligned reader took the markers for text, so the piece matched no label and the
     * table was not checked (NB106); once NB404 removed them, "说明" was a piece of a label, the table read, and its
     * sum fixes appeared only after fix-all. Its tokens now skip markers as the tab reader's cells do.
     */
    @Test
    void markersInASpaceAlignedTableDoNotChangeHowItReads() {
        String original = Fixtures.text("shape-pdf-layout-page-marks.txt");
        String line = original.lines().filter(l -> l.trim().startsWith("3.补正后申请内")).findFirst().orElseThrow();
        String text = insertBefore(original, line, "说明" + MARKERS);
        String stripped = WordMarkers.MARKER.matcher(text).replaceAll("");
        assertEquals(findingsBesidesMarkers(stripped), findingsBesidesMarkers(text));
        assertTrue(check(text).diagnostics().stream().noneMatch(d -> d.code().equals("NB106")), () -> Fixtures.render(check(text)));
        String damaged = text.replaceFirst("(（一）予以公开[^\n]*) 10\n", "$1 12\n");
        assertFalse(damaged.equals(text));
        assertTrue(FixAllPropertyTest.checkOne(damaged, "PDF layout with a line of markers and a wrong total"));
    }

    /**
     * Case 16889 of a longer run (-Dnianbao.propertyCases=30000): a Word table cut after its row "1.本机关不掌握相关政府
     *信息", whose 总计 line was deleted. NB202 reports nothing empty on the row a cut table ends on (it may simply stop
     * there), yet fix-all wrote the row's 总计: an edit no finding declared. Fix-all now fills no cell of that row.
     */
    @Test
    void theRowACutTableEndsOnGetsNoTotalFromFixAll() {
        String original = Fixtures.text("NB105-cut-table-word.txt");
        String row = "\t1.本机关不掌握相关政府信息\n\t4\n\t0\n\t0\n\t0\n\t0\n\t0\n\t4\n";
        assertEquals(original.indexOf(row), original.lastIndexOf(row));
        String text = original.replace(row, row.substring(0, row.length() - 3));
        CheckResult r = check(text);
        only(r, "NB105", "1.本机关不掌握相关政府信息");
        assertTrue(FixPlan.edits(r, EnumSet.allOf(FixKind.class)).isEmpty(), () -> Fixtures.render(r));
        FixAllPropertyTest.checkOne(text, "NB105 Word fixture with the cut row's 总计 deleted");
    }

    /**
     * Case 26522 of a longer run (-Dnianbao.propertyCases=30000): a Markdown pipe row given a number of a few hundred
     * digits and a wrong 总计. Fix-all wrote the sum, as long as the number, into the 总计 cell; the line grew past
     * 400 characters, the length above which a line with a {@code |} was taken for prose, so the row was no longer
     * read (NB206 after fix-all, and the （七） sums that included it turned fixable). The length of a pipe row
     * now counts its words, not its digits: no number is too long for a cell.
     */
    @Test
    void aPipeRowStaysATableRowWhenFixAllWritesALongSumIntoIt() {
        String row = "|  |  | 6.属于四类过程性信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||||||||";
        String huge = "9".repeat(400);
        String text = replaceLine(Fixtures.text("shape-pipes-markdown-trailing-empty.txt"), row,
                "|  |  | 6.属于四类过程性信息 | 0 | " + huge + " | 0 | 0 | 0 | 0 | 0 | ||||||||");
        CheckResult r = check(text);
        only(r, "NB301", "6.属于四类过程性信息");
        String fixed = TextEdits.apply(r.source(), FixPlan.edits(r, EnumSet.allOf(FixKind.class)));
        assertTrue(fixed.contains("| 6.属于四类过程性信息 | 0 | " + huge + " | 0 | 0 | 0 | 0 | " + huge + " |"), fixed);
        CheckResult after = check(fixed);
        assertTrue(after.diagnostics().stream().noneMatch(d -> d.code().equals("NB206")), () -> Fixtures.render(after));
        assertTrue(FixAllPropertyTest.checkOne(text, "Markdown pipe fixture with a 400-digit number in a row"));
        // A row of numbers far longer still, every sum right, reads as a row: nothing to report on it.
        String longer = "1".repeat(5_000);
        String clean = replaceLine(Fixtures.text("shape-pipes-markdown-trailing-empty.txt"), row,
                "|  |  | 6.属于四类过程性信息 | 0 | " + longer + " | 0 | 0 | 0 | 0 | " + longer + " | ||||||||");
        assertTrue(check(clean).diagnostics().stream().noneMatch(d -> d.code().equals("NB206")),
                () -> Fixtures.render(check(clean)));
    }

    /**
     * Seed 7, case 47252 (-Dnianbao.propertySeed=7 -Dnianbao.propertyCases=100000): a Word table (NB302 fixture, its
     * （七）总计 自然人 written 16 for 17) whose rows 二、上年结转 and （六）2 each lost their 总计. The lost cells are
     * placed with the totals as fix-all writes them, but those were computed once, before any row was placed: （七）
     * 自然人 rests on row （六）2, so it counted as written (16) even once that row was placed, no place of row 二's lost
     * cell made every sum hold, and row 二 was NB201 without a fix until fix-all had corrected （七）. The totals are now
     * computed again each time a row is placed.
     */
    @Test
    void aTotalWaitingOnAPlacedRowCountsAsFixAllWritesItWhenTheNextRowIsPlaced() {
        String original = Fixtures.text("NB302-result-total.txt");
        String carried = "\t二、上年结转政府信息公开申请数量\n\t2\n" + "\t0\n".repeat(5) + "\t2\n";
        String fee = "\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\n" + "\t0\n".repeat(7);
        assertEquals(original.indexOf(carried), original.lastIndexOf(carried));
        assertEquals(original.indexOf(fee), original.lastIndexOf(fee));
        String text = original.replace(carried, carried.substring(0, carried.length() - 3))
                .replace(fee, fee.substring(0, fee.length() - 3));
        CheckResult r = check(text);
        only(r, "NB302", "“（七）总计”的“自然人”应为 17");
        Diagnostic missing = only(r, "NB202", "二、上年结转政府信息公开申请数量");
        assertTrue(missing.fixes().get(0).kind().inFixAll(), missing::toString);
        only(r, "NB202", "2.申请人逾期未按收费通知要求缴纳费用");
        assertTrue(r.diagnostics().stream().noneMatch(d -> d.code().equals("NB201")), () -> Fixtures.render(r));
        assertTrue(FixAllPropertyTest.checkOne(text, "NB302 Word fixture with two rows that lost their 总计"));
    }

    /**
     * Seed 7, case 136854: a Word row whose 总计 stood on a line without its tab, after an empty cell (a value wrapped
     * into the cell below, as Word copies it), with a number of a few hundred digits in another cell. Fix-all wrote
     * the sum over the "2"; a line longer than 40 characters was not a wrapped piece of a cell, so the table ended
     * before it and the 总计 read as empty (NB202, fixable, after fix-all). A number is now a piece whatever its length.
     */
    @Test
    void aLongSumWrittenIntoAWrappedWordCellIsStillItsCell() {
        String original = Fixtures.text("layout-cells-clean.txt");
        String row = "\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\n\t2\n\t0\n\t0\n\t0\n\t0\n\t0\n\t2\n";
        assertEquals(original.indexOf(row), original.lastIndexOf(row));
        String huge = "9".repeat(300);
        String text = original.replace(row, row.replace("\t0\n\t0\n\t0\n\t0\n\t0\n\t2\n", "\t0\n\t0\n\t" + huge + "\n\t0\n\t0\n\t\n2\n"));
        CheckResult r = check(text);
        only(r, "NB301", "（二）部分公开");
        String fixed = TextEdits.apply(r.source(), FixPlan.edits(r, EnumSet.allOf(FixKind.class)));
        assertTrue(fixed.contains("\t0\n\t0\n\t\n" + "1" + "0".repeat(299) + "1\n"), fixed);
        assertTrue(FixAllPropertyTest.checkOne(text, "Word fixture with a long number and a wrapped 总计"));
    }
}
