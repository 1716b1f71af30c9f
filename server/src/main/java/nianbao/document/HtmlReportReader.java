package nianbao.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import nianbao.document.DocumentContent.Block;
import nianbao.document.DocumentContent.ProseParagraph;
import nianbao.document.DocumentContent.SourceCell;
import nianbao.document.DocumentContent.SourceRow;
import nianbao.document.DocumentContent.SourceTable;

/**
 * Reads a published report page with jsoup: tables with rowspan/colspan, {@code <br>} and {@code <p>} inside cells,
 * {@code &nbsp;}; the charset the page declares (GBK and GB2312 pages are common), else UTF-8, else GB18030; text
 * outside tables as paragraphs; navigation, scripts and styles skipped.
 */
final class HtmlReportReader {
    private static final Set<String> SKIPPED = Set.of("script", "style", "nav", "noscript", "template", "head",
            "select", "button", "form", "iframe", "object", "svg", "title");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "section", "article", "main", "center", "blockquote", "pre", "dd", "dt", "dl", "header", "footer", "aside",
            "table", "tr", "td", "th", "tbody", "thead", "tfoot", "caption", "hr", "address", "figure", "body");
    private static final Pattern DECLARED_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?[-\\w]+");

    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder inline = new StringBuilder();
    private int paragraphs;
    private int tables;
    /** Every table element in document order (those in skipped parts too): how a writer finds a table again. */
    private List<Element> allTables = List.of();

    private HtmlReportReader() {
    }

    static DocumentContent read(byte[] bytes) throws IOException {
        Document page = Jsoup.parse(new ByteArrayInputStream(bytes), charsetFor(bytes), "");
        HtmlReportReader reader = new HtmlReportReader();
        reader.allTables = page.select("table");
        reader.walk(page.body() != null ? page.body() : page);
        reader.flush();
        return new DocumentContent(DocumentKind.HTML, reader.blocks);
    }

    /** Null lets jsoup take the page's BOM or meta charset; a page without either that is not UTF-8 is GB18030. */
    static String charsetFor(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        if (DECLARED_CHARSET.matcher(head).find() || (bytes.length >= 2 && (bytes[0] & 0xFF) >= 0xEF)) return null;
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return null;
        } catch (CharacterCodingException e) {
            return "GB18030";
        }
    }

    private void walk(Node node) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                inline.append(t.text());
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (skipped(e)) continue;
                if (tag.equals("br")) {
                    flush();
                } else if (tag.equals("table")) {
                    flush();
                    table(e);
                } else if (BLOCKS.contains(tag)) {
                    flush();
                    walk(e);
                    flush();
                } else {
                    walk(e);
                }
            }
        }
    }

    private static boolean skipped(Element e) {
        if (SKIPPED.contains(e.normalName())) return true;
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        return role.equals("navigation") || e.hasAttr("hidden") || e.attr("style").replace(" ", "").contains("display:none");
    }

    private void flush() {
        String text = TabLayoutWriter.clean(inline.toString());
        inline.setLength(0);
        if (!text.isEmpty()) blocks.add(new ProseParagraph(text, ++paragraphs, 0));
    }

    /** A data table becomes rows; a layout table (one that holds other tables) is read through as page content. */
    private void table(Element table) {
        int sourceIndex = allTables.indexOf(table) + 1;
        List<Element> rows = rowsOf(table);
        boolean layout = rows.stream().flatMap(r -> cellsOf(r).stream()).anyMatch(c -> !c.select("table").isEmpty());
        if (layout) {
            for (Element row : rows) {
                for (Element cell : cellsOf(row)) {
                    walk(cell);
                    flush();
                }
            }
            return;
        }
        List<SourceRow> out = new ArrayList<>();
        for (Element row : rows) {
            List<SourceCell> cells = new ArrayList<>();
            for (Element cell : cellsOf(row)) {
                cells.add(new SourceCell(cellText(cell), span(cell, "colspan"), span(cell, "rowspan"), false));
            }
            out.add(new SourceRow(cells, 0));
        }
        if (!out.isEmpty()) blocks.add(new SourceTable(++tables, sourceIndex, out));
    }

    /** The table's own rows (not those of tables nested in it). */
    static List<Element> rowsOf(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            String tag = child.normalName();
            if (tag.equals("tr")) {
                rows.add(child);
            } else if (tag.equals("tbody") || tag.equals("thead") || tag.equals("tfoot")) {
                for (Element tr : child.children()) if (tr.normalName().equals("tr")) rows.add(tr);
            }
        }
        return rows;
    }

    static List<Element> cellsOf(Element row) {
        List<Element> cells = new ArrayList<>();
        for (Element c : row.children()) if (c.normalName().equals("td") || c.normalName().equals("th")) cells.add(c);
        return cells;
    }

    /** Lines of a cell (br, p) are joined without a space: a wrapped Chinese label reads as one. */
    private static String cellText(Element cell) {
        StringBuilder b = new StringBuilder();
        appendCellText(cell, b);
        return b.toString().replace("\n", "").strip();
    }

    private static void appendCellText(Node node, StringBuilder b) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                String s = t.text();
                if (b.length() == 0 || b.charAt(b.length() - 1) == '\n') s = s.stripLeading();
                b.append(s);
            } else if (child instanceof Element e && !skipped(e)) {
                boolean breaks = e.normalName().equals("br") || BLOCKS.contains(e.normalName());
                if (breaks) lineBreak(b);
                appendCellText(e, b);
                if (breaks) lineBreak(b);
            }
        }
    }

    /** Ends a line of the cell: trailing spaces dropped, a marker that the next line starts without a space. */
    private static void lineBreak(StringBuilder b) {
        while (b.length() > 0 && Character.isWhitespace(b.charAt(b.length() - 1))) b.setLength(b.length() - 1);
        b.append('\n');
    }

    private static int span(Element cell, String attribute) {
        try {
            int n = Integer.parseInt(cell.attr(attribute).trim());
            return n >= 1 && n <= 1000 ? n : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
