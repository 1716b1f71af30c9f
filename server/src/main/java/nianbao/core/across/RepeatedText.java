package nianbao.core.across;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nianbao.core.diag.RelatedLocation;
import nianbao.core.diag.Severity;
import nianbao.core.syntax.Block;
import nianbao.core.syntax.Paragraph;
import nianbao.core.syntax.Section;
import nianbao.core.text.Chars;
import nianbao.core.text.SourceText;

/**
 * NB503: sections 一 (总体情况) and 五 (存在的主要问题及改进情况) repeating last year's text. For each of the two
 * sections, the share of last year's sentences that stand verbatim (spaces aside) in this year's same section; above
 * half, assessors deduct points. Short sentences (fewer than {@value #MIN_LENGTH} characters) and sections of fewer
 * than {@value #MIN_SENTENCES} sentences are not judged: "一是…" alone repeats without being copied.
 */
final class RepeatedText implements CrossYearRule {
    static final int MIN_LENGTH = 10;
    static final int MIN_SENTENCES = 2;
    private static final int SHOWN = 3;

    @Override
    public String code() {
        return "NB503";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "第一、五部分的文字超过一半与上年报告逐字相同";
    }

    /** A sentence: its text without spaces, and where it stands. */
    private record Sentence(String key, int start, int end) {
    }

    @Override
    public void checkPair(YearPair pair, CrossYearFindings findings) {
        for (int number : new int[]{1, 5}) {
            Optional<Section> before = section(pair.previous(), number);
            Optional<Section> now = section(pair.current(), number);
            if (before.isEmpty() || now.isEmpty()) continue;
            Map<String, Sentence> last = sentences(pair.previous().result().source(), before.get());
            Map<String, Sentence> current = sentences(pair.current().result().source(), now.get());
            if (last.size() < MIN_SENTENCES) continue;
            List<Sentence> repeated = new ArrayList<>();
            for (String key : last.keySet()) {
                Sentence s = current.get(key);
                if (s != null) repeated.add(s);
            }
            if (repeated.size() * 2 <= last.size()) continue;
            int percent = Math.round(repeated.size() * 100f / last.size());
            String title = now.get().heading().title();
            String message = "“" + title + "”有 " + percent + "% 的句子（" + repeated.size() + "/" + last.size()
                    + " 句）与上年报告 " + pair.previous().displayName() + " 的同一部分逐字相同；超过一半时考核会扣分，请按本年度情况撰写";
            List<RelatedLocation> related = new ArrayList<>();
            SourceText source = pair.current().result().source();
            for (Sentence s : repeated.subList(0, Math.min(SHOWN, repeated.size()))) {
                related.add(new RelatedLocation(source.range(s.start, s.end), "与上年相同：" + source.text().substring(s.start, s.end)));
            }
            findings.report(pair.current(), CrossYearFindings.lineRange(pair.current(), now.get().heading().line()), message, related);
        }
    }

    private static Optional<Section> section(YearReport report, int number) {
        return report.result().syntax().sections().stream().filter(s -> s.heading().sectionNumber() == number).findFirst();
    }

    /** The section's prose split at 。！？；, each sentence once (the first place it stands). */
    private static Map<String, Sentence> sentences(SourceText source, Section section) {
        Map<String, Sentence> out = new LinkedHashMap<>();
        for (Block block : section.blocks()) {
            if (!(block instanceof Paragraph p)) continue;
            for (int line = p.firstLine(); line <= p.lastLine(); line++) {
                String text = source.line(line);
                int base = source.lineStart(line);
                int from = 0;
                for (int i = 0; i <= text.length(); i++) {
                    if (i < text.length() && "。！？；!?;".indexOf(text.charAt(i)) < 0) continue;
                    int start = Chars.skipSpaces(text, from, i);
                    int end = Math.min(text.length(), i + 1);
                    end = Chars.trimEnd(text, start, end);
                    String key = Chars.canonical(text.substring(start, end));
                    if (key.length() >= MIN_LENGTH) out.putIfAbsent(key, new Sentence(key, base + start, base + end));
                    from = i + 1;
                }
            }
        }
        return out;
    }
}
