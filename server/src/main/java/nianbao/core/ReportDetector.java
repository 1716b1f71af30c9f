package nianbao.core;

/**
 * Tells whether a text opened as plain text is a 政府信息公开工作年度报告, so that editors check reports saved as
 * {@code .txt} and leave every other text file alone. Only the start of the text is read: the title stands there,
 * and in short reports table 三 too. The VS Code extension's detector ({@code vscode-client/src/detect.ts}) uses the
 * same window and patterns, so both sides agree on what a report is.
 */
public final class ReportDetector {
    /** Characters read from the start of the text. */
    public static final int WINDOW = 4096;

    /**
     * The title names 政府信息公开 and 年度报告 (or 年报), with at most {@link #TITLE_GAP} characters between them
     * (政府信息公开工作年度报告); a sentence break (。；，,) between them means they belong to different sentences.
     * The extension's detector writes this as the pattern {@code 政府信息公开[^。；，,]{0,12}?(?:年度报告|年报)}.
     */
    private static final String TITLE_START = "政府信息公开";
    private static final int TITLE_GAP = 12;
    private static final String[] TITLE_ENDS = {"年度报告", "年报"};
    private static final String SENTENCE_BREAKS = "。；，,";

    /** Labels of table 三 that appear in no other kind of document. */
    private static final String[] TABLE_LABELS = {
        "本年新收政府信息公开申请数量", "上年结转政府信息公开申请数量", "结转下年度继续办理", "本列数据的勾稽关系"};

    private ReportDetector() {
    }

    /*
     * Plain scans, not regular expressions: this runs first on every directory lint and every plain-text document
     * the editor opens, where compiling the patterns cost more start-up time than the scan.
     */
    public static boolean looksLikeReport(String text) {
        if (text == null || text.isEmpty()) return false;
        String head = withoutSpaces(text, Math.min(text.length(), WINDOW));
        if (hasTitle(head)) return true;
        for (String label : TABLE_LABELS) {
            if (head.contains(label)) return true;
        }
        return false;
    }

    /**
     * The first {@code length} characters without whitespace, U+3000 included (titles are often split over lines or
     * spaced out): the characters of the extension's {@code [\s\u3000]}.
     */
    private static String withoutSpaces(String text, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || (c >= '\t' && c <= '\r') || c == '\u3000';
            if (!space) b.append(c);
        }
        return b.toString();
    }

    private static boolean hasTitle(String head) {
        for (int at = head.indexOf(TITLE_START); at >= 0; at = head.indexOf(TITLE_START, at + 1)) {
            int gapStart = at + TITLE_START.length();
            for (int gap = 0; gap <= TITLE_GAP && gapStart + gap <= head.length(); gap++) {
                if (gap > 0 && SENTENCE_BREAKS.indexOf(head.charAt(gapStart + gap - 1)) >= 0) break;
                for (String end : TITLE_ENDS) {
                    if (head.startsWith(end, gapStart + gap)) return true;
                }
            }
        }
        return false;
    }
}
