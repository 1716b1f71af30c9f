package nianbao.core.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
        if (Chars.isBlank(ctx.source().text().replace('\t', ' ').replace('\n', ' ').replace('\r', ' '))) return;
        List<Section> sections = ctx.syntax().sections();
        Set<Integer> present = new HashSet<>();
        sections.forEach(s -> present.add(s.heading().sectionNumber()));
        for (int n = 1; n <= 6; n++) {
            if (present.contains(n)) continue;
            ctx.report(where(ctx, sections, n), "缺少" + Names.section(ctx.spec(), n) + "：应有标题“"
                    + ctx.spec().section(n).officialHeading() + "”");
        }
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
