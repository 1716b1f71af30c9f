package nianbao.core.rules;

import java.util.HashMap;
import java.util.Map;

import nianbao.core.diag.Severity;
import nianbao.core.syntax.Heading;
import nianbao.core.syntax.Section;

/** NB102: sections in the official order, each once. */
final class SectionOrder extends BaseRule {
    SectionOrder() {
        super("NB102", Severity.ERROR, "章节顺序错误或重复");
    }

    @Override
    public void check(RuleContext ctx) {
        Map<Integer, Integer> firstLine = new HashMap<>();
        // One message per repeated section: a report pasted many times repeats each section hundreds of times.
        Map<Integer, String> repeated = new HashMap<>();
        int highest = 0;
        for (Section s : ctx.syntax().sections()) {
            Heading h = s.heading();
            int n = h.sectionNumber();
            Integer first = firstLine.get(n);
            if (first != null) {
                String message = repeated.get(n);
                if (message == null) {
                    message = Names.section(ctx.spec(), n) + "重复出现（第一次在第 " + (first + 1) + " 行）";
                    repeated.put(n, message);
                }
                ctx.report(ctx.range(h.start(), h.end()), message);
                continue;
            }
            firstLine.put(n, h.line());
            if (n < highest) {
                ctx.report(ctx.range(h.start(), h.end()), Names.section(ctx.spec(), n) + "出现在"
                        + Names.section(ctx.spec(), highest) + "之后：应按一至六的顺序排列");
            }
            highest = Math.max(highest, n);
        }
    }
}
