package nianbao.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Writes new text into cells of a .docx: only the text of those cells in {@code word/document.xml} changes (the
 * first text run of the cell gets the value, its other text runs are emptied, an empty cell gets one run); every
 * other part of the package is copied raw ({@link ZipPartReplacer}). The XML is edited as text, not re-serialised,
 * so the rest of the part keeps its bytes too.
 */
public final class DocxCellRewriter {
    /** Start and end tags of tables, rows, cells and text runs; {@code w:tblPr}, {@code w:tab} etc. do not match. */
    private static final Pattern TAG = Pattern.compile("<(/?)w:(tbl|tr|tc|t|p)(?=[\\s>/])[^>]*?(/?)>");

    private DocxCellRewriter() {
    }

    /** The new package; a cell that cannot be found is left alone and counted in {@code missed}. */
    public static byte[] rewrite(byte[] docx, List<CellTextChange> changes, int[] missed) throws DocumentReadException {
        // Every other part copied raw (compressed bytes, headers, times); re-zipping is the fallback for ZIP64 etc.
        String xml = new String(DocxReportReader.documentPart(docx), StandardCharsets.UTF_8);
        int[] counted = {0};
        byte[] newXml = rewriteXml(xml, changes, counted).getBytes(StandardCharsets.UTF_8);
        byte[] raw = ZipPartReplacer.replace(docx, DocxReportReader.DOCUMENT_PART, newXml);
        if (raw != null) {
            missed[0] += counted[0];
            return raw;
        }
        return rezip(docx, changes, missed);
    }

    private static byte[] rezip(byte[] docx, List<CellTextChange> changes, int[] missed) throws DocumentReadException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(docx.length + 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals(DocxReportReader.DOCUMENT_PART)) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    content = rewriteXml(xml, changes, missed).getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setMethod(e.getMethod() == ZipEntry.STORED ? ZipEntry.STORED : ZipEntry.DEFLATED);
                if (e.getLastModifiedTime() != null) copy.setLastModifiedTime(e.getLastModifiedTime());
                else if (e.getTime() >= 0) copy.setTime(e.getTime());
                if (e.getComment() != null) copy.setComment(e.getComment());
                if (copy.getMethod() == ZipEntry.STORED) {
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    copy.setSize(content.length);
                    copy.setCompressedSize(content.length);
                    copy.setCrc(crc.getValue());
                }
                zip.putNextEntry(copy);
                zip.write(content);
                zip.closeEntry();
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new DocumentReadException("无法写入 Word 文档（" + e.getMessage() + "）");
        }
        return out.toByteArray();
    }

    private static final class TableFrame {
        final int index;
        int rows;
        int cells;

        TableFrame(int index) {
            this.index = index;
        }
    }

    /** Edits the XML text in place: offsets found with a tag scan, replacements applied from the end. */
    static String rewriteXml(String xml, List<CellTextChange> changes, int[] missed) {
        record Replacement(int start, int end, String text) {
        }
        List<Replacement> replacements = new ArrayList<>();
        List<CellTextChange> pending = new ArrayList<>(changes);
        Deque<TableFrame> tables = new ArrayDeque<>();
        int tableCount = 0;
        Matcher m = TAG.matcher(xml);
        int cellContentStart = -1;
        CellTextChange target = null;
        int targetDepth = 0;
        while (m.find()) {
            boolean closing = !m.group(1).isEmpty();
            boolean selfClosing = !m.group(3).isEmpty();
            String name = m.group(2);
            if (name.equals("tbl")) {
                if (!closing) tables.push(new TableFrame(++tableCount));
                else if (!tables.isEmpty()) tables.pop();
            } else if (name.equals("tr") && !closing && !selfClosing && !tables.isEmpty()) {
                tables.peek().rows++;
                tables.peek().cells = 0;
            } else if (name.equals("tc") && !tables.isEmpty()) {
                TableFrame t = tables.peek();
                if (!closing && !selfClosing) {
                    t.cells++;
                    if (target == null) {
                        for (CellTextChange c : pending) {
                            if (c.tableSourceIndex() == t.index && c.row() == t.rows && c.cell() == t.cells) {
                                target = c;
                                targetDepth = tables.size();
                                cellContentStart = m.end();
                            }
                        }
                    }
                } else if (closing && target != null && tables.size() == targetDepth) {
                    String value = target.newText();
                    for (int[] r : cellReplacements(xml, cellContentStart, m.start())) {
                        replacements.add(new Replacement(r[0], r[1], r[2] == 0 ? escape(value) : r[2] == 1 ? "" : run(value)));
                    }
                    pending.remove(target);
                    target = null;
                }
            }
        }
        missed[0] += pending.size();
        replacements.sort(Comparator.comparingInt(Replacement::start).reversed());
        StringBuilder b = new StringBuilder(xml);
        for (Replacement r : replacements) b.replace(r.start(), r.end(), r.text());
        return b.toString();
    }

    /**
     * Where a cell's text goes: {start, end, 0} for the first text run's content, {start, end, 1} for each later one
     * (emptied), or {at, at, 2} before the end of the cell's first paragraph when it has no text run.
     */
    private static List<int[]> cellReplacements(String xml, int from, int to) {
        List<int[]> out = new ArrayList<>();
        Matcher m = TAG.matcher(xml).region(from, to);
        int nested = 0;
        int textStart = -1;
        int firstParagraphEnd = -1;
        while (m.find()) {
            String name = m.group(2);
            boolean closing = !m.group(1).isEmpty();
            if (name.equals("tbl")) {
                nested += closing ? -1 : 1;
            } else if (nested == 0 && name.equals("t")) {
                if (!closing && m.group(3).isEmpty()) {
                    textStart = m.end();
                } else if (closing && textStart >= 0) {
                    out.add(new int[]{textStart, m.start(), out.isEmpty() ? 0 : 1});
                    textStart = -1;
                }
            } else if (nested == 0 && name.equals("p") && closing && firstParagraphEnd < 0) {
                firstParagraphEnd = m.start();
            }
        }
        if (out.isEmpty() && firstParagraphEnd >= 0) out.add(new int[]{firstParagraphEnd, firstParagraphEnd, 2});
        return out;
    }

    private static String run(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
