package nianbao.document;

/**
 * New text for one table cell of a document, found as the reader numbered it: the table element, its row and the
 * cell in that row (all 1-based).
 */
public record CellTextChange(int tableSourceIndex, int row, int cell, String newText) {
}
