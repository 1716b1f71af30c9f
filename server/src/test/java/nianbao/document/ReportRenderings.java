package nianbao.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import nianbao.core.syntax.Block;
import nianbao.core.syntax.Cell;
import nianbao.core.syntax.Paragraph;
import nianbao.core.syntax.ReportParser;
import nianbao.core.syntax.ReportSyntax;
import nianbao.core.syntax.Row;
import nianbao.core.syntax.Section;
import nianbao.core.syntax.Table;
import nianbao.core.text.SourceText;

/**
 * Renders a fixture report (any text layout) as the files reports are published in, the way Word and web pages
 * hold them: each table row a row of cells, the leading empty cells of a row merged with the cell above (a group
 * label spans its group: rowspan in HTML, w:vMerge in Word), a caption row spanning the table (colspan,
 * w:gridSpan), long labels in two paragraphs or lines, and in Word tracked changes and a field.
 */
public final class ReportRenderings {
    /** A table cell as rendered: its text, the columns it spans, and the rows (HTML) it spans. */
    record RenderedCell(String text, int colSpan, int rowSpan, boolean continuesAbove) {
    }

    /** Paragraph lines and tables (lists of rows) in order. */
    record Piece(String paragraph, List<List<RenderedCell>> table) {
    }

    private ReportRenderings() {
    }

    static List<Piece> pieces(String text) {
        SourceText source = new SourceText(text);
        ReportSyntax syntax = new ReportParser().parse(source);
        List<Piece> pieces = new ArrayList<>();
        blocks(source, syntax.preamble(), pieces);
        for (Section s : syntax.sections()) {
            pieces.add(new Piece(source.line(s.heading().line()).strip(), null));
            blocks(source, s.blocks(), pieces);
        }
        return pieces;
    }

    private static void blocks(SourceText source, List<Block> blocks, List<Piece> pieces) {
        for (Block b : blocks) {
            if (b instanceof Paragraph p) {
                for (int i = p.firstLine(); i <= p.lastLine(); i++) {
                    if (!source.line(i).isBlank()) pieces.add(new Piece(source.line(i).strip(), null));
                }
            } else if (b instanceof Table t) {
                pieces.add(new Piece(null, merged(t)));
            }
        }
    }

