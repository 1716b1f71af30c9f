package nianbao.core.rules.prose;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nianbao.core.bind.BoundReport;
import nianbao.core.bind.BoundValue;
import nianbao.core.diag.Fix;
import nianbao.core.diag.FixKind;
import nianbao.core.diag.RelatedLocation;
import nianbao.core.fix.CellEdits;
import nianbao.core.rules.RuleContext;
import nianbao.core.rules.prose.ProseClaim.Kind;

/**
 * Reports the statements of the prose that the tables contradict: one finding per statement, quoting it and the
 * table's value, with the cells as related locations and, where the table is certainly right, a fix that writes
 * the table's number into the prose.
 */
public final class StatementFindings {
    private StatementFindings() {
    }

    /** NB403's statements: applications received, 行政复议 and 行政诉讼 case counts. */
    public static void reportReceivedAndCases(RuleContext ctx) {
        report(ctx, Set.of(Kind.RECEIVED, Kind.RECEIVED_WITH_CARRIED, Kind.CASES));
    }

    static void report(RuleContext ctx, Set<Kind> kinds) {
        ProseIndex text = ProseIndex.of(ctx.syntax());
        StatementCells.Truth truth = null;
        for (ProseClaim claim : text.claims(ctx.syntax().reportYear().orElse(-1))) {
            if (!kinds.contains(claim.kind())) continue;
            if (truth == null) truth = ctx.derived(StatementCells.Truth.class, StatementCells.Truth::new);
            check(ctx, text, claim, truth);
        }
    }

    private static void check(RuleContext ctx, ProseIndex text, ProseClaim claim, StatementCells.Truth truth) {
        BoundReport report = ctx.report();
        List<BoundValue> cells = StatementCells.of(report, claim);
        Optional<BigDecimal> table = StatementCells.sum(cells);
        if (table.isEmpty() || truth.wrongTotal(cells)) return;
        BigDecimal value = table.get();
        String message;
        BigDecimal replacement = null;
        switch (claim.kind()) {
            case ALL_DONE -> {
                if (value.signum() == 0) return;
                message = "正文“" + quote(text, claim) + "”说申请已全部办结，但统计表中" + where(cells) + "为 " + CellEdits.format(value);
            }
            case UPHELD_ALL, NOT_CORRECTED -> {
                if (value.signum() == 0) return;
                String verdict = claim.kind() == Kind.UPHELD_ALL ? "结果均为维持" : "案件没有被纠正";
                message = "正文“" + quote(text, claim) + "”说" + cases(claim.groups()) + verdict + "，但统计表中" + where(cells) + "为 "
                        + CellEdits.format(value);
            }
            case FEE_NOTICES -> {
                BigDecimal notices = claim.number() == null ? BigDecimal.ZERO : claim.number().value();
                if (value.compareTo(notices) <= 0) return;
                message = "正文“" + quote(text, claim) + "”说发出收费通知 " + CellEdits.format(notices) + " 件，但统计表中" + where(cells) + "为 "
                        + CellEdits.format(value) + "：申请人逾期未缴费，必先收到收费通知";
            }
            case NOT_COLLECTED -> {
                if (value.signum() == 0 || text.hasNumberedFeeNotices()) return;
                message = "第六部分说“" + quote(text, claim) + "”而未写收费通知，但统计表中" + where(cells) + "为 " + CellEdits.format(value)
                        + "：发出过收费通知，应写明收费通知的件数和金额";
            }
            case PERCENT -> {
                Optional<String> problem = percentProblem(report, claim, value);
                if (problem.isEmpty()) return;
                message = "正文“" + quote(text, claim) + "”与统计表不符：" + problem.get();
                // no fix: which total the share is of (（七）总计, 一, 一+二) is the text's choice
            }
            default -> {
                BigDecimal stated = claim.number() == null ? BigDecimal.ZERO : claim.number().value();
                BigDecimal compared = value;
                if (claim.kind() == Kind.FEE_AMOUNT) {
                    // 万元 in the table; the text may write 元 and may round: compare at the text's precision
                    if (claim.number().unit().equals("元")) stated = stated.movePointLeft(4);
                    compared = value.setScale(Math.max(stated.scale(), 0), RoundingMode.HALF_UP);
                }
                if (compared.compareTo(stated) == 0) return;
                message = "正文“" + quote(text, claim) + "”说" + what(claim) + "为 " + CellEdits.format(stated)
                        + (claim.kind() == Kind.FEE_AMOUNT ? " 万元" : "") + "，但统计表中" + where(cells) + "为 " + CellEdits.format(value);
                if (claim.kind() != Kind.FEE_AMOUNT) replacement = value;
            }
        }
        List<RelatedLocation> related = new ArrayList<>();
        for (BoundValue v : cells) related.add(new RelatedLocation(ctx.range(v), v.describe()));
        List<Fix> fixes = new ArrayList<>();
        ProseNumber n = claim.number();
        boolean oneGroup = claim.groups() != (ProseClaim.REVIEWS | ProseClaim.LAWSUITS);
        if (replacement != null && n != null && !n.chinese() && oneGroup && truth.certain(cells)) {
            String newText = CellEdits.format(replacement);
            fixes.add(ctx.replace("将正文中的 " + text.slice(n.start(), n.end()) + " 改为 " + newText, FixKind.PROSE_EDIT,
                    text.sourceOffset(n.start()), text.sourceEnd(n.end()), newText));
        }
        ctx.report(ctx.range(text.sourceOffset(claim.from()), text.sourceEnd(claim.to())), message, related, fixes);
    }

