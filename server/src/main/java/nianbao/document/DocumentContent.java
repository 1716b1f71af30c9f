package nianbao.document;

import java.util.List;

/**
 * What a reader takes out of a .docx, .html or .pdf file, before it becomes the checker's text: paragraphs and
 * tables in document order. Places are kept so that findings can name them in the original (表3 第8行).
 */
public record DocumentContent(DocumentKind kind, List<Block> blocks) {
    public DocumentContent {
        blocks = List.copyOf(blocks);
    }

    /** A paragraph or a table. */
    public sealed interface Block permits ProseParagraph, SourceTable {
    }

    /**
     * A paragraph outside tables (正文段落).
     *
     * @param number 1-based among the document's paragraphs (0 when unknown)
     * @param page   1-based page (PDF), else 0
     */
    public record ProseParagraph(String text, int number, int page) implements Block {
    }

    /**
     * A table (表格) as its rows and physical cells.
     *
     * @param number      1-based among the document's tables as the checker sees them (表1, 表2…)
     * @param sourceIndex 1-based among all table elements of the file in document order, nested and layout tables
     *                    included: how a writer finds this table again in the file
     */
    public record SourceTable(int number, int sourceIndex, List<SourceRow> rows) implements Block {
        public SourceTable {
            rows = List.copyOf(rows);
        }
    }

    /** @param page 1-based page the row is on (PDF), else 0 */
    public record SourceRow(List<SourceCell> cells, int page) {
        public SourceRow {
            cells = List.copyOf(cells);
        }
    }

    /**
     * One physical cell (单元格).
     *
     * @param colSpan         grid columns it covers (w:gridSpan, colspan)
     * @param rowSpan         rows it covers (rowspan; 1 for Word, which marks the rows below instead)
     * @param continuesAbove  a Word cell that continues the merged cell above it (w:vMerge without "restart")
     */
    public record SourceCell(String text, int colSpan, int rowSpan, boolean continuesAbove) {
        public static SourceCell plain(String text) {
            return new SourceCell(text, 1, 1, false);
        }
    }
}
