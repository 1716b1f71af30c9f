package nianbao.lsp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import nianbao.core.ReportDetector;
import nianbao.testing.PieceTexts;

class ReportDetectorTest {
    @Test
    void aReportTitleIsRecognised() {
        assertTrue(ReportDetector.looksLikeReport("青禾市星湖区民政局2024年政府信息公开工作年度报告\n\n一、总体情况\n"));
        assertTrue(ReportDetector.looksLikeReport("星湖区民政局政府信息公开年报（2024年）"));
    }

    @Test
    void aTitleSplitOverLinesOrSpacedOutIsRecognised() {
        assertTrue(ReportDetector.looksLikeReport("\u3000\u3000青禾市星湖区民政局2024年政府信息\n公开工作年度报告\n"));
        assertTrue(ReportDetector.looksLikeReport("政 府 信 息 公 开 工 作 年 度 报 告"));
    }

    @Test
    void tableThreeLabelsAloneAreEnough() {
        assertTrue(ReportDetector.looksLikeReport("统计表\n一、本年新收政府信息公开申请数量\t3\t0\n"));
    }

    @Test
    void otherTextsAreNotReports() {
        assertFalse(ReportDetector.looksLikeReport(""));
        assertFalse(ReportDetector.looksLikeReport("星湖区民政局周例会纪要\n一、总体情况\n本周完成养老机构检查3家。"));
        // Both words, but in different sentences: a news item, not a report title.
        assertFalse(ReportDetector.looksLikeReport("区里部署政府信息公开工作。会议强调，各单位年度报告须按时报送。"));
    }

    @Test
    void onlyTheStartOfTheTextIsRead() {
        String late = "说明。".repeat(ReportDetector.WINDOW) + "政府信息公开工作年度报告";
        assertFalse(ReportDetector.looksLikeReport(late));
    }

    @Test
    void theScanAgreesWithTheExtensionsPatternsOnRandomTexts() {
        // The patterns of vscode-client/src/detect.ts: the Java side scans by hand (no regex at start-up), and both
        // must call the same texts reports.
        Pattern title = Pattern.compile("政府信息公开[^。；，,]{0,12}?(?:年度报告|年报)");
        Pattern labels = Pattern.compile("本年新收政府信息公开申请数量|上年结转政府信息公开申请数量|结转下年度继续办理|本列数据的勾稽关系");
        Pattern spaces = Pattern.compile("[\\s\\u3000]+");
        String[] pieces = {"政府信息公开", "政府信息", "公开", "工作", "年度报告", "年度", "报告", "年报", "年", "。", "；", "，", ",",
            " ", "\u3000", "\n", "\t", "\r\n", "星湖区", "2024", "本年新收政府信息公开申请数量", "结转下年度继续办理", "本列数据的", "勾稽关系",
            "\u00A0", "x"};
        long seed = 20261130L;
        PieceTexts texts = new PieceTexts(seed, pieces);
        for (int n = 0; n < 20_000; n++) {
            String random = texts.next(12);
            String text = texts.nextInt(50) == 0 ? "说".repeat(ReportDetector.WINDOW - texts.nextInt(20)) + random : random;
            String head = spaces.matcher(text.substring(0, Math.min(text.length(), ReportDetector.WINDOW))).replaceAll("");
            boolean expected = !text.isEmpty() && (title.matcher(head).find() || labels.matcher(head).find());
            assertEquals(expected, ReportDetector.looksLikeReport(text), () -> "seed " + seed + ", text: " + text);
        }
    }
}
