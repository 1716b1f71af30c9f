package nianbao.core.rules;

import java.util.List;

import nianbao.core.diag.Range;
import nianbao.core.diag.Severity;
import nianbao.core.syntax.Section;
import nianbao.core.text.Chars;

/** NB101: each of the six official sections must be present. */
final class MissingSection extends BaseRule {
    MissingSection() {
        super("NB101", Severity.ERROR, "缺少必需的章节（一至六）");
    }

    @Override
    public void check(RuleContext ctx) {
        if (isBlank(ctx.source().text())) return;
        List<Section> sections = ctx.syntax().sections();
        boolean[] present = new boolean[8];
        for (Section s : sections) {
            int number = s.heading().sectionNumber();
            if (number >= 0 && number < present.length) present[number] = true;
        }
        for (int n = 1; n <= 6; n++) {
            if (present[n]) continue;
            ctx.report(where(ctx, sections, n), "缺少" + Names.section(ctx.spec(), n) + "：应有标题“"
                    + ctx.spec().section(n).officialHeading() + "”");
        }
    }

    /** Only spaces, tabs and line breaks (checked in place: the text can be megabytes). */
    private static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Chars.isSpace(c) && c != '\t' && c != '\n' && c != '\r') return false;
        }
        return true;
    }

    /** At the heading of the next section present, else at the end of the text. */
    private static Range where(RuleContext ctx, List<Section> sections, int missing) {
        for (Section s : sections) {
            if (s.heading().sectionNumber() > missing) return ctx.lineRange(s.heading().line());
        }
        int last = ctx.source().lineCount() - 1;
        while (last > 0 && ctx.source().line(last).isBlank()) last--;
        return ctx.lineRange(last);
    }
}
