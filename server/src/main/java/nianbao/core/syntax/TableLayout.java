package nianbao.core.syntax;

/** How a table's text is laid out; fixes and templates write cells in the layout the table already uses. */
public enum TableLayout {
    /** One row per line, cells separated by tabs (text extracted from PDF). */
    TABS,
    /** One cell per line, each starting with a tab; rows separated by blank lines (text copied from Word). */
    CELL_PER_LINE,
    /** One row per line, cells separated by {@code |} (web pages, hand-written). */
    PIPES,
    /** Columns aligned by runs of spaces, labels wrapped over lines (pdftotext -layout, a PDF viewer's copy). */
    SPACE_ALIGNED,
    /** One cell per line without tabs, rows separated by blank lines (a Word table whose tabs were dropped). */
    CELL_LINES,
    /** A whole table run together on one line, cells without separators: cannot be read. */
    FLATTENED;

    /** Whether the cells were inferred from where text stands rather than read from separators. */
    public boolean isInferred() {
        return this == SPACE_ALIGNED || this == CELL_LINES || this == FLATTENED;
    }
}
