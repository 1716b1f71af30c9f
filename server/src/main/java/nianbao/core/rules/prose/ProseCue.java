package nianbao.core.rules.prose;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The literal words (cues, 提示词) that say what a number in the prose counts. The scanner looks them up by first
 * character and takes the longest at each position, so "上年结转" is one cue, not the scope word "上年".
 */
enum ProseCue {
    RECEIVED(true, "收到", "受理", "新收", "接收", "接到"),
    APPLICATION(false, "申请"),
    INCLUDES_CARRIED(false, "含上年结转", "包括上年结转", "含结转", "包含上年结转"),
    CARRIED(true, "上年结转", "上年度结转", "上一年度结转", "上一年结转", "结转上年", "往年结转"),
    NEXT(true, "结转下年", "结转至下年", "结转到下年", "结转下一年", "转入下年", "结转至下一年", "结转到下一年",
            "结转至明年", "结转到明年", "结转至次年", "结转到次年"),
    DONE(true, "办结", "已答复", "作出答复", "做出答复", "予以答复", "办理完毕", "答复完毕"),
    ALL_DONE(false, "全部办结", "均已办结", "已全部办结", "均办结", "全部办理完毕", "均已办理完毕", "全部答复完毕"),
    R12(true, "予以公开及部分公开", "予以公开和部分公开", "予以公开与部分公开", "公开和部分公开", "公开及部分公开"),
    R1(true, "予以公开", "同意公开"),
    R2(true, "部分公开"),
    R3(true, "不予公开"),
    R4(true, "无法提供"),
    R5(true, "不予处理"),
    R6(true, "其他处理"),
    REVIEW(true, "行政复议", "复议"),
    LAWSUIT(true, "行政诉讼", "诉讼"),
    ZERO_BOTH(false, "零复议零诉讼", "零复议、零诉讼", "零复议和零诉讼", "零复议与零诉讼"),
    ZERO_REVIEW(false, "零复议"),
    ZERO_LAWSUIT(false, "零诉讼"),
    NONE(false, "未发生", "没有发生", "未出现", "没有出现", "未收到", "未有", "无"),
    JOIN(false, "和", "与", "及", "、", "或"),
    UPHELD_ALL(false, "均获维持", "均被维持", "全部维持", "均予维持", "均维持", "均得到维持", "全部被维持"),
    NOT_CORRECTED(false, "无被纠正", "未被纠正", "没有被纠正", "无纠正", "均未被纠正", "未有被纠正", "未被撤销或纠正"),
    EACH(false, "各", "均"),
    /** A result of cases (维持 1 件): the number counts some of the cases, not all of them. */
    VERDICT(false, "维持", "纠正", "撤销", "审结", "驳回", "败诉", "胜诉", "确认违法", "结果", "调解", "撤诉", "终止"),
    REGULATION(true, "规章"),
    NORMATIVE(true, "规范性文件"),
    MADE(true, "制发", "印发", "出台", "制定", "新制作"),
    ABOLISHED(true, "废止"),
    IN_FORCE(true, "现行有效"),
    LICENSE(true, "行政许可"),
    PENALTY(true, "行政处罚"),
    COERCION(true, "行政强制"),
    DECISION(false, "决定", "作出", "办理", "办件"),
    FEE_CHARGE(true, "行政事业性收费"),
    FEE_NOTICE(true, "收费通知"),
    NO_NOTICE(false, "未发出", "没有发出", "未发放", "未开具", "未下发"),
    COLLECTED(false, "收取", "收缴"),
    NOT_COLLECTED(false, "未收取", "没有收取", "不收取", "未收费", "未曾收取", "无收费"),
    RATE(false, "率", "比例"),
    SCOPE(false, "全区", "全市", "全县", "全省", "全旗", "各乡镇", "各镇", "各街道", "各部门", "各单位", "各村",
            "上年", "去年", "上一年", "上年度", "同比", "较上年", "比上年", "增加", "减少", "增长", "下降", "累计",
            "历年", "以来", "往年", "前年", "近三年", "近年"),
    THIS_YEAR(false, "本年", "本年度", "今年"),
    PERIOD(false, "统计期限", "统计时限", "统计时间"),
    /** Words that contain a cue but mean something else. */
    IGNORE(false, "规章制度", "诉讼费", "无论", "无正当理由", "无法律", "规章和规范性文件", "复议前置", "未经复议",
            "复议后起诉", "延期答复", "延期办结", "逾期答复", "逾期办结", "当场答复", "延长答复");

    /** Whether the cue names what a number counts (rather than its scope or a qualifier). */
    final boolean names;
    final String[] words;

    ProseCue(boolean names, String... words) {
        this.names = names;
        this.words = words;
    }

    /** A word of a cue, for lookup; {@code chars} is the text as an array, compared with the prose in place. */
    record Word(String text, ProseCue cue, char[] chars) {
        Word(String text, ProseCue cue) {
            this(text, cue, text.toCharArray());
        }

        int length() {
            return chars.length;
        }
    }

    /**
     * The words of every cue by their first character, longest first: a plain array indexed by the character (all
     * first characters are CJK or ASCII, so no boxing and no hashing on a lookup made for every character of the
     * prose).
     */
    private static final Word[][] BY_FIRST = new Word[Character.MAX_VALUE + 1][];

    static {
        Map<Character, List<Word>> byFirst = new HashMap<>();
        for (ProseCue cue : values()) {
            for (String w : cue.words) byFirst.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(new Word(w, cue));
        }
        for (Map.Entry<Character, List<Word>> e : byFirst.entrySet()) {
            List<Word> words = e.getValue();
            words.sort((a, b) -> b.text.length() - a.text.length());
            BY_FIRST[e.getKey()] = words.toArray(new Word[0]);
        }
    }

    /** Whether some cue word starts with {@code c}. */
    static boolean startsAnyCue(char c) {
        return BY_FIRST[c] != null;
    }

    /** The longest cue word at {@code at}, or null. */
    static Word at(ProseIndex text, int at) {
        Word[] candidates = BY_FIRST[text.charAt(at)];
        if (candidates == null) return null;
        char second = at + 1 < text.length() ? text.charAt(at + 1) : 0;
        for (Word w : candidates) {
            text.steps++;
            char[] word = w.chars;
            // The first character is the same for all: the second turns most candidates away before a full compare.
            if (word.length > 1 && word[1] != second) continue;
            if (text.startsWith(at, word)) return w;
        }
        return null;
    }
}
