package nianbao.document;

/**
 * Where a piece of the checker's text stands in the original document. Numbers are 1-based; 0 means "not
 * applicable" (a paragraph has no table; only PDF has pages).
 *
 * @param table     table number (表), 0 for prose
 * @param row       row number within the table (第几行), header rows included
 * @param cell      physical cell number within the row (第几格), as the document counts them (merged cells once)
 * @param paragraph paragraph number (第几段), 0 in a table
 * @param page      page number (第几页), 0 when the format has no pages
 */
public record SourcePlace(int table, int row, int cell, int paragraph, int page) {
    public static SourcePlace cell(int table, int row, int cell, int page) {
        return new SourcePlace(table, row, cell, 0, page);
    }

    public static SourcePlace paragraph(int paragraph, int page) {
        return new SourcePlace(0, 0, 0, paragraph, page);
    }

    public boolean inTable() {
        return table > 0;
    }

    /** "第2页 表3 第8行 第9格", "第5段"; the column name, when known, is added by the caller. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        if (page > 0) b.append("第").append(page).append("页");
        if (inTable()) {
            if (b.length() > 0) b.append(' ');
            b.append("表").append(table).append(" 第").append(row).append("行");
        } else if (paragraph > 0) {
            if (b.length() > 0) b.append(' ');
            b.append("第").append(paragraph).append("段");
        }
        return b.toString();
    }
}
