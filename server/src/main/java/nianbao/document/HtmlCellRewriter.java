package nianbao.document;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Writes new text into table cells of a web page, in the page's own charset: the one run of text inside each cell
 * is replaced (markup around it stays), an empty cell gets the text; every other byte of the page stays. A page
 * that would not come back byte for byte from its charset, or a cell whose end cannot be located, is not changed.
 */
final class HtmlCellRewriter {
    private static final Pattern TEXT_BETWEEN_TAGS = Pattern.compile("(?<=^|>)([^<]*)(?=<|$)");

    private HtmlCellRewriter() {
    }

    static byte[] rewrite(byte[] page, List<CellTextChange> changes, int[] missed) throws DocumentReadException {
        Charset charset;
        try {
            Document sniffed = Jsoup.parse(new java.io.ByteArrayInputStream(page), HtmlReportReader.charsetFor(page), "");
            charset = sniffed.charset();
        } catch (java.io.IOException e) {
            throw new DocumentReadException("网页无法读取（" + e.getMessage() + "）");
        }
        String html;
        try {
            html = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(page)).toString();
        } catch (CharacterCodingException e) {
            missed[0] += changes.size();
            return page;
        }
        if (!Arrays.equals(page, html.getBytes(charset))) {
            missed[0] += changes.size(); // the page would not come back byte for byte: leave it alone
            return page;
        }
        Document doc = Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
        List<Element> tables = doc.select("table");
        record Replacement(int start, int end, String text) {
        }
        List<Replacement> replacements = new ArrayList<>();
        for (CellTextChange c : changes) {
            Element cell = cell(tables, c);
            if (cell == null || !cell.sourceRange().isTracked() || !cell.endSourceRange().isTracked()) {
                missed[0]++;
                continue;
            }
            int from = cell.sourceRange().end().pos();
            int to = cell.endSourceRange().start().pos();
            int[] run = textRun(html, from, to);
            if (run == null) {
                missed[0]++;
                continue;
            }
            replacements.add(new Replacement(run[0], run[1], escape(c.newText())));
        }
        replacements.sort(Comparator.comparingInt(Replacement::start).reversed());
        StringBuilder b = new StringBuilder(html);
        for (Replacement r : replacements) b.replace(r.start(), r.end(), r.text());
        try {
            ByteBuffer out = charset.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(b));
            return Arrays.copyOfRange(out.array(), out.position(), out.limit());
        } catch (CharacterCodingException e) {
            missed[0] += replacements.size();
            return page;
        }
    }

    private static Element cell(List<Element> tables, CellTextChange c) {
        if (c.tableSourceIndex() < 1 || c.tableSourceIndex() > tables.size()) return null;
        List<Element> rows = HtmlReportReader.rowsOf(tables.get(c.tableSourceIndex() - 1));
        if (c.row() < 1 || c.row() > rows.size()) return null;
        List<Element> cells = HtmlReportReader.cellsOf(rows.get(c.row() - 1));
        return c.cell() < 1 || c.cell() > cells.size() ? null : cells.get(c.cell() - 1);
    }

    /**
     * The one stretch of text among the cell's markup (trimmed, {@code &nbsp;} counted as space), or the place for
     * text in an empty cell; null when the cell holds several pieces of text.
     */
    private static int[] textRun(String html, int from, int to) {
        String inner = html.substring(from, to);
        int[] found = null;
        Matcher m = TEXT_BETWEEN_TAGS.matcher(inner);
        while (m.find()) {
            String t = m.group(1);
            int s = 0, e = t.length();
            while (s < e && isBlank(t, s)) s += blankLength(t, s);
            while (e > s && isBlankEnd(t, e)) e -= blankEndLength(t, e);
            if (s >= e) continue;
            if (found != null) return null;
            found = new int[]{from + m.start(1) + s, from + m.start(1) + e};
        }
        if (found != null) return found;
        return inner.contains("<") ? null : new int[]{from, to};
    }

    private static boolean isBlank(String t, int i) {
        return Character.isWhitespace(t.charAt(i)) || t.startsWith("&nbsp;", i);
    }

    private static int blankLength(String t, int i) {
        return t.startsWith("&nbsp;", i) ? 6 : 1;
    }

    private static boolean isBlankEnd(String t, int e) {
        return Character.isWhitespace(t.charAt(e - 1)) || (e >= 6 && t.startsWith("&nbsp;", e - 6));
    }

    private static int blankEndLength(String t, int e) {
        return e >= 6 && t.startsWith("&nbsp;", e - 6) ? 6 : 1;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
