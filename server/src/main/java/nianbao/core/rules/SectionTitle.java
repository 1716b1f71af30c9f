package nianbao.core.rules;

import java.util.List;

import nianbao.core.bind.LabelMatch;
import nianbao.core.diag.FixKind;
import nianbao.core.diag.Severity;
import nianbao.core.syntax.Heading;
import nianbao.core.syntax.Section;

/** NB104: section titles in the official wording. */
final class SectionTitle extends BaseRule {
    SectionTitle() {
        super("NB104", Severity.WARNING, "章节标题与正式标题不同");
    }

    @Override
    public void check(RuleContext ctx) {
        for (Section s : ctx.syntax().sections()) {
            Heading h = s.heading();
            String official = ctx.spec().section(h.sectionNumber()).title;
            LabelMatch.Difference diff = LabelMatch.compare(h.title(), official);
            if (diff == LabelMatch.Difference.NONE) continue;
            Severity severity = diff == LabelMatch.Difference.SPACING_OR_PUNCTUATION ? Severity.INFO : defaultSeverity();
            ctx.report(severity, ctx.range(h.titleStart(), h.titleEnd()),
                    "章节标题应为“" + official + "”，实为“" + h.title() + "”",
                    List.of(ctx.replace("改为“" + official + "”", FixKind.OFFICIAL_WORDING, h.titleStart(), h.titleEnd(), official)));
        }
    }
}
