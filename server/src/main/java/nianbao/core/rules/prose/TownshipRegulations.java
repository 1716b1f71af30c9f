package nianbao.core.rules.prose;

import java.util.ArrayList;
import java.util.List;

import nianbao.core.bind.BoundRow;
import nianbao.core.bind.BoundValue;
import nianbao.core.diag.RelatedLocation;
import nianbao.core.diag.Severity;
import nianbao.core.format.TableKind;
import nianbao.core.rules.RuleContext;
import nianbao.core.syntax.Block;
import nianbao.core.syntax.Paragraph;

/**
 * NB420: a 乡镇 or 街道 (named in the title) reporting 规章 other than 0. Townships and sub-districts cannot make
 * 规章 (《立法法》: only 国务院部门 and the 人民政府 of provinces and 设区的市 can), so the numbers belong to another row.
 */
public final class TownshipRegulations extends ProseRule {
    private static final int TITLE_LINES = 3;
    /** Compiled once (String.replaceAll compiles its pattern on every call). */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\u3000]");
    private static final java.util.regex.Pattern YEAR_AT_END = java.util.regex.Pattern.compile("\\d{4}年?$");
    private static final java.util.regex.Pattern YEAR_DIGITS = java.util.regex.Pattern.compile("\\d{4}$");

    public TownshipRegulations() {
        super("NB420", Severity.WARNING, "乡镇、街道的“规章”件数不为 0（乡镇、街道没有规章制定权）");
    }

    @Override
    public void check(RuleContext ctx) {
        String agency = agency(ctx);
        if (agency == null) return;
        BoundRow row = ctx.report().table(TableKind.ACTIVE).map(t -> t.rowById("b1-1")).orElse(null);
        if (row == null || row.valuesUnknown) return;
        List<BoundValue> nonZero = new ArrayList<>();
        for (BoundValue v : row.values) {
            if (v.value().isNumber() && v.value().number().signum() != 0) nonZero.add(v);
        }
        if (nonZero.isEmpty()) return;
        BoundValue first = nonZero.get(0);
        List<RelatedLocation> related = new ArrayList<>();
        for (BoundValue v : nonZero) related.add(new RelatedLocation(ctx.range(v), v.describe()));
        ctx.report(ctx.range(first), "“" + agency + "”是乡镇（街道），没有规章制定权，但" + first.describe() + "为 "
                + first.value().text().strip() + "：“规章”各栏应为 0，这些数字可能属于“行政规范性文件”", related, List.of());
    }

    private static boolean containsAnyOf(CharSequence text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) return true;
        }
        return false;
    }

    /** The agency the title names when it is a 乡镇 or 街道, else null. */
    static String agency(RuleContext ctx) {
        StringBuilder title = new StringBuilder();
        int lines = 0;
        for (Block b : ctx.syntax().preamble()) {
            if (!(b instanceof Paragraph p)) break;
            for (int line = p.firstLine(); line <= p.lastLine() && lines < TITLE_LINES; line++, lines++) {
                title.append(ctx.source().line(line).strip());
                if (title.indexOf("报告") >= 0 || title.indexOf("年报") >= 0) break;
            }
            if (title.indexOf("报告") >= 0 || lines >= TITLE_LINES) break;
        }
        // Every township suffix below holds one of these characters: a title with none of them names no township.
        if (!containsAnyOf(title, "镇乡街苏")) return null;
        String t = SPACES.matcher(title).replaceAll("");
        int end = t.length();
        for (String stop : new String[]{"政府信息公开", "信息公开", "年度", "年政府"}) {
            int at = t.indexOf(stop);
            if (at >= 0) end = Math.min(end, at);
        }
        String name = YEAR_DIGITS.matcher(YEAR_AT_END.matcher(t.substring(0, end)).replaceAll("")).replaceAll("");
        if (name.isEmpty() || name.length() > 40) return null;
        for (String suffix : new String[]{"镇人民政府", "乡人民政府", "街道办事处", "镇政府", "乡政府", "街道", "镇", "乡", "苏木"}) {
            if (name.endsWith(suffix) && !name.endsWith("城乡") && !name.endsWith("乡镇")) return name;
        }
        return null;
    }
}
