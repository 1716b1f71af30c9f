package nianbao.core.rules.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import nianbao.core.syntax.Block;
import nianbao.core.syntax.Paragraph;
import nianbao.core.syntax.ReportSyntax;
import nianbao.core.syntax.Section;
import nianbao.core.text.Chars;
import nianbao.core.text.SourceText;

/**
 * The prose of a report as the reader reads it: every paragraph outside the tables, with spaces removed, a line
 * broken inside a sentence (PDF wrap, page end) joined, full-width digits as ASCII, and for each character the
 * offset it came from. Built in one pass over the prose; the rules that read prose share one index per text.
 */
public final class ProseIndex {
    /** Marks a hard boundary: the end of a paragraph that ends a sentence, or of a section. */
    public static final char BREAK = '\n';

    /** Section {@code number} (0 for the text before the first heading) spans {@code [from, to)} of the text. */
    public record Part(int sectionNumber, int from, int to) {
    }

    private static final Map<SourceText, ProseIndex> CACHE = new WeakHashMap<>();

    private final char[] text;
    /**
     * Where the characters came from, as runs: run {@code k} starts at character {@code runAt[k]}, which came from
     * source offset {@code runFrom[k]}, and the run's next characters from the next offsets. Prose is read in runs
     * (a line, up to a space), so this is a small fraction of an offset per character; offsets are asked for only
     * where a finding is reported.
     */
    private final int[] runAt;
    private final int[] runFrom;
    private final int runs;
    private final int length;
    private final List<Part> parts;
    /** Characters visited while building; the scanner adds its own; tests bound the total by the input's size. */
    long steps;
    private List<ProseClaim> claims;
    private int claimsYear;

    private ProseIndex(char[] text, int[] runAt, int[] runFrom, int runs, int length, List<Part> parts, long steps) {
        this.text = text;
        this.runAt = runAt;
        this.runFrom = runFrom;
        this.runs = runs;
        this.length = length;
        this.parts = List.copyOf(parts);
        this.steps = steps;
    }

    /** The index of a report's prose, built once per text and shared by the rules that check it. */
    public static ProseIndex of(ReportSyntax syntax) {
        synchronized (CACHE) {
            ProseIndex cached = CACHE.get(syntax.source());
            if (cached != null) return cached;
        }
        ProseIndex built = build(syntax);
        synchronized (CACHE) {
            CACHE.put(syntax.source(), built);
        }
        return built;
    }

    static ProseIndex build(ReportSyntax syntax) {
        SourceText src = syntax.source();
        Builder b = new Builder(src, syntax);
        b.addPart(0, syntax.preamble());
        for (Section s : syntax.sections()) b.addPart(s.heading().sectionNumber(), s.blocks());
        return new ProseIndex(b.text, b.runAt, b.runFrom, b.runs, b.length, b.parts, b.steps);
    }

    public char charAt(int i) {
        return text[i];
    }

    /**
     * The characters themselves, for the tight scans of the rules in this package (a scan of the array with the bound
     * in a local costs half what the same scan through {@link #charAt} does): read only, valid below {@link #length()}.
     */
    char[] chars() {
        return text;
    }

    public int length() {
        return length;
    }

    /** The source offset of character {@code i}; for {@code i == length()} the end of the last character. */
    public int sourceOffset(int i) {
        return i < length ? offsetOf(i) : (length == 0 ? 0 : offsetOf(length - 1) + 1);
    }

    /** The source offset just past character {@code i - 1}: the end of a span ending before {@code i}. */
    public int sourceEnd(int i) {
        return i == 0 ? 0 : offsetOf(i - 1) + 1;
    }

    private int offsetOf(int i) {
        int k = java.util.Arrays.binarySearch(runAt, 0, runs, i);
        if (k < 0) k = -k - 2;
        return runFrom[k] + (i - runAt[k]);
    }

    public List<Part> parts() {
        return parts;
    }

    public String slice(int from, int to) {
        return new String(text, from, to - from);
    }

    /** Whether {@code word} stands at {@code at}. */
    public boolean startsWith(int at, String word) {
        if (at < 0 || at + word.length() > length) return false;
        for (int k = 0; k < word.length(); k++) {
            if (text[at + k] != word.charAt(k)) return false;
        }
        return true;
    }

    /** Whether {@code word} stands at {@code at} (given as an array: the cue words, compared at most characters). */
    boolean startsWith(int at, char[] word) {
        if (at < 0 || at + word.length > length) return false;
        for (int k = 0; k < word.length; k++) {
            if (text[at + k] != word[k]) return false;
        }
        return true;
    }

    /** The last start of {@code word} within {@code [from, to)}, or -1; callers keep the span short. */
    public int lastIndexOf(String word, int from, int to) {
        for (int at = to - word.length(); at >= from; at--) {
            steps++;
            if (startsWith(at, word)) return at;
        }
        return -1;
    }

    public boolean contains(String word, int from, int to) {
        return lastIndexOf(word, from, to) >= 0;
    }

    /** The statements of the prose (computed once per index). */
    synchronized List<ProseClaim> claims(int reportYear) {
        if (claims == null || claimsYear != reportYear) {
            claims = ProseScanner.claims(this, reportYear);
            claimsYear = reportYear;
        }
        return claims;
    }

