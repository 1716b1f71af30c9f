package nianbao.core.rules;

import nianbao.core.diag.Severity;
import nianbao.core.text.Chars;

/**
 * NB107: the text is empty or holds only white space — a failed export or a truncated copy. One finding instead of
 * silence (the other rules find nothing to check in an empty text) and instead of six missing sections.
 */
final class EmptyReport extends BaseRule {
    EmptyReport() {
        super("NB107", Severity.ERROR, "报告为空（没有任何文字）");
    }

    @Override
    public void check(RuleContext ctx) {
        String text = ctx.source().text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r' && !Chars.isSpace(c)) return;
        }
        String what = text.isEmpty() ? "文件为空" : "文件中只有空白";
        ctx.report(ctx.range(0, 0), "报告为空：" + what + "，没有标题、章节和统计表（可能是导出失败或复制不完整）");
    }
}
