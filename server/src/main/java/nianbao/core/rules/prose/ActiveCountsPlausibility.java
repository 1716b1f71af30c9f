package nianbao.core.rules.prose;

import java.math.BigDecimal;
import java.util.List;

import nianbao.core.bind.BoundRow;
import nianbao.core.bind.BoundValue;
import nianbao.core.diag.RelatedLocation;
import nianbao.core.diag.Severity;
import nianbao.core.format.TableKind;
import nianbao.core.rules.RuleContext;

/**
 * NB421: counts of 规章 and 行政规范性文件 that cannot all be true. A document made this year is either still in
 * force or was abolished this year, so 现行有效 + 本年废止 ≥ 本年制发 (2021 format); all documents made public
 * include this year's, so 对外公开总数量 ≥ 本年新公开数量 (2019 format).
 */
public final class ActiveCountsPlausibility extends ProseRule {
    public ActiveCountsPlausibility() {
        super("NB421", Severity.WARNING, "规章、规范性文件的件数不合常理（现行有效件数加本年废止件数少于本年制发件数）");
    }

    @Override
    public void check(RuleContext ctx) {
        for (String id : new String[]{"b1-1", "b1-2"}) {
            BoundRow row = ctx.report().table(TableKind.ACTIVE).map(t -> t.rowById(id)).orElse(null);
            if (row == null || row.valuesUnknown) continue;
            BoundValue made = column(row, "本年制发件数");
            BoundValue abolished = column(row, "本年废止件数");
            BoundValue inForce = column(row, "现行有效件数");
            if (made != null && abolished != null && inForce != null) {
                BigDecimal kept = inForce.value().number().add(abolished.value().number());
                if (kept.compareTo(made.value().number()) < 0) {
                    ctx.report(ctx.range(inForce), "“" + row.displayName() + "”现行有效件数 " + text(inForce) + " 加本年废止件数 "
                                    + text(abolished) + " 少于本年制发件数 " + text(made) + "：本年制发的文件或仍现行有效、或已在本年废止",
                            related(ctx, made, abolished), List.of());
                }
                continue;
            }
            BoundValue published = column(row, "本年新公开数量");
            BoundValue total = column(row, "对外公开总数量");
            if (published != null && total != null && total.value().number().compareTo(published.value().number()) < 0) {
                ctx.report(ctx.range(total), "“" + row.displayName() + "”对外公开总数量 " + text(total) + " 少于本年新公开数量 "
                        + text(published) + "：对外公开总数量包括本年新公开的", related(ctx, published), List.of());
            }
        }
    }

    private static BoundValue column(BoundRow row, String label) {
        for (BoundValue v : row.values) {
            if (v.column().label.equals(label) && v.value().isNumber()) return v;
        }
        return null;
    }

    private static String text(BoundValue v) {
        return v.value().text().strip();
    }

    private static List<RelatedLocation> related(RuleContext ctx, BoundValue... cells) {
        return java.util.Arrays.stream(cells).map(v -> new RelatedLocation(ctx.range(v), v.describe())).toList();
    }
}
