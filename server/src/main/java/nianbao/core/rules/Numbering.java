package nianbao.core.rules;

import java.util.List;

import nianbao.core.bind.BoundTable;
import nianbao.core.bind.LabelMatch;
import nianbao.core.bind.LabelUse;
import nianbao.core.diag.FixKind;
import nianbao.core.diag.Severity;
import nianbao.core.format.NumberingStyle;
import nianbao.core.syntax.Heading;
import nianbao.core.syntax.Section;

/** NB103: sections numbered 一、…六、 and table groups （一）…（七） as in the official format. */
final class Numbering extends BaseRule {
    Numbering() {
        super("NB103", Severity.WARNING, "章节或分组编号与正式格式不一致（如“2、”混在“一、三、”中，“（3）”应为“（三）”）");
    }

    /** 一、 to 六、: made once, not for every heading of every check. */
    private static final String[] OFFICIAL_NUMBERINGS = new String[7];

    static {
        for (int n = 1; n < OFFICIAL_NUMBERINGS.length; n++) OFFICIAL_NUMBERINGS[n] = NumberingStyle.chineseNumeral(n) + "、";
    }

    private static String officialNumbering(int section) {
        return section >= 1 && section < OFFICIAL_NUMBERINGS.length ? OFFICIAL_NUMBERINGS[section]
                : NumberingStyle.chineseNumeral(section) + "、";
    }

    @Override
    public void check(RuleContext ctx) {
        for (Section s : ctx.syntax().sections()) {
            Heading h = s.heading();
            String official = officialNumbering(h.sectionNumber());
            if (h.numbering().isEmpty()) {
                String title = "将编号改为“" + official + "”";
                ctx.report(ctx.range(h.start(), h.end()), "章节标题缺少编号：应为“" + official + h.title() + "”", List.of(),
                        List.of(ctx.replace(title, FixKind.OFFICIAL_WORDING, h.titleStart(), h.titleStart(), official)));
            } else if (!h.numbering().strip().equals(official)) {
                String title = "将编号改为“" + official + "”";
                String written = h.numbering().strip();
                String message = h.numberValue() != h.sectionNumber()
                        ? "章节“" + h.title() + "”的编号“" + written + "”不对：应为“" + official + "”"
                        : "章节编号“" + written + "”与其他章节不一致：正式格式为“" + official + "”";
                ctx.report(ctx.range(h.numberStart(), h.numberEnd()), message, List.of(),
                        List.of(ctx.replace(title, FixKind.OFFICIAL_WORDING, h.numberStart(), h.numberEnd(), official)));
            }
        }
        for (BoundTable t : ctx.report().allTables()) {
            for (LabelUse use : t.labels) {
                if (t.onDuplicateRow(use)) continue;
                if (LabelMatch.compare(use.text(), use.official()) != LabelMatch.Difference.NUMBERING) continue;
                ctx.report(ctx.range(use.cell()), "编号与正式格式不一致：“" + use.cell().text() + "”应为“" + use.official() + "”",
                        List.of(), List.of(ctx.replace("改为“" + use.official() + "”", FixKind.OFFICIAL_WORDING,
                                use.cell().start(), use.cell().end(), use.official())));
            }
        }
    }
}
