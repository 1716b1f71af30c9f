package nianbao.core.rules.prose;

import java.util.ArrayList;
import java.util.List;

import nianbao.core.diag.Severity;
import nianbao.core.rules.RuleContext;

/**
 * NB430: enumerations out of order, repeated or skipping a number: "一是 … 三是 … 二是", "一是 … 三是 … 三是",
 * "（一）（二）（四）". An enumeration starts again at 一; one finding per enumeration, at its first misplaced item.
 */
public final class EnumerationOrder extends ProseRule {
    private static final String NUMERALS = "一二三四五六七八九十";

    public EnumerationOrder() {
        super("NB430", Severity.INFO, "列举序号顺序错误、重复或跳号（一是……三是……二是；（一）（二）（四））");
    }

    private record Item(int start, int end, int value, String text) {
    }

    @Override
    public void check(RuleContext ctx) {
        ProseIndex text = ProseIndex.of(ctx.syntax());
        for (ProseIndex.Part part : text.parts()) {
            List<Item> is = new ArrayList<>();
            List<Item> parens = new ArrayList<>();
            char[] chars = text.chars();
            int to = part.to();
            for (int i = part.from(); i < to; i++) {
                i = nextItemStart(chars, i, to);
                if (i >= to) break;
                char c = text.charAt(i);
                // The rare '是' first: the numeral look-up on every character of the prose was the rule's cost.
                if (i + 1 < part.to() && text.charAt(i + 1) == '是') {
                    int value = ChineseNumerals.oneToTen(c);
                    if (value > 0 && startsClause(text, i, part.from())) {
                        add(ctx, text, is, new Item(i, i + 2, value, text.slice(i, i + 2)));
                    }
                } else if ((c == '（' || c == '(') && (i == part.from() || text.charAt(i - 1) == ProseIndex.BREAK)
                        && i + 2 < part.to() && NUMERALS.indexOf(text.charAt(i + 1)) >= 0
                        && (text.charAt(i + 2) == '）' || text.charAt(i + 2) == ')')) {
                    add(ctx, text, parens, new Item(i, i + 3, NUMERALS.indexOf(text.charAt(i + 1)) + 1, text.slice(i, i + 3)));
                }
            }
            report(ctx, text, is);
            report(ctx, text, parens);
        }
    }

    /**
     * The first position from {@code i} that may start an item, or {@code to}: one followed by 是, or an opening
     * parenthesis. A scan of the array: nearly every character of the prose starts none.
     */
    private static int nextItemStart(char[] t, int i, int to) {
        for (; i < to; i++) {
            char c = t[i];
            if (c == '（' || c == '(' || i + 1 < to && t[i + 1] == '是') return i;
        }
        return to;
    }

    private static boolean startsClause(ProseIndex text, int i, int from) {
        if (i == from) return true;
        char p = text.charAt(i - 1);
        return p == ProseIndex.BREAK || "。；;，,：:、）)".indexOf(p) >= 0;
    }

    /** Adds an item; an item 一 closes the enumeration before it. */
    private static void add(RuleContext ctx, ProseIndex text, List<Item> items, Item item) {
        if (item.value == 1 && !items.isEmpty()) report(ctx, text, items);
        items.add(item);
    }

    private static void report(RuleContext ctx, ProseIndex text, List<Item> items) {
        Item misplaced = null;
        for (int k = 1; k < items.size(); k++) {
            if (items.get(k).value != items.get(k - 1).value + 1) {
                misplaced = items.get(k);
                break;
            }
        }
        if (misplaced != null && items.get(0).value == 1) {
            StringBuilder seq = new StringBuilder();
            StringBuilder expected = new StringBuilder();
            for (int k = 0; k < items.size(); k++) {
                if (k > 0) {
                    seq.append('、');
                    expected.append('、');
                }
                seq.append(items.get(k).text);
                expected.append(items.get(k).text.replace(items.get(k).text.charAt(items.get(k).text.length() == 2 ? 0 : 1),
                        NUMERALS.charAt(Math.min(k, NUMERALS.length() - 1))));
            }
            ctx.report(ctx.range(text.sourceOffset(misplaced.start), text.sourceEnd(misplaced.end)),
                    "列举序号依次为“" + seq + "”：应为“" + expected + "”（“" + misplaced.text + "”顺序错误、重复或跳号）");
        }
        items.clear();
    }
}
