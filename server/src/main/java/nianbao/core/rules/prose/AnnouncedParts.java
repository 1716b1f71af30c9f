package nianbao.core.rules.prose;

import nianbao.core.diag.Severity;
import nianbao.core.rules.RuleContext;

/**
 * NB431: the introduction announces the report's parts ("由总体情况、……、其他需要报告的事项六部分组成"): the number
 * it names must match the parts it lists and the sections the report has.
 */
public final class AnnouncedParts extends ProseRule {
    /** How far back from "N部分" the list of parts may start. */
    private static final int LIST_WINDOW = 200;

    public AnnouncedParts() {
        super("NB431", Severity.INFO, "引言所说的部分数与所列部分或报告实际章节数不一致");
    }

    @Override
    public void check(RuleContext ctx) {
        ProseIndex text = ProseIndex.of(ctx.syntax());
        for (ProseIndex.Part part : text.parts()) {
            if (part.sectionNumber() > 1) return;
            // "六部分", "六个部分": found by their 部分 in a scan of the array (nearly every character is something
            // else), then by the numeral before it; the first in the text, as a scan from each numeral finds it.
            char[] t = text.chars();
            for (int k = part.from() + 1; k < part.to() && k + 1 < text.length(); k++) {
                if (t[k] != '部' || t[k + 1] != '分') continue;
                int i = t[k - 1] == '个' ? k - 2 : k - 1;
                if (i < part.from() || i + 2 >= part.to()) continue;
                int n = ChineseNumerals.oneToTen(t[i]);
                if (n < 2) continue;
                check(ctx, text, part.from(), i, k + 2, n);
                return;
            }
        }
    }

    private void check(RuleContext ctx, ProseIndex text, int from, int numeral, int end, int announced) {
        int listStart = -1;
        int windowStart = Math.max(from, numeral - LIST_WINDOW);
        for (String lead : new String[]{"由", "包括", "包含", "分为"}) {
            int at = text.lastIndexOf(lead, windowStart, numeral);
            if (at >= 0 && at + lead.length() > listStart) listStart = at + lead.length();
        }
        // only the sentence that presents the report itself: "本报告……六部分组成"
        boolean aboutReport = text.contains("报告", windowStart, numeral);
        boolean composed = text.contains("组成", end, Math.min(text.length(), end + 4));
        if (!aboutReport || listStart < 0 && !composed) return;
        int listed = 0;
        if (listStart >= 0) {
            int pieces = 1;
            boolean sentenceBreak = false;
            for (int k = listStart; k < numeral; k++) {
                char c = text.charAt(k);
                if (c == '、') pieces++;
                if (c == '。' || c == ProseIndex.BREAK || c == '；') sentenceBreak = true;
            }
            if (!sentenceBreak && pieces >= 3) {
                String last = text.slice(Math.max(listStart, numeral - 30), numeral);
                listed = pieces + (last.contains("和其他") || last.contains("及其他") || last.contains("以及其他") ? 1 : 0);
            }
        }
        int sections = ctx.syntax().sections().size();
        String said = text.slice(numeral, end);
        String message = null;
        if (listed > 0 && listed != announced) {
            message = "引言说报告由“" + said + "”组成，但列出了 " + listed + " 个部分";
        } else if (sections >= 2 && sections != announced && announced != ctx.spec().sections.size()) {
            // a report with the official number of parts announced and one missing is NB101's finding
            message = "引言说报告由“" + said + "”组成，但报告有 " + sections + " 个部分";
        }
        if (message != null) ctx.report(ctx.range(text.sourceOffset(numeral), text.sourceEnd(end)), message);
    }
}
