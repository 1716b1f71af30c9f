package nianbao.core.rules.prose;

import java.util.ArrayList;
import java.util.List;

import nianbao.core.diag.Fix;
import nianbao.core.diag.FixKind;
import nianbao.core.diag.Severity;
import nianbao.core.diag.TextEdit;
import nianbao.core.rules.RuleContext;
import nianbao.core.syntax.Block;
import nianbao.core.syntax.Paragraph;
import nianbao.core.syntax.Section;

/**
 * NB433: half-width punctuation in Chinese sentences: `,` and `;` between Chinese characters, `(…)` around
 * Chinese text. One finding per line, with a fix that writes the full-width forms (，；（）).
 */
public final class AsciiPunctuation extends ProseRule {
    public AsciiPunctuation() {
        super("NB433", Severity.INFO, "中文句子中使用了半角标点（, ; ( )）");
    }

    @Override
    public void check(RuleContext ctx) {
        checkBlocks(ctx, ctx.syntax().preamble());
        for (Section s : ctx.syntax().sections()) checkBlocks(ctx, s.blocks());
    }

    private void checkBlocks(RuleContext ctx, List<Block> blocks) {
        for (Block b : blocks) {
            if (!(b instanceof Paragraph p)) continue;
            for (int line = p.firstLine(); line <= p.lastLine(); line++) checkLine(ctx, line);
        }
    }

    private void checkLine(RuleContext ctx, int line) {
        if (!hasAsciiPunctuation(ctx.source().text(), ctx.source().lineStart(line), ctx.source().lineContentEnd(line))) return;
        String s = ctx.source().line(line);
        int base = ctx.source().lineStart(line);
        List<TextEdit> edits = new ArrayList<>();
        StringBuilder marks = new StringBuilder();
        int open = -1;
        boolean hanInside = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == ',' || c == ';') && isChinese(before(s, i)) && isChinese(after(s, i))) {
                add(ctx, edits, marks, base + i, c == ',' ? "，" : "；", c);
            } else if (c == '(') {
                open = i;
                hanInside = false;
            } else if (c == ')' && open >= 0) {
                if (hanInside) {
                    add(ctx, edits, marks, base + open, "（", '(');
                    add(ctx, edits, marks, base + i, "）", ')');
                }
                open = -1;
            } else if (open >= 0 && isHan(c)) {
                hanInside = true;
            }
        }
        if (edits.isEmpty()) return;
        edits.sort((a, b) -> a.range().startColumn() - b.range().startColumn());
        TextEdit first = edits.get(0);
        ctx.report(first.range(), "中文句子中有半角标点“" + marks + "”：应使用全角标点（，；（））", List.of(),
                List.of(new Fix("改为全角标点", FixKind.PROSE_EDIT, edits)));
    }

    /** Whether the line holds any of the marks this rule looks at (most lines hold none: no copy of them). */
    private static boolean hasAsciiPunctuation(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == '(') return true;
        }
        return false;
    }

    private static void add(RuleContext ctx, List<TextEdit> edits, StringBuilder marks, int at, String full, char half) {
        edits.add(new TextEdit(ctx.range(at, at + 1), full));
        if (marks.indexOf(String.valueOf(half)) < 0) marks.append(half);
    }

    private static char before(String s, int i) {
        int k = i - 1;
        while (k >= 0 && s.charAt(k) == ' ') k--;
        return k >= 0 ? s.charAt(k) : ' ';
    }

    private static char after(String s, int i) {
        int k = i + 1;
        while (k < s.length() && s.charAt(k) == ' ') k++;
        return k < s.length() ? s.charAt(k) : ' ';
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** A Chinese character or Chinese punctuation (《》“”、。 and the full-width forms). */
    private static boolean isChinese(char c) {
        return isHan(c) || c >= '\u3000' && c <= '\u303F' || c >= '\uFF01' && c <= '\uFF5E' && !(c >= '\uFF10' && c <= '\uFF19')
                || c == '“' || c == '”' || c == '‘' || c == '’';
    }
}
