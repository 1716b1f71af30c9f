package nianbao.core.extract;

/**
 * One cell of one statistical table of one report, with everything needed to read it without the report.
 *
 * @param file          the report as the caller names it
 * @param agency        机关名称 from the title ("" when the title names none)
 * @param year          the report year from the title, or null
 * @param formatVersion "2019" or "2021", the version the report is checked against
 * @param table         "active" (二), "requests" (三), "reviews" (四)
 * @param tableName     the table's official name
 * @param rowId         the official row id ("new", "r3-1", "b1-2"), "" for a row that matches none
 * @param rowLabel      the official row name, or the row's own text when it matches none
 * @param columnId      1-based number of the official column within its table or block, "" when not known
 * @param columnLabel   the official column name ("法人或其他组织 商业企业")
 * @param raw           the cell's text as written
 * @param value         the number (plain, no exponent) when the cell is a number, else ""
 * @param line          1-based line of the cell (of its row when the cell is missing)
 * @param column        1-based column, in UTF-16 code units as the JSON output and LSP count
 */
public record ExtractedCell(String file, String agency, Integer year, String formatVersion, String table,
                            String tableName, String rowId, String rowLabel, String columnId, String columnLabel,
                            String raw, String value, ExtractedCellKind kind, int line, int column) {
}
