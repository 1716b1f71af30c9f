package nianbao.core.rules;

import nianbao.core.bind.BoundValue;
import nianbao.core.bind.CellValue;
import nianbao.core.diag.Severity;

/** NB203: value cells hold numbers, not "/", "—", "无", "减4" or "251000元". */
final class NotANumber extends BaseRule {
    NotANumber() {
        super("NB203", Severity.ERROR, "数值单元格的内容不是数字（如“/”“—”“无”“减4”“251000元”）");
    }

    @Override
    public void check(RuleContext ctx) {
        for (BoundValue v : ctx.report().knownValues()) {
            if (v.value().kind() != CellValue.Kind.NOT_A_NUMBER) continue;
            String text = v.value().text();
            String advice = "amount".equals(v.column().type()) && text.matches(".*\\d.*元\\s*$") && !text.contains("万元")
                    ? "金额以万元为单位，单元格中只填数字，不写单位"
                    : "应填写数字（没有则填 0）";
            ctx.report(ctx.range(v), v.describe() + "的内容“" + text + "”不是数字：" + advice);
        }
    }
}