    /** The statement as read (spaces and line breaks removed), with its quotes made single for the message. */
    private static String quote(ProseIndex text, ProseClaim claim) {
        return text.slice(claim.from(), claim.to()).replace('“', '‘').replace('”', '’').replace(ProseIndex.BREAK, ' ');
    }

    private static String where(List<BoundValue> cells) {
        if (cells.size() == 1) return cells.get(0).describe();
        String group = commonGroup(cells);
        if (group != null) return "“" + group + "”各项的“总计”之和";
        StringBuilder b = new StringBuilder();
        for (BoundValue v : cells) {
            if (b.length() > 0) b.append('+');
            b.append(v.describe());
        }
        return b.length() > 120 ? "相关各行的“总计”之和" : b + "之和";
    }

    /** The group label all the cells' rows stand under (（三）不予公开), or null. */
    private static String commonGroup(List<BoundValue> cells) {
        String group = null;
        for (BoundValue v : cells) {
            if (v.row().spec == null || v.row().spec.groups.isEmpty()) return null;
            String g = v.row().spec.groups.get(v.row().spec.groups.size() - 1);
            if (!g.startsWith("（") || group != null && !group.equals(g)) return null;
            group = g;
        }
        return group;
    }

    private static String cases(int groups) {
        return switch (groups) {
            case ProseClaim.REVIEWS -> "行政复议";
            case ProseClaim.LAWSUITS -> "行政诉讼";
            default -> "行政复议和行政诉讼";
        };
    }

    private static String what(ProseClaim claim) {
        return switch (claim.kind()) {
            case RECEIVED -> "本年收到的申请";
            case RECEIVED_WITH_CARRIED -> "收到的申请（含上年结转）";
            case CARRIED -> "上年结转的申请";
            case DONE -> "办结的申请";
            case NEXT -> "结转下年度的申请";
            case R1 -> "予以公开的申请";
            case R2 -> "部分公开的申请";
            case R12 -> "予以公开及部分公开的申请";
            case R3 -> "不予公开的申请";
            case R4 -> "无法提供的申请";
            case R5 -> "不予处理的申请";
            case R6 -> "其他处理的申请";
            case CASES -> cases(claim.groups()) + "案件";
            case REGULATION_MADE -> "本年制发的规章";
            case REGULATION_ABOLISHED -> "本年废止的规章";
            case REGULATION_IN_FORCE -> "现行有效的规章";
            case NORMATIVE_MADE -> "本年制发的行政规范性文件";
            case NORMATIVE_ABOLISHED -> "本年废止的行政规范性文件";
            case NORMATIVE_IN_FORCE -> "现行有效的行政规范性文件";
            case LICENSE -> "行政许可处理决定";
            case PENALTY -> "行政处罚处理决定";
            case COERCION -> "行政强制处理决定";
            case FEE_AMOUNT -> "行政事业性收费金额";
            default -> "";
        };
    }

    /** A percentage is right when it is the count's share of any base the text may mean, rounded or cut as written. */
    private static Optional<String> percentProblem(BoundReport report, ProseClaim claim, BigDecimal count) {
        // a share that follows from the count the text states is reported once, at that count
        if (isShareOf(report, claim, count) || isShareOf(report, claim, claim.percentOf().number().value())) {
            return Optional.empty();
        }
        Optional<BigDecimal> expected = expectedPercent(report, claim, count);
        if (expected.isEmpty()) return Optional.empty();
        return Optional.of("按统计表，" + what(claim.percentOf()) + " " + CellEdits.format(count) + " 件占办理结果总计 "
                + CellEdits.format(bases(report).get(0)) + " 件的 " + CellEdits.format(expected.get()) + "%，正文写 "
                + CellEdits.format(claim.number().value()) + "%");
    }

    private static boolean isShareOf(BoundReport report, ProseClaim claim, BigDecimal count) {
        BigDecimal stated = claim.number().value();
        int scale = Math.max(stated.scale(), 0);
        BigDecimal share = count.multiply(BigDecimal.valueOf(100));
        for (BigDecimal base : bases(report)) {
            if (base.signum() == 0) continue;
            if (share.divide(base, scale, RoundingMode.HALF_UP).compareTo(stated) == 0
                    || share.divide(base, scale, RoundingMode.DOWN).compareTo(stated) == 0) {
                return true;
            }
        }
        return false;
    }

    private static Optional<BigDecimal> expectedPercent(BoundReport report, ProseClaim claim, BigDecimal count) {
        List<BigDecimal> bases = bases(report);
        if (bases.isEmpty() || bases.get(0).signum() == 0) return Optional.empty();
        int scale = Math.max(claim.number().value().scale(), 0);
        return Optional.of(count.multiply(BigDecimal.valueOf(100)).divide(bases.get(0), scale, RoundingMode.HALF_UP));
    }

    /** （七）总计 first (the base the fix uses), then 一 总计 and 一+二. */
    private static List<BigDecimal> bases(BoundReport report) {
        List<BigDecimal> out = new ArrayList<>();
        for (Kind k : new Kind[]{Kind.DONE, Kind.RECEIVED, Kind.RECEIVED_WITH_CARRIED}) {
            ProseClaim probe = new ProseClaim(k, 0, 0, null, 0, 0, null);
            StatementCells.sum(StatementCells.of(report, probe)).ifPresent(out::add);
        }
        return out;
    }
}
