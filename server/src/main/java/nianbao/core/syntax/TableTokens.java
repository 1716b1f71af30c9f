package nianbao.core.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import nianbao.core.text.Chars;
import nianbao.core.text.SourceText;
import nianbao.core.text.WordMarkers;

/**
 * A line of a table that has no cell separators, split at runs of spaces into text pieces and the values that
 * end it. Columns are counted in characters, as {@code pdftotext -layout} aligns them (a form feed is not one).
 */
final class TableTokens {
    private static final Pattern VALUE = Pattern.compile(
            "[-+]?[0-9０-９]+(?:[.,．，][0-9０-９]+)*%?|[/／\\\\—–\\-－×]{1,2}|无");
    /** Page numbers as PDF tools print them: -3-, — 3 —, 第 3 页, 第3页 共10页, 3/10. */
    private static final Pattern PAGE_MARK = Pattern.compile(
            "^[-—–－―]+\\s*[0-9０-９]{1,3}\\s*[-—–－―]+$|^第\\s*[0-9０-９]{1,3}\\s*页(?:\\s*[，,、/]?\\s*共\\s*[0-9０-９]{1,3}\\s*页)?$"
                    + "|^[0-9０-９]{1,3}\\s*/\\s*[0-9０-９]{1,3}$");
    private static final Pattern BARE_NUMBER = Pattern.compile("^[0-9０-９]{1,3}$");

    private TableTokens() {
    }

    /** A run of non-space characters: its offsets, its character column in the line, its text. */
    record Token(int start, int end, int col, String text, int line) {
        Cell cell() {
            return new Cell(start, end, text, line);
        }
    }

    /**
     * @param texts  the text pieces, left to right
     * @param values the values that end the line (numbers and placeholders such as "/" or "—")
     * @param widestGap the widest run of spaces between two pieces, in columns
     */
    record LineTokens(int line, List<Token> texts, List<Token> values, int widestGap, int gapBeforeValues) {
        boolean hasValues() {
            return !values.isEmpty();
        }

        boolean isEmpty() {
            return texts.isEmpty() && values.isEmpty();
        }
    }

