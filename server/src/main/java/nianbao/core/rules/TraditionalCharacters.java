package nianbao.core.rules;

import java.util.LinkedHashSet;
import java.util.Set;

import nianbao.core.diag.Severity;
import nianbao.core.text.TraditionalChars;

/**
 * NB209: the report is written in traditional characters (繁体字). Its labels are bound as the official ones (folded
 * to simplified forms), so the author is told once, not at every label.
 */
final class TraditionalCharacters extends BaseRule {
    /** A stray traditional character in a quotation is not a report written in them. */
    private static final int MIN_DISTINCT = 3;
    private static final int EXAMPLES = 4;

    TraditionalCharacters() {
        super("NB209", Severity.INFO, "报告使用繁体字：标签已按简体字与官方格式比对");
    }

    @Override
    public void check(RuleContext ctx) {
        String text = ctx.source().text();
        Set<Character> seen = new LinkedHashSet<>();
        int first = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!TraditionalChars.isTraditional(c)) continue;
            if (first < 0) first = i;
            seen.add(c);
        }
        if (seen.size() < MIN_DISTINCT) return;
        StringBuilder examples = new StringBuilder();
        seen.stream().limit(EXAMPLES).forEach(c -> examples.append("“").append(c).append("”→“")
                .append(TraditionalChars.fold(c)).append("” "));
        ctx.report(ctx.range(first, first + 1), "报告使用繁体字（" + examples.toString().strip()
                + " 等 " + seen.size() + " 个字）：已按对应的简体字与官方格式比对；正式发布的报告应使用规范汉字（简体字）");
    }
}
