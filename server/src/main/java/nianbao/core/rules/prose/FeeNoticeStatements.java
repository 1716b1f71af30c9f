package nianbao.core.rules.prose;

import java.util.List;
import java.util.Set;

import nianbao.core.diag.RelatedLocation;

import nianbao.core.diag.Severity;
import nianbao.core.rules.RuleContext;
import nianbao.core.rules.prose.ProseClaim.Kind;

/**
 * NB409: 信息处理费 statements against 三（六）2 (逾期未按收费通知要求缴纳费用): fewer fee notices than applications
 * dropped for not paying, or "未收取" alone while some were dropped for that reason; and section 六 saying both
 * that nothing was charged (未收取, 未发出收费通知) and that something was (实际收取300元, 收费通知3件).
 */
public final class FeeNoticeStatements extends ProseRule {
    public FeeNoticeStatements() {
        super("NB409", Severity.WARNING, "信息处理费的说明自相矛盾，或与统计表“（六）2.申请人逾期未按收费通知要求缴纳费用”不一致");
    }

    @Override
    public void check(RuleContext ctx) {
        StatementFindings.report(ctx, Set.of(Kind.FEE_NOTICES, Kind.NOT_COLLECTED));
        ProseIndex text = ProseIndex.of(ctx.syntax());
        ProseClaim none = null;
        ProseClaim some = null;
        ProseClaim noNotice = null;
        ProseClaim notices = null;
        for (ProseClaim c : text.claims(ctx.syntax().reportYear().orElse(-1))) {
            if (c.section() != 6) continue;
            if (c.kind() == Kind.NOT_COLLECTED && none == null) none = c;
            if (c.kind() == Kind.FEE_COLLECTED && c.number().value().signum() > 0 && some == null) some = c;
            if (c.kind() == Kind.FEE_NOTICES && c.number() == null && noNotice == null) noNotice = c;
            if (c.kind() == Kind.FEE_NOTICES && c.number() != null && c.number().value().signum() > 0 && notices == null) notices = c;
        }
        contradiction(ctx, text, none, some);
        contradiction(ctx, text, noNotice, notices);
    }

    /** "未收取" and "实际收取300元", "未发出收费通知" and "收费通知3件" in the same section 六. */
    private static void contradiction(RuleContext ctx, ProseIndex text, ProseClaim nothing, ProseClaim something) {
        if (nothing == null || something == null) return;
        String other = text.slice(something.from(), something.to());
        ctx.report(ctx.range(text.sourceOffset(nothing.from()), text.sourceEnd(nothing.to())), "第六部分说“"
                        + text.slice(nothing.from(), nothing.to()) + "”，又说“" + other + "”：两处说法矛盾",
                List.of(new RelatedLocation(ctx.range(text.sourceOffset(something.from()), text.sourceEnd(something.to())), other)),
                List.of());
    }
}
