package nianbao.core.rules.prose;

import java.util.List;
import java.util.Set;

import nianbao.core.diag.FixKind;
import nianbao.core.diag.Severity;
import nianbao.core.rules.RuleContext;

/**
 * NB432: a word typed twice: "资金资金", "信息公开信息公开", and "的的".
 * Chinese doubles many words on purpose (常常, 人人, 看看, 天天, 一一, 个个, 年年, 研究研究), so a single character
 * counts only when it is one of the function words below, and a doubled word only when it is not a verb said twice.
 */
public final class RepeatedWords extends ProseRule {
    /**
     * Single characters that never double. Most function words can: 是是否 (是 + 是否), 存在在线 (存在 + 在线),
     * 对对方, 作为为民; so only 的, and not before 确 (的确).
     */
    private static final String NEVER_DOUBLED = "的";
    private static final Set<String> SAID_TWICE = Set.of("研究", "讨论", "商量", "考虑", "学习", "了解", "休息", "打扫",
            "整理", "检查", "活动", "锻炼", "交流", "沟通", "说明", "介绍", "比较", "认识", "体验", "尝试", "清理");

    public RepeatedWords() {
        super("NB432", Severity.INFO, "词语重复（如“资金资金”“的的”）");
    }

    @Override
    public void check(RuleContext ctx) {
        ProseIndex text = ProseIndex.of(ctx.syntax());
        for (ProseIndex.Part part : text.parts()) {
            char[] chars = text.chars();
            int to = part.to();
            int i = part.from();
            while (i < to) {
                i = nextRepeatable(chars, i, to);
                if (i >= to) break;
                int len = repeatAt(text, i, to);
                if (len == 0) {
                    i++;
                    continue;
                }
                String word = text.slice(i, i + len);
                // a heading line followed by a sentence that starts with the same words is not a slip
                if (ctx.source().lineOf(text.sourceOffset(i)) != ctx.source().lineOf(text.sourceEnd(i + 2 * len) - 1)) {
                    i += len;
                    continue;
                }
                int start = text.sourceEnd(i + len);
                int end = text.sourceEnd(i + 2 * len);
                ctx.report(ctx.range(text.sourceOffset(i), end), "“" + word + word + "”：“" + word + "”重复了一次，应删去一个", List.of(),
                        List.of(ctx.replace("删除重复的“" + word + "”", FixKind.PROSE_EDIT, start, end, "")));
                i += 2 * len;
            }
        }
    }

    /**
     * The first position from {@code i} whose character comes again within the next four (where any repeat of a word
     * of one to four characters starts), or {@code to}: a scan of the array, as most positions start none.
     */
    private static int nextRepeatable(char[] t, int i, int to) {
        for (; i < to; i++) {
            char c = t[i];
            if (i + 1 < to && t[i + 1] == c || i + 2 < to && t[i + 2] == c || i + 3 < to && t[i + 3] == c
                    || i + 4 < to && t[i + 4] == c) {
                return i;
            }
        }
        return to;
    }

    /** The length of a word at {@code i} that is immediately repeated, or 0. */
    private static int repeatAt(ProseIndex text, int i, int to) {
        char c = text.charAt(i);
        if (!isIdeograph(c)) return 0;
        if (i + 1 < to && text.charAt(i + 1) == c) {
            boolean runOfThree = i + 2 < to && text.charAt(i + 2) == c || i > 0 && text.charAt(i - 1) == c;
            boolean aabb = i + 3 < to && text.charAt(i + 2) == text.charAt(i + 3); // 的的确确
            boolean word = i + 2 < to && text.charAt(i + 2) == '确'; // ……的的确如此: 的 + 的确
            aabb |= word;
            return NEVER_DOUBLED.indexOf(c) >= 0 && !runOfThree && !aabb ? 1 : 0;
        }
        // A word of 2 to 4 characters repeated starts again with c at i + 2, i + 3 or i + 4: most positions have none.
        if (!(i + 2 < to && text.charAt(i + 2) == c) && !(i + 3 < to && text.charAt(i + 3) == c)
                && !(i + 4 < to && text.charAt(i + 4) == c)) {
            return 0;
        }
        for (int len = 2; len <= 4; len++) {
            if (i + 2 * len > to) return 0;
            if (text.charAt(i + len) != c) continue; // the first characters already differ
            boolean same = true;
            boolean allIdeographs = true;
            for (int k = 0; k < len && same; k++) {
                char a = text.charAt(i + k);
                same = a == text.charAt(i + len + k);
                allIdeographs &= isIdeograph(a);
            }
            if (!same || !allIdeographs) continue;
            String word = text.slice(i, i + len);
            // 一步一步, 一件一件: a numeral and its measure word said twice is how Chinese says "one by one"
            if (word.chars().distinct().count() < len || SAID_TWICE.contains(word) || ChineseNumerals.isNumeral(word.charAt(0))) {
                return 0;
            }
            return len;
        }
        return 0;
    }

    /** CJK unified ideographs (basic block, extension A) and compatibility ideographs: a range test, no table lookup. */
    private static boolean isIdeograph(char c) {
        return c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF' || c >= '\uF900' && c <= '\uFAFF';
    }
}
