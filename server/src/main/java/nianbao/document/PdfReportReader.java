package nianbao.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import nianbao.document.DocumentContent.Block;
import nianbao.document.DocumentContent.ProseParagraph;
import nianbao.document.DocumentContent.SourceCell;
import nianbao.document.DocumentContent.SourceRow;
import nianbao.document.DocumentContent.SourceTable;
import nianbao.document.PdfPageContent.Glyph;
import nianbao.document.PdfTableGrid.GridCell;
import nianbao.document.PdfTableGrid.PageTable;

/**
 * Reads a PDF with Apache PDFBox 3: ruled tables from the page's lattice ({@link PdfTableGrid}), a table that ends
 * a page and one with as many columns that starts the next page read as one table, the rest of the text as
 * paragraphs (a line joins the one before when that one ran to the right margin), page numbers dropped. A PDF
 * without text (a scan) cannot be checked; an encrypted one cannot be read.
 */
final class PdfReportReader {
    /** Page numbers as printed in headers and footers: "3", "- 3 -", "第 3 页", "第3页 共5页", "3/5". */
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—–\\s]*(第\\s*\\d+\\s*页(\\s*共\\s*\\d+\\s*页)?|\\d+\\s*(/\\s*\\d+)?)[-—–\\s]*$");

    /** A block of one page and where it starts, to order tables and prose. */
    private record Placed(float top, Object block, float left, float right, float height) {
    }

    /** A table whose rows may go on on the next page. */
    private record OpenTable(int number, List<SourceRow> rows) {
    }

    private PdfReportReader() {
    }

    static DocumentContent read(byte[] bytes) throws DocumentReadException, DocumentReaders.UncheckableDocumentException {
        // PDFBox logs font substitutions and damaged streams it recovers from; lint's stderr is for the user.
        if (System.getProperty("org.apache.commons.logging.Log") == null) {
            System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
        }
        List<PdfPageContent> pages;
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            pages = PdfPageContent.read(pdf);
        } catch (InvalidPasswordException e) {
            throw new DocumentReadException("PDF 文件已加密（需要密码才能打开），无法读取：请提供未加密的文件");
        } catch (IOException | RuntimeException e) {
            throw new DocumentReadException("不是有效的 PDF 文件，或文件已损坏（" + e.getMessage() + "）");
        }
        if (pages.stream().allMatch(p -> p.glyphs.isEmpty())) {
            throw new DocumentReaders.UncheckableDocumentException(DocumentFindings.NO_TEXT_LAYER,
                    "PDF 没有文字层（可能是扫描件），无法检查：不支持文字识别（OCR），请提供 Word 文档或可复制文字的 PDF");
        }
        List<Object> blocks = new ArrayList<>(); // ProseParagraph, or OpenTable while its rows are read
        int paragraphs = 0;
        int tables = 0;
        List<SourceRow> openTable = null;
        int openColumns = -1;
        boolean openBottom = false;
        List<List<Placed>> placedPages = new ArrayList<>();
        for (PdfPageContent content : pages) placedPages.add(pageBlocks(content));
        // Margins of the whole document: a page may hold only indented first lines.
        float left = (float) placedPages.stream().flatMap(List::stream).filter(b -> b.block() instanceof String)
                .mapToDouble(Placed::left).min().orElse(0);
        float right = (float) placedPages.stream().flatMap(List::stream).filter(b -> b.block() instanceof String)
                .mapToDouble(Placed::right).max().orElse(0);
        for (int p = 0; p < pages.size(); p++) {
            int page = p + 1;
            List<Placed> placed = placedPages.get(p);
            for (int i = 0; i < placed.size(); i++) {
                Placed b = placed.get(i);
                if (b.block() instanceof PageTable t) {
                    // A table at the top of a page with the columns of the table that ended the last page goes on.
                    boolean continues = openTable != null && i == 0 && t.columns() == openColumns;
                    if (!continues) {
                        openTable = new ArrayList<>();
                        blocks.add(new OpenTable(++tables, openTable));
                    }
                    for (int r = 0; r < t.rows().size(); r++) {
                        List<SourceCell> cells = new ArrayList<>();
                        for (GridCell c : t.rows().get(r)) cells.add(new SourceCell(c.continuesAbove ? "" : c.text(), c.colSpan, 1, c.continuesAbove));
                        if (r == 0 && continues && t.openTop() && openBottom && joinRowCut(openTable, cells)) continue;
                        openTable.add(new SourceRow(cells, page));
                    }
                    openColumns = t.columns();
                    openBottom = t.openBottom();
                    if (i + 1 < placed.size()) openTable = null;
                } else {
                    String text = (String) b.block();
                    ProseParagraph last = blocks.isEmpty() || !(blocks.get(blocks.size() - 1) instanceof ProseParagraph lp) ? null : lp;
                    Placed before = i > 0 ? placed.get(i - 1) : null;
                    boolean joins = last != null && before != null && before.block() instanceof String
                            && before.right() >= right - before.height() * 1.5f && b.left() <= left + b.height() * 0.5f
                            && !startsNumberedHeading(text);
                    if (joins) {
                        blocks.set(blocks.size() - 1, new ProseParagraph(last.text() + text, last.number(), last.page()));
                    } else {
                        blocks.add(new ProseParagraph(text, ++paragraphs, page));
                    }
                    openTable = null;
                }
            }
        }
        List<Block> frozen = new ArrayList<>();
        for (Object b : blocks) frozen.add(b instanceof OpenTable t ? new SourceTable(t.number(), t.number(), t.rows()) : (Block) b);
        return new DocumentContent(DocumentKind.PDF, frozen);
    }

    /** The rest of a row that the page end cut goes into that row, cell by cell; false when the cells differ. */
    private static boolean joinRowCut(List<SourceRow> rows, List<SourceCell> rest) {
        if (rows.isEmpty()) return false;
        SourceRow last = rows.get(rows.size() - 1);
        if (last.cells().size() != rest.size()) return false;
        List<SourceCell> joined = new ArrayList<>();
        for (int i = 0; i < rest.size(); i++) {
            SourceCell a = last.cells().get(i);
            joined.add(new SourceCell(a.text() + rest.get(i).text(), a.colSpan(), a.rowSpan(), a.continuesAbove()));
        }
        rows.set(rows.size() - 1, new SourceRow(joined, last.page()));
        return true;
    }

    /** A page's tables and prose lines, top to bottom; page numbers left out. */
    private static List<Placed> pageBlocks(PdfPageContent page) {
        List<Glyph> free = new ArrayList<>(page.glyphs);
        List<Placed> out = new ArrayList<>();
        for (PageTable t : PdfTableGrid.tables(page.rules, free)) out.add(new Placed(t.top(), t, 0, 0, 0));
        free.sort(Comparator.comparingDouble(Glyph::centerY));
        List<List<Glyph>> lines = new ArrayList<>();
        for (Glyph g : free) {
            List<Glyph> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last != null && Math.abs(last.get(0).centerY() - g.centerY()) < last.get(0).height() * 0.5f) last.add(g);
            else lines.add(new ArrayList<>(List.of(g)));
        }
        for (List<Glyph> line : lines) {
            String text = PdfTableGrid.text(line).strip();
            if (text.isEmpty() || PAGE_NUMBER.matcher(text).matches()) continue;
            float left = (float) line.stream().mapToDouble(Glyph::x).min().orElse(0);
            float right = (float) line.stream().mapToDouble(g -> g.x() + g.width()).max().orElse(0);
            out.add(new Placed(line.get(0).top(), text, left, right, line.get(0).height()));
        }
        out.sort(Comparator.comparingDouble(Placed::top));
        return out;
    }


    /**
     * A line that starts like a heading (六、 （二） 3.) begins a paragraph of its own even when the line before ran
     * to the right margin: a sentence that happens to fill the line is not continued by a heading.
     */
    private static boolean startsNumberedHeading(String text) {
        return NUMBERED_HEADING.matcher(text).lookingAt();
    }

    private static final java.util.regex.Pattern NUMBERED_HEADING =
            java.util.regex.Pattern.compile("\\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}部分)");
}