    static LineTokens of(SourceText source, int line) {
        String text = source.line(line);
        int base = source.lineStart(line);
        List<Token> tokens = new ArrayList<>();
        List<Integer> gaps = new ArrayList<>();
        int col = 0;
        int gap = 0;
        int i = 0;
        java.util.regex.Matcher marker = null;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '[') {
                // Word markers take no place: the line reads as it will once NB404 has removed them.
                if (marker == null) marker = WordMarkers.MARKER.matcher(text);
                if (marker.region(i, text.length()).lookingAt()) {
                    i = marker.end();
                    continue;
                }
            }
            if (c == '\f') {
                i++;
                continue;
            }
            if (c == '\t' || Chars.isSpace(c)) {
                gap += c == '\t' ? 2 : 1;
                col++;
                i++;
                continue;
            }
            int s = i;
            int startCol = col;
            while (i < text.length() && text.charAt(i) != '\t' && !Chars.isSpace(text.charAt(i))) {
                if (text.charAt(i) == '[') {
                    if (marker == null) marker = WordMarkers.MARKER.matcher(text);
                    if (marker.region(i, text.length()).lookingAt()) {
                        i = marker.end();
                        continue;
                    }
                }
                i++;
                col++;
            }
            int e = WordMarkers.trimEnd(text, s, i);
            tokens.add(new Token(base + s, base + e, startCol, WordMarkers.strip(text.substring(s, e)), line));
            gaps.add(gap);
            gap = 0;
        }
        int firstValue = tokens.size();
        while (firstValue > 0 && isValue(tokens.get(firstValue - 1).text())) firstValue--;
        int widest = 0;
        for (int k = 1; k < gaps.size(); k++) widest = Math.max(widest, gaps.get(k));
        int before = firstValue > 0 && firstValue < tokens.size() ? gaps.get(firstValue) : 0;
        return new LineTokens(line, List.copyOf(tokens.subList(0, firstValue)),
                List.copyOf(tokens.subList(firstValue, tokens.size())), widest, before);
    }

    static boolean isValue(String token) {
        return VALUE.matcher(token).matches();
    }

    /**
     * Whether a label starts with a numbering: 一、 · （一） · (1) · 1. · 1、 (not "1.5"); the pattern
     * {@code ^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十0-9０-９]{1,3}[）)]|[0-9０-９]{1,2}(?:[、．]|\.(?![0-9０-９])))}
     * by a scan: this runs on cells of every table row, where the pattern's matchers were a tenth of the table
     * reader's allocation. {@code HeadingNumberTest} holds the scan to the pattern on random texts.
     */
    static boolean isNumbered(String text) {
        int n = text.length();
        if (n == 0) return false;
        char c = text.charAt(0);
        if (HeadingNumber.isNumeral(c)) {
            // 一、 二． 十一. : one to three numerals, then 、 ． or .
            int k = run(text, 3, true);
            return k < n && k <= 3 && "、．.".indexOf(text.charAt(k)) >= 0;
        }
        if (c == '（' || c == '(') {
            // （一） (1) （１） : one to three numerals or digits in brackets
            int k = 1;
            while (k < n && k <= 4 && (HeadingNumber.isNumeral(text.charAt(k)) || HeadingNumber.isDigit(text.charAt(k)))) {
                k++;
            }
            return k > 1 && k <= 4 && k < n && (text.charAt(k) == '）' || text.charAt(k) == ')');
        }
        if (HeadingNumber.isDigit(c)) {
            // 1、 1． 12. (but not 1.5): one or two digits, then 、 ． or a . no digit follows
            int k = run(text, 2, false);
            if (k >= n || k > 2) return false;
            char sep = text.charAt(k);
            return sep == '、' || sep == '．' || (sep == '.' && (k + 1 >= n || !HeadingNumber.isDigit(text.charAt(k + 1))));
        }
        return false;
    }

    /** The length of the run of numerals (or digits) the text starts with, counted up to {@code max + 1}. */
    private static int run(String text, int max, boolean numerals) {
        int k = 0;
        while (k < text.length() && k <= max) {
            char c = text.charAt(k);
            if (numerals ? !HeadingNumber.isNumeral(c) : !HeadingNumber.isDigit(c)) break;
            k++;
        }
        return k;
    }

    /**
     * A value line for finding a table: several values, or a label and a value set apart by a column gap
     * ("行政许可      56"); never prose that happens to end in a number ("…开展业务培训 2").
     */
    static boolean isValueLine(LineTokens t) {
        if (t.values().size() >= 2) return true;
        return t.values().size() == 1 && !t.texts().isEmpty() && t.gapBeforeValues() >= 2;
    }

    /** A page number, or a running header (the agency's name, the report's title) printed inside a table. */
    static boolean isPageMark(SourceText source, LineTokens t) {
        String line = source.line(t.line()).strip().replace("\f", "");
        if (PAGE_MARK.matcher(line).matches()) return true;
        if (BARE_NUMBER.matcher(line).matches()) {
            // A bare number is a page number at a page end (the next page starts with a form feed), else a value.
            boolean pageEnd = t.line() + 1 < source.lineCount() && source.line(t.line() + 1).indexOf('\f') >= 0;
            return pageEnd || source.line(t.line()).indexOf('\f') >= 0;
        }
        if (t.hasValues() || t.texts().size() != 1) return false;
        String piece = t.texts().get(0).text();
        if (piece.length() < 4 || isNumbered(piece)) return false;
        if (piece.endsWith("年度报告")) return true;
        String title = firstLine(source);
        return title.startsWith(piece) && !title.equals(piece);
    }

    private static String firstLine(SourceText source) {
        for (int i = 0; i < Math.min(source.lineCount(), 10); i++) {
            String l = source.line(i).strip();
            if (!l.isEmpty()) return l.replace("\f", "");
        }
        return "";
    }
}
