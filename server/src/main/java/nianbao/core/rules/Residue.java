package nianbao.core.rules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nianbao.core.diag.FixKind;
import nianbao.core.diag.Severity;
import nianbao.core.syntax.Block;
import nianbao.core.syntax.Paragraph;
import nianbao.core.syntax.ReportSyntax;
import nianbao.core.syntax.Section;
import nianbao.core.text.SourceText;
import nianbao.core.text.WordMarkers;

/**
 * NB404: what Word and PDF conversion leave in the text: bookmark markers, long runs of spaces inside a
 * sentence, and paragraphs cut in two by a page end.
 */
final class Residue extends BaseRule {
    /** Spaces of any width between two non-space characters; 8 or more is layout, not writing. */
    private static final Pattern SPACE_RUN = Pattern.compile("(?<=\\S)[ \\u3000\\u00A0]{8,}(?=\\S)");
    /** Characters a paragraph ends with; a long line ending otherwise, then a blank line, was cut by a page end. */
    private static final String SENTENCE_END = "。！？；：:;!?…”’」』）)】]";
    /** Anchored at the line's start and bounded, so that a long line costs no more than its first characters. */
    private static final Pattern STARTS_NEW_ITEM = Pattern.compile(
            "\\s*+([（(\\[【]|[一二三四五六七八九十]{1,6}[是、．.]|\\d{1,6}[、．.]|第[一二三四五六七八九十]|[\\u3000 ])");
    private static final int MIN_CUT_LINE = 40;

    Residue() {
        super("NB404", Severity.WARNING, "Word/PDF 转换残留（如“[bookmark: _GoBack]”、成串空格、被分页截断的段落）");
    }

    @Override
    public void check(RuleContext ctx) {
        SourceText src = ctx.source();
        String all = src.text();
        Matcher m = WordMarkers.MARKER.matcher(all);
        // Every marker starts with '[': the regex is tried only there (a find() tried it at every character).
        for (int at = all.indexOf('['); at >= 0; at = all.indexOf('[', at)) {
            if (!m.region(at, all.length()).lookingAt()) {
                at++;
                continue;
            }
            at = m.end();
            ctx.report(ctx.range(m.start(), m.end()), "Word 残留标记“" + m.group() + "”：应删除", List.of(),
                    List.of(ctx.replace("删除“" + m.group() + "”", FixKind.RESIDUE, m.start(), m.end(), "")));
        }
        ReportSyntax syntax = ctx.syntax();
        checkParagraphs(ctx, syntax.preamble());
        for (Section s : syntax.sections()) checkParagraphs(ctx, s.blocks());
    }

    /** Whether {@code [from, to)} holds 8 characters in a row of {@link #SPACE_RUN}'s class (the run's least length). */
    private static boolean hasSpaceRun(String text, int from, int to) {
        int run = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\u3000' || c == '\u00A0') {
                if (++run >= 8) return true;
            } else {
                run = 0;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    private static boolean endsSentence(String line) {
        String s = line.stripTrailing();
        return !s.isEmpty() && SENTENCE_END.indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    /**
     * A one-line paragraph, short and not ending a sentence, is a page header, a page number or a title, not the rest
     * of a cut sentence. Not joining it also keeps the fix stable: a joined line never becomes a new cut line.
     */
    private static boolean isStandaloneLine(SourceText src, Paragraph p) {
        if (p.firstLine() != p.lastLine()) return false;
        String line = src.line(p.firstLine());
        return line.strip().length() < MIN_CUT_LINE && !endsSentence(line);
    }

    private void checkParagraphs(RuleContext ctx, List<Block> blocks) {
        SourceText src = ctx.source();
        for (int b = 0; b < blocks.size(); b++) {
            if (!(blocks.get(b) instanceof Paragraph p)) continue;
            for (int line = p.firstLine(); line <= p.lastLine(); line++) {
                nianbao.core.CheckCancellation.checkpoint(); // a superseded check stops within a line
                // Most lines have no run of 8 spaces at all: found by a plain scan, before any regex.
                if (!hasSpaceRun(src.text(), src.lineStart(line), src.lineContentEnd(line))) continue;
                Matcher run = SPACE_RUN.matcher(src.line(line));
                while (run.find()) {
                    int base = src.lineStart(line);
                    // Between two numbers ("18        1", a table row read as text) the run keeps them apart: deleting
                    // it whole would make one number of two, so one space stays.
                    String text = src.line(line);
                    boolean apart = isDigit(text.charAt(run.start() - 1)) && isDigit(text.charAt(run.end()));
                    ctx.report(Severity.INFO, ctx.range(base + run.start(), base + run.end()),
                            "句中有连续 " + run.group().length() + " 个空格（排版残留）：" + (apart ? "应只留一个空格" : "应删除"),
                            List.of(ctx.replace("删除多余空格", FixKind.RESIDUE, base + run.start(), base + run.end(),
                                    apart ? " " : "")));
                }
            }
            if (b + 1 < blocks.size() && blocks.get(b + 1) instanceof Paragraph next && next.firstLine() == p.lastLine() + 2) {
                String last = src.line(p.lastLine());
                String first = src.line(next.firstLine());
                if (last.strip().length() >= MIN_CUT_LINE && !endsSentence(last)
                        && !STARTS_NEW_ITEM.matcher(first).lookingAt() && !isStandaloneLine(src, next)) {
                    // Trailing spaces of the cut line go too: kept, they would make a run of spaces inside the sentence.
                    int from = src.lineStart(p.lastLine()) + last.stripTrailing().length();
                    int to = src.lineStart(next.firstLine());
                    ctx.report(Severity.INFO, ctx.lineRange(p.lastLine()), "段落在此处被分页截断：第 " + (p.lastLine() + 1)
                                    + " 行与第 " + (next.firstLine() + 1) + " 行是同一段，应连在一起",
                            List.of(ctx.replace("合并为一段", FixKind.RESIDUE, from, to, "")));
                }
            }
        }
    }
}
