package nianbao.lsp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import nianbao.core.ReportDetector;

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
}