    /** Leading empty cells of a row continue the cell above; a row of one cell spans the table. */
    private static List<List<RenderedCell>> merged(Table t) {
        int width = 0;
        for (Row r : t.rows()) width = Math.max(width, r.cells().size());
        List<List<RenderedCell>> rows = new ArrayList<>();
        List<Row> source = t.rows();
        for (int r = 0; r < source.size(); r++) {
            List<Cell> cells = source.get(r).cells();
            List<RenderedCell> row = new ArrayList<>();
            int leading = 0;
            while (leading < cells.size() && cells.get(leading).isEmpty()) leading++;
            for (int c = 0; c < cells.size(); c++) {
                boolean continues = r > 0 && c < leading && c < rows.get(r - 1).size();
                row.add(new RenderedCell(cells.get(c).text(), 1, 1, continues));
            }
            if (cells.size() == 1 && width > 1) row.set(0, new RenderedCell(cells.get(0).text(), width, 1, false));
            rows.add(row);
        }
        // HTML: a cell's rowspan counts the rows below that continue it.
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                RenderedCell cell = rows.get(r).get(c);
                if (cell.continuesAbove()) continue;
                int span = 1;
                while (r + span < rows.size() && c < rows.get(r + span).size() && rows.get(r + span).get(c).continuesAbove()) span++;
                if (span > 1) rows.get(r).set(c, new RenderedCell(cell.text(), cell.colSpan(), span, false));
            }
        }
        return rows;
    }

    public static String html(String text, String charset) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"" + charset + "\"><title>年报</title>"
                + "<style>td{border:1px solid}</style><script>var nav = '首页 | 政务公开';</script></head><body>\n"
                + "<nav><a href=\"/\">首页</a> &gt; <a href=\"/gk\">政府信息公开</a></nav>\n");
        for (Piece p : pieces(text)) {
            if (p.paragraph() != null) {
                b.append("<p>").append(escape(p.paragraph()).replace(" ", "&nbsp;")).append("</p>\n");
                continue;
            }
            b.append("<table>\n<tbody>\n");
            for (List<RenderedCell> row : p.table()) {
                b.append("<tr>");
                for (RenderedCell c : row) {
                    if (c.continuesAbove()) continue;
                    b.append("<td");
                    if (c.colSpan() > 1) b.append(" colspan=\"").append(c.colSpan()).append('"');
                    if (c.rowSpan() > 1) b.append(" rowspan=\"").append(c.rowSpan()).append('"');
                    b.append('>').append(wrapped(escape(c.text()), "<br>")).append("</td>");
                }
                b.append("</tr>\n");
            }
            b.append("</tbody>\n</table>\n");
        }
        return b.append("<footer><script>document.write('访问量')</script></footer></body></html>\n").toString();
    }

    public static byte[] docx(String text) {
        StringBuilder body = new StringBuilder();
        boolean fieldDone = false;
        for (Piece p : pieces(text)) {
            if (p.paragraph() != null) {
                if (!fieldDone && p.paragraph().contains("年")) {
                    // A field: the code is not text, the result is.
                    body.append("<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> DOCPROPERTY Title </w:instrText></w:r>"
                            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>").append(run(p.paragraph()))
                            .append("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>\n");
                    fieldDone = true;
                } else {
                    body.append("<w:p>").append(run(p.paragraph())).append("</w:p>\n");
                }
                continue;
            }
            body.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>\n");
            for (List<RenderedCell> row : p.table()) {
                body.append("<w:tr><w:trPr><w:jc w:val=\"center\"/></w:trPr>");
                for (RenderedCell c : row) {
                    body.append("<w:tc><w:tcPr><w:tcW w:w=\"1000\" w:type=\"dxa\"/>");
                    if (c.colSpan() > 1) body.append("<w:gridSpan w:val=\"").append(c.colSpan()).append("\"/>");
                    if (c.continuesAbove()) body.append("<w:vMerge/>");
                    else if (c.rowSpan() > 1) body.append("<w:vMerge w:val=\"restart\"/>");
                    body.append("</w:tcPr>");
                    body.append(cellParagraphs(c.continuesAbove() ? "" : c.text()));
                    body.append("</w:tc>");
                }
                body.append("</w:tr>\n");
            }
            body.append("</w:tbl>\n<w:p/>\n");
        }
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>\n"
                + body + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>";
        return zip(Map.of(
                "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                        + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/></Types>",
                "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>",
                "word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>",
                "word/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                        + "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                        + "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/></w:style></w:styles>",
                "word/document.xml", document));
    }

    /** A cell's text; a long label in two paragraphs, a value with a deleted old value before it (tracked change). */
    private static String cellParagraphs(String text) {
        if (text.isEmpty()) return "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr></w:p>";
        if (text.matches("[0-9.]+")) {
            return "<w:p><w:del w:id=\"1\" w:author=\"审核人\"><w:r><w:delText>99</w:delText></w:r></w:del>"
                    + "<w:ins w:id=\"2\" w:author=\"审核人\">" + run(text) + "</w:ins></w:p>";
        }
        if (text.length() > 12) {
            int cut = text.length() / 2;
            return "<w:p>" + run(text.substring(0, cut)) + "</w:p><w:p>" + run(text.substring(cut)) + "</w:p>";
        }
        return "<w:p>" + run(text) + "</w:p>";
    }

    /** Text in two runs (Word splits runs at every formatting or editing change). */
    private static String run(String text) {
        if (text.length() < 4) return "<w:r><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r>";
        int cut = text.length() / 3;
        return "<w:r><w:rPr><w:rFonts w:hint=\"eastAsia\"/></w:rPr><w:t>" + escape(text.substring(0, cut)) + "</w:t></w:r>"
                + "<w:r><w:t xml:space=\"preserve\">" + escape(text.substring(cut)) + "</w:t></w:r>";
    }

    private static String wrapped(String text, String lineBreak) {
        if (text.length() <= 12 || text.matches("[0-9.]+")) return text;
        int cut = text.length() / 2;
        return text.substring(0, cut) + lineBreak + "\n  " + text.substring(cut);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    public static byte[] zip(Map<String, String> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : List.of("[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/document.xml", "word/styles.xml")) {
                if (!entries.containsKey(name)) continue;
                zip.putNextEntry(new ZipEntry(name));
                zip.write(entries.get(name).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
