package nianbao.core;

import java.util.regex.Pattern;

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
     * The title names 政府信息公开 and 年度报告 (or 年报), with a word or two between them (政府信息公开工作年度报告);
     * a sentence break between them means they belong to different sentences.
     */
    private static final Pattern TITLE = Pattern.compile("政府信息公开[^。；，,]{0,12}?(?:年度报告|年报)");

    /** Labels of table 三 that appear in no other kind of document. */
    private static final Pattern TABLE_LABELS = Pattern.compile(
            "本年新收政府信息公开申请数量|上年结转政府信息公开申请数量|结转下年度继续办理|本列数据的勾稽关系");

    /** Whitespace, including U+3000 and line breaks: titles are often split over lines or spaced out. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

    private ReportDetector() {
    }

    public static boolean looksLikeReport(String text) {
        if (text == null || text.isEmpty()) return false;
        String head = SPACES.matcher(text.substring(0, Math.min(text.length(), WINDOW))).replaceAll("");
        return TITLE.matcher(head).find() || TABLE_LABELS.matcher(head).find();
    }
}
