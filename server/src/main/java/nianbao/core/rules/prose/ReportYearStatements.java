package nianbao.core.rules.prose;

import java.util.List;

import nianbao.core.diag.FixKind;
import nianbao.core.diag.Severity;
import nianbao.core.rules.RuleContext;

/**
 * NB410: a sentence about this report's year (统计期限, 本年度) that names another year: a sentence kept from last
 * year's report.
 */
public final class ReportYearStatements extends ProseRule {
    public ReportYearStatements() {
        super("NB410", Severity.WARNING, "说本年度（统计期限、本年度）的句子写了另一个年份");
    }

    @Override
    public void check(RuleContext ctx) {
        if (ctx.syntax().reportYear().isEmpty()) return;
        String year = String.valueOf(ctx.syntax().reportYear().getAsInt());
        ProseIndex text = ProseIndex.of(ctx.syntax());
        for (ProseClaim c : text.claims(ctx.syntax().reportYear().getAsInt())) {
            if (c.kind() != ProseClaim.Kind.OTHER_YEAR) continue;
            ProseNumber n = c.number();
            String written = text.slice(n.start(), n.end());
            int start = text.sourceOffset(n.start());
            int end = text.sourceEnd(n.end());
            ctx.report(ctx.range(start, text.sourceEnd(n.unitEnd())), "正文写“" + written + "年”，但本报告是 " + year
                            + " 年度报告：说本年度或统计期限的句子应写 " + year + " 年", List.of(),
                    List.of(ctx.replace("将 " + written + " 改为 " + year, FixKind.PROSE_EDIT, start, end, year)));
        }
    }
}
