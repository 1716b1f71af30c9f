package nianbao.core.rules.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import nianbao.core.CheckResult;
import nianbao.core.Checker;
import nianbao.core.config.CheckOptions;
import nianbao.core.diag.Diagnostic;
import nianbao.core.diag.FixKind;
import nianbao.core.diag.TextEdit;
import nianbao.core.fix.FixPlan;
import nianbao.core.fix.TextEdits;
import nianbao.core.text.SourceText;
import nianbao.testing.Fixtures;

/** What the prose rules promise beyond their golden files: related cells, fixes only when certain, false cases. */
class ProseFindingsTest {
    private static final String BASE = Fixtures.text("NB403-prose-numbers.txt");

    private static List<Diagnostic> findings(String text, String code) {
        return Checker.check(text, CheckOptions.DEFAULT).diagnostics().stream().filter(d -> d.code().equals(code)).toList();
    }

    @Test
    void aFindingLinksTheTableCellAndItsFixMakesTheProseAgree() {
        CheckResult r = Checker.check(BASE, CheckOptions.DEFAULT);
        Diagnostic received = r.diagnostics().stream().filter(d -> d.code().equals("NB403")).findFirst().orElseThrow();
        assertEquals(1, received.related().size());
        SourceText src = new SourceText(BASE);
        int cell = src.startOffset(received.related().get(0).range());
        assertEquals("19", BASE.substring(cell, src.endOffset(received.related().get(0).range())));
        assertTrue(src.line(src.lineOf(cell)).startsWith("一、本年新收"), "related location on the 一 row");
        List<TextEdit> edits = received.fixes().get(0).edits();
        assertEquals(FixKind.PROSE_EDIT, received.fixes().get(0).kind());
        String fixed = TextEdits.apply(src, edits);
        assertTrue(fixed.contains("全年收到政府信息公开申请19件"));
        assertTrue(findings(fixed, "NB403").stream().noneMatch(d -> d.message().contains("本年收到的申请")));
    }

    @Test
    void noFixWhenTheTableArithmeticDoesNotHold() {
        // （五）2 raised by one: （七）总计 no longer its sum, so which number is right is not certain
        String broken = BASE.replace("2.重复申请\t1\t0\t0\t0\t0\t0\t1", "2.重复申请\t2\t0\t0\t0\t0\t0\t2");
        assertTrue(!broken.equals(BASE));
        Diagnostic received = findings(broken, "NB403").stream().filter(d -> d.message().contains("本年收到的申请"))
                .findFirst().orElseThrow();
        assertEquals(List.of(), received.fixes());
    }

    @Test
    void fixAllLeavesTheProseAlone() {
        CheckResult r = Checker.check(BASE, CheckOptions.DEFAULT);
        assertTrue(r.diagnostics().stream().anyMatch(d -> !d.fixes().isEmpty()));
        assertEquals(List.of(), FixPlan.edits(r, EnumSet.allOf(FixKind.class)));
    }

    @Test
    void otherScopesAndOtherYearsAreNotCompared() {
        for (String sentence : List.of("全区共收到政府信息公开申请300件。", "各乡镇共受理申请88件。", "上年收到申请5件。",
                "去年共收到政府信息公开申请7件。", "2023年收到政府信息公开申请15件。", "收到申请数同比增长12件。",
                "收到群众来信17件。", "行政复议和行政诉讼共5件。", "全市行政复议案件均获维持。")) {
            String text = BASE.replace("全年收到政府信息公开申请17件，上年结转2件，", sentence)
                    .replace("全年发生政府信息公开行政复议3件、行政诉讼1件。", "");
            assertEquals(List.of(), findings(text, "NB403"), sentence);
            assertEquals(List.of(), findings(text, "NB407"), sentence);
        }
    }

    @Test
    void withoutAReportYearASentenceNamingAYearIsNotCompared() {
        String text = BASE.replace("青禾市星湖区民政局2024年政府信息公开工作年度报告", "青禾市星湖区民政局政府信息公开工作年度报告")
                .replace("统计期限为2024年1月1日至2024年12月31日", "统计期限为本年度")
                .replace("全年收到政府信息公开申请17件", "2024年收到政府信息公开申请17件");
        assertTrue(Checker.check(text, CheckOptions.DEFAULT).syntax().reportYear().isEmpty());
        assertTrue(findings(text, "NB403").stream().noneMatch(d -> d.message().contains("本年收到的申请")));
        assertTrue(findings(BASE, "NB403").stream().anyMatch(d -> d.message().contains("本年收到的申请")));
    }

    @Test
    void statementsBrokenByLinesSpacesAndWrittenInNumeralsAreRead() {
        for (String sentence : List.of("全年受理政府\n信息公开申请 18 件", "全年收到政府信息公开申请十八件", "全年收到政府信息公开申请１８件",
                "全年收到政府信息公开申请 1,018 件")) {
            String text = BASE.replace("全年收到政府信息公开申请17件", sentence);
            List<Diagnostic> found = findings(text, "NB403");
            assertTrue(found.stream().anyMatch(d -> d.message().contains("本年收到的申请为 1")), sentence + ": " + found);
        }
        String agrees = BASE.replace("全年收到政府信息公开申请17件", "全年收到政府信息公开申请十九件");
        assertTrue(findings(agrees, "NB403").stream().noneMatch(d -> d.message().contains("本年收到的申请")));
    }

    @Test
    void townshipsOnlyAndOnlyWithRegulations() {
        String township = BASE.replace("青禾市星湖区民政局", "青禾市星湖区云溪镇人民政府");
        assertEquals(List.of(), findings(township, "NB420"), "规章 all 0");
        String department = BASE.replace("青禾市星湖区民政局", "青禾市星湖区城乡建设局").replace("规章\t0\t0\t0", "规章\t1\t0\t1");
        assertEquals(List.of(), findings(department, "NB420"), "not a township");
        String street = BASE.replace("青禾市星湖区民政局", "青禾市星湖区湖滨街道办事处").replace("规章\t0\t0\t0", "规章\t0\t0\t2");
        assertEquals(1, findings(street, "NB420").size());
    }

    @Test
    void legitimateReduplicationsAreNotSlips() {
        String text = BASE.replace("围绕养老服务", "常常、人人、看看、天天、一一、个个、年年、研究研究、的的确确、等等、一步一步、一件一件围绕养老服务");
        assertEquals(List.of(), findings(text, "NB432"));
        assertFalse(findings(BASE.replace("围绕养老服务", "围绕养老服务服务"), "NB432").isEmpty());
    }

    @Test
    void enumerationsInOrderAndRestartedAreNotSlips() {
        String text = BASE.replace("一是政策解读形式较为单一；二是依申请公开答复的规范性有待加强。",
                "一是政策解读形式较为单一；二是答复规范性有待加强；三是平台更新不及时。下一步，一是丰富解读；二是完善模板。");
        assertEquals(List.of(), findings(text, "NB430"));
    }
}
