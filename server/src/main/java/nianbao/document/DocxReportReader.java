package nianbao.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import nianbao.document.DocumentContent.Block;
import nianbao.document.DocumentContent.ProseParagraph;
import nianbao.document.DocumentContent.SourceCell;
import nianbao.document.DocumentContent.SourceRow;
import nianbao.document.DocumentContent.SourceTable;

/**
 * Reads {@code word/document.xml} of a .docx with the JDK's StAX reader (no dependency; Apache POI would add ~15 MB
 * and seconds of start-up for what is one XML part): body paragraphs, tables ({@code w:tbl}, {@code w:tr},
 * {@code w:tc}) with {@code w:gridSpan} and {@code w:vMerge}, several paragraphs in a cell, nested tables, tracked
 * changes as accepted ({@code w:ins} kept, {@code w:del} dropped), fields as their shown result (codes dropped).
 */
final class DocxReportReader {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String DOCUMENT_PART = "word/document.xml";

    /** A table as read, before it is known whether it holds data or only lays out other content. */
    private static final class TableNode {
        final int sourceIndex;
        final List<List<CellNode>> rows = new ArrayList<>();

        TableNode(int sourceIndex) {
            this.sourceIndex = sourceIndex;
        }
    }

    private static final class CellNode {
        int gridSpan = 1;
        boolean continuesAbove;
        final List<Object> content = new ArrayList<>(); // String paragraphs and TableNode tables

        String text() {
            StringBuilder b = new StringBuilder();
            for (Object o : content) {
                if (o instanceof String s) {
                    b.append(s);
                } else {
                    for (List<CellNode> row : ((TableNode) o).rows) for (CellNode c : row) b.append(c.text());
                }
            }
            return b.toString();
        }

        boolean holdsTable() {
            return content.stream().anyMatch(o -> o instanceof TableNode);
        }
    }

    private final List<Block> blocks = new ArrayList<>();
    private int paragraphs;
    private int tables;

    private DocxReportReader() {
    }

    static DocumentContent read(byte[] bytes) throws DocumentReadException {
        byte[] xml = documentPart(bytes);
        DocxReportReader reader = new DocxReportReader();
        try {
            reader.parse(xml);
        } catch (XMLStreamException e) {
            throw new DocumentReadException("Word 文档内容（" + DOCUMENT_PART + "）不是有效的 XML：" + e.getMessage());
        }
        return new DocumentContent(DocumentKind.DOCX, reader.blocks);
    }

    /** The bytes of word/document.xml; a file that is not a zip, or has no such part, is not a .docx. */
    static byte[] documentPart(byte[] bytes) throws DocumentReadException {
        boolean anyEntry = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                anyEntry = true;
                if (e.getName().equals(DOCUMENT_PART)) return zip.readAllBytes();
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new DocumentReadException("不是有效的 Word 文档：压缩包已损坏（" + e.getMessage() + "）");
        }
        if (!anyEntry) throw new DocumentReadException("不是有效的 Word 文档：文件不是 zip 压缩包（已损坏，或是改了扩展名的其他文件）");
        throw new DocumentReadException("不是有效的 Word 文档：缺少 " + DOCUMENT_PART);
    }

    static XMLStreamReader streamReader(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory.createXMLStreamReader(in);
    }

    private void parse(byte[] xml) throws XMLStreamException {
        XMLStreamReader r = streamReader(new ByteArrayInputStream(xml));
        Deque<Object> open = new ArrayDeque<>(); // TableNode, List<CellNode> (row), CellNode
        StringBuilder paragraph = null;
        int skipDepth = 0;
        int tableElements = 0;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String ns = r.getNamespaceURI();
                String name = r.getLocalName();
                if (skipDepth > 0 || skipped(ns, name)) {
                    skipDepth++;
                    continue;
                }
                if (!W.equals(ns)) continue;
                switch (name) {
                    case "tbl" -> open.push(new TableNode(++tableElements));
                    case "tr" -> {
                        if (open.peek() instanceof TableNode t) {
                            List<CellNode> row = new ArrayList<>();
                            t.rows.add(row);
                            open.push(row);
                        }
                    }
                    case "tc" -> {
                        if (open.peek() instanceof List<?> row) {
                            CellNode cell = new CellNode();
                            @SuppressWarnings("unchecked") List<CellNode> cells = (List<CellNode>) row;
                            cells.add(cell);
                            open.push(cell);
                        }
                    }
                    case "gridSpan" -> {
                        if (open.peek() instanceof CellNode c) c.gridSpan = intValue(r.getAttributeValue(W, "val"));
                    }
                    case "vMerge" -> {
                        if (open.peek() instanceof CellNode c) c.continuesAbove = !"restart".equals(r.getAttributeValue(W, "val"));
                    }
                    case "p" -> paragraph = new StringBuilder();
                    case "t" -> {
                        if (paragraph != null) paragraph.append(r.getElementText());
                    }
                    case "tab", "ptab" -> {
                        if (paragraph != null) paragraph.append(' ');
                    }
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (skipDepth > 0) {
                    skipDepth--;
                    continue;
                }
                if (!W.equals(r.getNamespaceURI())) continue;
                switch (r.getLocalName()) {
                    case "p" -> {
                        if (paragraph != null) endParagraph(open, paragraph.toString());
                        paragraph = null;
                    }
                    case "tc", "tr" -> {
                        if (!(open.peek() instanceof TableNode)) open.pop();
                    }
                    case "tbl" -> {
                        while (!open.isEmpty() && !(open.peek() instanceof TableNode)) open.pop();
                        TableNode done = (TableNode) open.pop();
                        if (open.peek() instanceof CellNode c) {
                            c.content.add(done);
                        } else {
                            emit(done);
                        }
                    }
                    default -> { }
                }
            }
        }
    }

    /** Deleted text, field codes, and the fallback copy of alternate content are not what the page shows. */
    private static boolean skipped(String ns, String name) {
        if (W.equals(ns)) return name.equals("del") || name.equals("delText") || name.equals("instrText")
                || name.equals("moveFrom") || name.equals("txbxContent");
        return name.equals("Fallback");
    }

    private void endParagraph(Deque<Object> open, String text) {
        if (open.peek() instanceof CellNode c) {
            c.content.add(text);
        } else if (open.isEmpty()) {
            blocks.add(new ProseParagraph(text, text.isBlank() ? 0 : ++paragraphs, 0));
        }
    }

    /** A data table becomes rows; a table holding tables only lays out the page, and is read through. */
    private void emit(TableNode table) {
        boolean layout = table.rows.stream().flatMap(List::stream).anyMatch(CellNode::holdsTable);
        if (!layout) {
            List<SourceRow> rows = new ArrayList<>();
            for (List<CellNode> row : table.rows) {
                List<SourceCell> cells = new ArrayList<>();
                for (CellNode c : row) cells.add(new SourceCell(c.text(), c.gridSpan, 1, c.continuesAbove));
                rows.add(new SourceRow(cells, 0));
            }
            blocks.add(new SourceTable(++tables, table.sourceIndex, rows));
            return;
        }
        for (List<CellNode> row : table.rows) {
            for (CellNode c : row) {
                for (Object o : c.content) {
                    if (o instanceof String s) {
                        blocks.add(new ProseParagraph(s, s.isBlank() ? 0 : ++paragraphs, 0));
                    } else {
                        emit((TableNode) o);
                    }
                }
            }
        }
    }

    private static int intValue(String s) {
        try {
            int n = Integer.parseInt(s == null ? "1" : s.trim());
            return n >= 1 && n <= 1000 ? n : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
