package nianbao.core.rules;

import nianbao.core.diag.Severity;
import nianbao.core.syntax.Section;
import nianbao.core.text.Chars;

/** NB401: section 六 (2021 format) states the 信息处理费: fee notices issued, their amount, the amount collected. */
final class FeeStatement extends BaseRule {
    FeeStatement() {
        super("NB401", Severity.WARNING, "第六部分未说明信息处理费的收取情况（2021 版格式要求）");
    }

    @Override
    public void check(RuleContext ctx) {
        if (!ctx.spec().feeStatementRequired) return;
        for (Section s : ctx.syntax().sections()) {
            if (s.heading().sectionNumber() != 6) continue;
            String body = Chars.canonical(SectionText.body(ctx, s));
            if (ctx.spec().feeKeywords.stream().anyMatch(k -> body.contains(Chars.canonical(k)))) continue;
            ctx.report(ctx.range(s.heading().start(), s.heading().end()),
                    "第六部分未说明信息处理费情况：应写明本年度发出收费通知的件数和总金额，以及实际收取的总金额"
                            + "（依据《政府信息公开信息处理费管理办法》；没有收取的，写明均为 0）");
            return;
        }
    }
}
