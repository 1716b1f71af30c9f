package nianbao.core.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nianbao.core.bind.BoundRow;
import nianbao.core.bind.BoundTable;
import nianbao.core.bind.BoundValue;
import nianbao.core.diag.RelatedLocation;
import nianbao.core.diag.Severity;
import nianbao.core.fix.CellEdits;
import nianbao.core.format.TableKind;
import nianbao.core.syntax.Block;
import nianbao.core.syntax.Paragraph;
import nianbao.core.syntax.Section;

/**
 * NB403: numbers the prose states must match the tables: applications received (一、本年新收 总计), 行政复议 and
 * 行政诉讼 cases (section 四 totals). Only plain statements are read ("共收到依申请公开19件", "受理政府信息公开申请2件",
 * "行政复议1件", "“0”行政复议与行政诉讼", "未发生行政复议"); anything less clear is left alone.
 */
final class ProseNumbers extends BaseRule {
    // Numbers are read whole (possessive, from the start of a run of digits) so that a long line of digits or
    // spaces is scanned once, not once per position.
    private static final Pattern RECEIVED = Pattern.compile(
            "(?:收到|受理)[^。；;，,\\d]{0,12}?(?:申请|依申请)[^。；;，,\\d]{0,8}?(?<!\\d)(\\d++)\\s*+件"
                    + "|(?:收到|受理)(?<!\\d)(\\d++)\\s*+件[^。；;，,\\d]{0,4}?(?:申请|依申请)");
    private static final Pattern REVIEWS = Pattern.compile(
            "行政复议(?:案件)?(?:共)?\\s*+(?<!\\d)(\\d++)\\s*+[件起宗]|[“\"]?(?<!\\d)(\\d++)[”\"]?\\s*+[件起宗]?\\s*+行政复议(?![^。；;，,]{0,4}\\d)");
    private static final Pattern LAWSUITS = Pattern.compile(
            "行政诉讼(?:案件)?(?:共)?\\s*+(?<!\\d)(\\d++)\\s*+[件起宗]|[“\"]?(?<!\\d)(\\d++)[”\"]?\\s*+[件起宗]?\\s*+行政诉讼");
    private static final Pattern BOTH_AFTER_NUMBER = Pattern.compile("[“\"]?(?<!\\d)(\\d++)[”\"]?\\s*+[件起宗]?\\s*+行政复议(?:与|和|及|、)行政诉讼");
    private static final Pattern NONE_OF_BOTH = Pattern.compile("(?:未发生|没有发生|无)[^。；;，,\\d]{0,12}行政复议(?:(?:与|和|及|、)行政诉讼)?");

    ProseNumbers() {
        super("NB403", Severity.WARNING, "正文中的数字与统计表不一致（收到申请件数、行政复议和行政诉讼件数）");
    }

    /** A number as the prose states it, and what it claims. */
    private record Claim(int start, int end, BigDecimal number, String what) {
    }

    @Override
    public void check(RuleContext ctx) {
        Optional<BoundTable> requests = ctx.report().table(TableKind.REQUESTS);
        Optional<BoundTable> reviews = ctx.report().table(TableKind.REVIEWS);
        for (Section section : ctx.syntax().sections()) {
            for (Block block : section.blocks()) {
                if (!(block instanceof Paragraph p)) continue;
                for (int line = p.firstLine(); line <= p.lastLine(); line++) {
                    String text = ctx.source().line(line);
                    int base = ctx.source().lineStart(line);
                    requests.flatMap(ProseNumbers::received).ifPresent(cell ->
                            claims(text, base, RECEIVED, "收到的申请").forEach(c -> compare(ctx, c, List.of(cell))));
                    reviews.flatMap(t -> t.rows.stream().filter(r -> !r.valuesUnknown).findFirst()).ifPresent(row -> {
                        List<BoundValue> review = List.of(row.value(4));
                        List<BoundValue> lawsuit = List.of(row.value(9), row.value(14));
                        List<Claim> both = claims(text, base, BOTH_AFTER_NUMBER, "行政复议与行政诉讼");
                        for (Claim c : both) {
                            compare(ctx, new Claim(c.start, c.end, c.number, "行政复议"), review);
                            compare(ctx, new Claim(c.start, c.end, c.number, "行政诉讼"), lawsuit);
                        }
                        if (both.isEmpty()) {
                            claims(text, base, REVIEWS, "行政复议").forEach(c -> compare(ctx, c, review));
                            claims(text, base, LAWSUITS, "行政诉讼").forEach(c -> compare(ctx, c, lawsuit));
                        }
                        Matcher none = NONE_OF_BOTH.matcher(text);
                        while (none.find()) {
                            Claim c = new Claim(base + none.start(), base + none.end(), BigDecimal.ZERO, "行政复议");
                            compare(ctx, c, review);
                            if (none.group().contains("诉讼")) compare(ctx, new Claim(c.start, c.end, BigDecimal.ZERO, "行政诉讼"), lawsuit);
                        }
                    });
                }
            }
        }
    }

    private static Optional<BoundValue> received(BoundTable requests) {
        BoundRow added = requests.rows.stream()
                .filter(r -> r.spec != null && "new".equals(r.spec.role) && !r.valuesUnknown && !r.duplicate)
                .findFirst().orElse(null);
        return added == null ? Optional.empty() : Optional.of(added.value(added.values.size() - 1));
    }

    private static List<Claim> claims(String text, int base, Pattern pattern, String what) {
        List<Claim> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) == null) continue;
                out.add(new Claim(base + m.start(), base + m.end(), new BigDecimal(m.group(g)), what));
                break;
            }
        }
        return out;
    }

    private static void compare(RuleContext ctx, Claim claim, List<BoundValue> cells) {
        Optional<BigDecimal> table = CellEdits.sum(cells);
        if (table.isEmpty() || table.get().compareTo(claim.number) == 0) return;
        // A total that is wrong by its own sum is reported there (NB301, NB304); the prose is judged once it is fixed.
        for (BoundTable t : ctx.report().allTables()) {
            if (cells.stream().anyMatch(Arithmetic.wrongTargets(t)::contains)) return;
        }
        String said = ctx.source().text().substring(claim.start, claim.end).replace('“', '‘').replace('”', '’');
        String where = cells.size() == 1 ? cells.get(0).describe() : "行政诉讼两组的“总计”之和";
        List<RelatedLocation> related = new ArrayList<>();
        for (BoundValue v : cells) related.add(new RelatedLocation(ctx.range(v), v.describe()));
        ctx.report(ctx.range(claim.start, claim.end), "正文“" + said + "”说" + claim.what + "为 " + CellEdits.format(claim.number)
                + "，但统计表中" + where + "为 " + CellEdits.format(table.get()), related, List.of());
    }
}
