package nianbao.core.rules;

import nianbao.core.diag.Severity;
import nianbao.core.syntax.Section;
import nianbao.core.text.Chars;

/** NB402: section 五 reports problems and the measures taken; empty or "无" is not a report. */
final class EmptyProblemsSection extends BaseRule {
    /** Compiled once (String.replaceAll compiles its pattern on every call). */
    private static final java.util.regex.Pattern PUNCTUATION = java.util.regex.Pattern.compile("[\\p{P}\\p{S}]");

    EmptyProblemsSection() {
        super("NB402", Severity.WARNING, "第五部分为空或只写“无”");
    }

    @Override
    public void check(RuleContext ctx) {
        for (Section s : ctx.syntax().sections()) {
            if (s.heading().sectionNumber() != 5) continue;
            String text = Chars.canonical(SectionText.body(ctx, s));
            // More than two characters besides punctuation cannot be "暂无": most sections are told so without a copy.
            if (Chars.countBesidesPunctuation(text, 2) > 2) return;
            String body = PUNCTUATION.matcher(text).replaceAll("");
            if (body.isEmpty() || body.equals("无") || body.equals("暂无")) {
                ctx.report(ctx.range(s.heading().start(), s.heading().end()),
                        "第五部分" + (body.isEmpty() ? "为空" : "只写了“无”") + "：应说明工作中存在的主要问题及改进情况");
            }
            return;
        }
    }
}