    /** Whether section 六 states a number of fee notices (收费通知 3 件). */
    boolean hasNumberedFeeNotices() {
        return claims.stream().anyMatch(c -> c.kind() == ProseClaim.Kind.FEE_NOTICES && c.number() != null && c.section() == 6);
    }

    public long steps() {
        return steps;
    }

    static boolean endsSentence(char c) {
        return c == '。' || c == '！' || c == '？' || c == '；' || c == ';' || c == '!' || c == '?' || c == '：'
                || c == ':';
    }

    private static final class Builder {
        final SourceText src;
        final String all;
        char[] text;
        int[] runAt = new int[64];
        int[] runFrom = new int[64];
        int runs;
        /** The source offset of the last character appended. */
        int lastOffset = -2;
        int length;
        long steps;
        final List<Part> parts = new ArrayList<>();

        Builder(SourceText src, ReportSyntax syntax) {
            this.src = src;
            this.all = src.text();
            // Sized once: at most one character per source character of the prose, and one break per line and block.
            long capacity = 2 + syntax.preamble().size();
            for (Section s : syntax.sections()) capacity += 1 + capacity(s.blocks());
            capacity += capacity(syntax.preamble());
            int size = (int) Math.min(Integer.MAX_VALUE - 16, Math.max(16, capacity));
            text = new char[size];
        }

        private long capacity(List<Block> blocks) {
            long n = blocks.size();
            for (Block block : blocks) {
                if (!(block instanceof Paragraph p)) continue;
                n += src.lineEnd(p.lastLine()) - src.lineStart(p.firstLine()) + p.lastLine() - p.firstLine() + 1;
            }
            return n;
        }

        void addPart(int number, List<Block> blocks) {
            int from = length;
            for (Block block : blocks) {
                if (!(block instanceof Paragraph p)) {
                    hardBreak();
                    continue;
                }
                for (int line = p.firstLine(); line <= p.lastLine(); line++) {
                    nianbao.core.CheckCancellation.checkpoint(); // a superseded check stops within a line
                    int start = src.lineStart(line);
                    int end = src.lineContentEnd(line);
                    if (startsItem(start, end)) hardBreak();
                    appendLine(start, end);
                    if (length > from && endsSentence(text[length - 1])) hardBreak();
                }
            }
            hardBreak();
            parts.add(new Part(number, from, length));
        }

        /** A line that starts an item (（一）, 一、, 1., 一是) starts a new sentence even after an unfinished line. */
        private boolean startsItem(int start, int end) {
            int i = Chars.skipSpaces(all, start, end);
            if (i >= end) return false;
            char c = all.charAt(i);
            if (c == '（' || c == '(' || c == '【') return true;
            if (i + 1 < end && isDigitOrNumeral(c)) {
                char d = all.charAt(i + 1);
                return d == '、' || d == '.' || d == '．' || d == '是';
            }
            return false;
        }

        private static boolean isDigitOrNumeral(char c) {
            return c >= '0' && c <= '9' || c >= '０' && c <= '９' || ChineseNumerals.isNumeral(c);
        }

        /**
         * The characters of a line but its spaces, folded by {@link #normal}. The same as {@link #append} for each,
         * with the index's state in locals for the loop (every character of the prose passes here).
         */
        private void appendLine(int start, int end) {
            if (length + (end - start) > text.length) text = java.util.Arrays.copyOf(text, Math.max(2 * text.length, length + end - start));
            char[] t = text;
            int len = length;
            int last = lastOffset;
            // The line copied in bulk behind the index's end, then compacted in place (each character written at or
            // before where it was read): an array read per character instead of a String's charAt.
            all.getChars(start, end, t, len);
            int n = end - start;
            int from = len;
            for (int k = 0; k < n; k++) {
                char c = t[from + k];
                if (Chars.isSpace(c) || c == '\t') continue;
                int i = start + k;
                // A character that does not follow the last one in the source starts a run of offsets.
                if (len == 0 || i != last + 1) startRun(len, i);
                t[len++] = normal(c);
                last = i;
            }
            steps += n;
            length = len;
            lastOffset = last;
        }

        private void startRun(int at, int offset) {
            if (runs == runAt.length) {
                runAt = java.util.Arrays.copyOf(runAt, runs * 2);
                runFrom = java.util.Arrays.copyOf(runFrom, runs * 2);
            }
            runAt[runs] = at;
            runFrom[runs] = offset;
            runs++;
        }

        private void hardBreak() {
            if (length > 0 && text[length - 1] != BREAK) append(BREAK, lastOffset + 1);
        }

        private void append(char c, int offset) {
            if (length == text.length) text = java.util.Arrays.copyOf(text, length * 2);
            if (length == 0 || offset != lastOffset + 1) startRun(length, offset);
            text[length] = c;
            lastOffset = offset;
            length++;
        }

        private static char normal(char c) {
            if (c >= '０' && c <= '９') return (char) ('0' + (c - '０'));
            if (c == '％') return '%';
            if (c == '．') return '.';
            return c;
        }
    }
}
