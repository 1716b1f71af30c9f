package nianbao.core.rules;

import nianbao.core.diag.Severity;
import nianbao.core.rules.prose.ProblemsAndMeasures;
import nianbao.core.syntax.Section;
import nianbao.core.text.Chars;

/** NB402: section 五 reports problems and the measures taken; empty or "无" is not a report. */
final class EmptyProblemsSection extends BaseRule {
    EmptyProblemsSection() {
        super("NB402", Severity.WARNING, "第五部分为空或只写“无”");
    }

    @Override
    public void check(RuleContext ctx) {
        for (Section s : ctx.syntax().sections()) {
            if (s.heading().sectionNumber() != 5) continue;
            String text = Chars.canonical(SectionText.body(ctx, s));
            // Nothing but punctuation, or "无" or "暂无" besides it.
            boolean empty = Chars.countBesidesPunctuation(text, 0) == 0;
            if (empty || ProblemsAndMeasures.readsOnlyNone(text)) {
                ctx.report(ctx.range(s.heading().start(), s.heading().end()),
                        "第五部分" + (empty ? "为空" : "只写了“无”") + "：应说明工作中存在的主要问题及改进情况");
            }
            return;
        }
    }
}
