package nianbao.core.syntax;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nianbao.core.format.FormatSpec;
import nianbao.core.format.FormatVersion;
import nianbao.core.format.NumberingStyle;
import nianbao.core.text.Chars;
import nianbao.core.text.Similarity;

/**
 * Recognises the six section headings in any numbering authors use ("一、", "2、 ", "1.", none), and tells them
 * apart from table rows that start the same way ("一、本年新收…", "四、结转下年度继续办理").
 */
final class HeadingMatcher {
    /** Word residue that can stand before a heading on the same line. */
    static final Pattern LEADING_RESIDUE = Pattern.compile("^(?:\\s*\\[bookmark:[^\\]]*\\])+");
    private static final int MAX_HEADING_LENGTH = 60;
    /** Lines longer than this are no heading (leading residue and spaces included). */
    static final int MAX_LINE_LENGTH = MAX_HEADING_LENGTH + 40;
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[：:。.；;]+$");

    /** Arrays, not lists: read for every short line. */
    private final String[] titles;
    private final String[] rowLabels;
    /** No key longer than this can be a heading (see the length test against the best title below). */
    private final int maxKeyLength;

    HeadingMatcher() {
        FormatSpec spec = FormatSpec.load(FormatVersion.V2021);
        titles = spec.sections.stream().map(s -> Chars.canonical(s.title)).toArray(String[]::new);
        rowLabels = spec.tables.requests.rows.stream().map(r -> Chars.canonical(stripNumber(r.label))).toArray(String[]::new);
        int longest = 0;
        for (String t : titles) longest = Math.max(longest, t.length());
        maxKeyLength = longest * 3 / 2 + 4;
    }

    /** The heading on this line, or null. {@code lineStart} is the line's offset in the text. */
    Heading match(int lineIndex, int lineStart, String line) {
        return match(lineIndex, lineStart, line, 0, line.length());
    }

    /**
     * The heading on the line that is {@code text} from {@code from} to {@code to} (the line starts at source offset
     * {@code lineStart}), read in place: most lines are not headings and are not copied out of the text.
     */
    Heading match(int lineIndex, int lineStart, String text, int from, int to) {
        if (to - from > MAX_LINE_LENGTH) return null;
        int p = from;
        if (startsWithBracket(text, from, to)) {
            Matcher residue = LEADING_RESIDUE.matcher(text).region(from, to);
            if (residue.find()) p = residue.end();
        }
        p = Chars.skipSpaces(text, p, to);
        int end = Chars.trimEnd(text, p, to);
        if (end - p > MAX_HEADING_LENGTH || end <= p) return null;
        // A numbering starts with 第, a numeral or a digit: any other first character cannot start one.
        HeadingNumber num = mayBeNumbered(text.charAt(p)) ? HeadingNumber.at(text, p, end) : null;
        boolean numbered = num != null;
        int titleOffset = numbered ? num.end() : 0;
        // Most short lines are prose (a PDF's lines are all short): too long for a key by a count, without a copy.
        if (keyLengthAtLeast(text, p + titleOffset, end) > maxKeyLength) return null;
        // The key is read from the text in place.
        String key = withoutTrailingPunctuation(Chars.canonical(text, p + titleOffset, end));
        // Offsets within the line from here on, as the heading reports them.
        int lineP = p - from;
        int lineEnd = end - from;
        // Longer than any title allows (the test on the best title below): no similarity to compute.
        if (key.isEmpty() || key.length() > maxKeyLength) return null;
        double needed = numbered ? 0.6 : 0.9;
        int best = -1;
        double bestScore = 0;
        for (int i = 0; i < titles.length; i++) {
            // A title whose length alone keeps it below the score needed cannot make a heading (nor beat one that can).
            if (upperBound(key, titles[i]) < needed) continue;
            double s = Similarity.of(key, titles[i]);
            if (s > bestScore) {
                bestScore = s;
                best = i;
            }
        }
        if (best < 0 || bestScore < needed) return null;
        if (key.length() > titles[best].length() * 3 / 2 + 4) return null;
        for (String row : rowLabels) {
            if (upperBound(key, row) <= bestScore) continue;
            if (Similarity.of(key, row) > bestScore) return null;
        }
        int numberStart = lineStart + lineP;
        int numberEnd = lineStart + lineP + titleOffset;
        String numbering = numbered ? text.substring(p, p + titleOffset) : "";
        int value = numbered ? NumberingStyle.value(text.substring(p + num.numeralStart(), p + num.numeralEnd())) : -1;
        String title = text.substring(p + titleOffset, end);
        return new Heading(lineIndex, lineStart + lineP, lineStart + lineEnd, numbering, numberStart, numberEnd, value,
                title, numberEnd, lineStart + lineEnd, best + 1);
    }

    /**
     * A lower bound of the length of the key ({@link Chars#canonical} less trailing punctuation) of {@code text} from
     * {@code from} to {@code to}, counted in place: every fold-stable character canonical form keeps stays one
     * character (merged by nothing: only a combining mark, which is not fold-stable, composes with the character
     * before it), and trimming the key's end stops at its last ideograph.
     */
    static int keyLengthAtLeast(String text, int from, int to) {
        int last = to - 1;
        while (last >= from && !isIdeograph(text.charAt(last))) last--;
        int n = 0;
        for (int i = from; i <= last; i++) {
            char c = text.charAt(i);
            if (Chars.isFoldStable(c) && !Chars.isDroppedFromCanonical(c)) n++;
        }
        return n;
    }

    private static boolean isIdeograph(char c) {
        return c >= '\u4E00' && c <= '\u9FFF';
    }

    /** Whether the first character after regex spaces ({@code \\s}) is '[', as {@link #LEADING_RESIDUE} needs. */
    private static boolean startsWithBracket(String text, int from, int to) {
        int i = from;
        while (i < to && isRegexSpace(text.charAt(i))) i++;
        return i < to && text.charAt(i) == '[';
    }

    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean mayBeNumbered(char c) {
        return c == '第' || HeadingNumber.isNumeral(c) || HeadingNumber.isDigit(c);
    }

    /** The most {@link Similarity#of} can give two strings of these lengths: every unit of difference is an edit. */
    private static double upperBound(String a, String b) {
        int max = Math.max(a.length(), b.length());
        return max == 0 ? 1.0 : 1.0 - (double) Math.abs(a.length() - b.length()) / max;
    }

    /** {@code key} without trailing {@link #TRAILING_PUNCTUATION}, by a scan (the regex where a final line terminator makes its {@code $} subtle). */
    static String withoutTrailingPunctuation(String key) {
        int end = key.length();
        if (end > 0 && isLineTerminator(key.charAt(end - 1))) return TRAILING_PUNCTUATION.matcher(key).replaceAll("");
        while (end > 0 && "：:。.；;".indexOf(key.charAt(end - 1)) >= 0) end--;
        return end == key.length() ? key : key.substring(0, end);
    }

    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    static String stripNumber(String label) {
        Matcher m = NumberingStyle.match(label);
        return m == null ? label : label.substring(m.end());
    }
}
