package nianbao.core.rules.prose;

import java.util.List;

import nianbao.core.diag.Severity;
import nianbao.core.rules.RuleContext;
import nianbao.core.syntax.Section;
import nianbao.core.text.Chars;

/**
 * NB435: section 五 reports problems and what is done about them. A 五 that names problems but no measures (or
 * measures but no problem), or that is shorter than a sentence, does not. Empty or "无" is NB402's.
 */
public final class ProblemsAndMeasures extends ProseRule {
    /** Compiled once (String.replaceAll and matches compile their pattern on every call). */
    private static final java.util.regex.Pattern PUNCTUATION = java.util.regex.Pattern.compile("[\\p{P}\\p{S}]");
    private static final java.util.regex.Pattern NONE_ONLY = java.util.regex.Pattern.compile("暂?无");

    private static final List<String> PROBLEMS = List.of("问题", "不足", "差距", "短板", "有待", "不够", "不强", "薄弱",
            "欠缺", "仍需", "还需", "不到位", "不及时", "不全面", "不规范", "滞后", "单一");
    /** What announces a measure; "有待加强" is a problem, so verbs alone (加强, 完善) do not count. */
    private static final List<String> MEASURES = List.of("下一步", "措施", "改进", "今后", "计划", "对此", "拟", "将进一步",
            "将加强", "将继续", "将持续", "将严格", "将不断", "将着力", "将认真", "将切实", "将重点", "将完善", "将丰富",
            "将推进", "将提升", "将加大", "已加强", "着力", "整改");
    /** Fewer characters than this (punctuation left out) is less than a sentence about problems and measures. */
    private static final int MIN_LENGTH = 15;

    public ProblemsAndMeasures() {
        super("NB435", Severity.INFO, "第五部分只写了问题而无改进措施（或相反），或不足一句话");
    }

    @Override
    public void check(RuleContext ctx) {
        for (Section s : ctx.syntax().sections()) {
            if (s.heading().sectionNumber() != 5) continue;
            nianbao.core.text.SourceText src = ctx.source();
            StringBuilder body = new StringBuilder(Math.max(16, src.lineEnd(s.lastLine()) - src.lineStart(s.firstLine())));
            for (int i = s.firstLine() + 1; i <= s.lastLine(); i++) body.append(src.text(), src.lineStart(i), src.lineContentEnd(i));
            String text = Chars.canonical(body.toString());
            int letters = 0;
            for (int i = 0; i < text.length(); i++) if (Character.isLetterOrDigit(text.charAt(i))) letters++;
            if (letters == 0 || readsOnlyNone(text)) return; // NB402
            boolean problems = containsAny(text, PROBLEMS);
            boolean measures = containsAny(text, MEASURES);
            String message = null;
            if (letters < MIN_LENGTH) {
                message = "第五部分只有 " + letters + " 个字：应说明存在的主要问题及改进情况";
            } else if (problems && !measures) {
                message = "第五部分写了存在的问题，但没有写改进措施";
            } else if (measures && !problems) {
                message = "第五部分写了改进措施，但没有写存在的问题";
            }
            if (message != null) ctx.report(ctx.range(s.heading().start(), s.heading().end()), message);
            return;
        }
    }

    /**
     * Whether a text in canonical form reads "无" or "暂无" and nothing else but punctuation: NB402's finding, which
     * this rule leaves to it. More than two characters besides punctuation cannot, and the text is not copied to see.
     */
    public static boolean readsOnlyNone(String canonical) {
        return Chars.countBesidesPunctuation(canonical, 2) <= 2
                && NONE_ONLY.matcher(PUNCTUATION.matcher(canonical).replaceAll("")).matches();
    }

    private static boolean containsAny(String text, List<String> words) {
        for (String w : words) {
            if (text.contains(w)) return true;
        }
        return false;
    }
}
