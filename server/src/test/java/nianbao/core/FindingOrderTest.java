package nianbao.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import nianbao.core.config.CheckOptions;
import nianbao.core.diag.Diagnostic;

/** Findings at one spot come in the order their rule reports them, not in the order of their message text. */
class FindingOrderTest {
    @Test
    void missingSectionsAtTheEndComeInSectionOrder() {
        String text = "青禾市星湖区民政局2024年政府信息公开工作年度报告\n\n一、总体情况\n本机关依法公开政府信息。\n\n"
                + "二、主动公开政府信息情况\n详见下表。\n";
        List<String> missing = Checker.check(text, CheckOptions.DEFAULT).diagnostics().stream()
                .filter(d -> d.code().equals("NB101")).map(Diagnostic::message)
                .map(m -> m.substring(0, m.indexOf('“'))).toList();
        // By message text this would be 三、五、六、四 (U+4E09 < U+4E94 < U+516D < U+56DB).
        assertEquals(List.of("缺少第三部分", "缺少第四部分", "缺少第五部分", "缺少第六部分"), missing);
    }
}
