package nianbao.core.diag;

/**
 * A span of text: 0-based lines, columns in UTF-16 code units (what Java strings and LSP use), end exclusive.
 */
public record Range(int startLine, int startColumn, int endLine, int endColumn) {

    public boolean contains(int line, int column) {
        if (line < startLine || line > endLine) return false;
        if (line == startLine && column < startColumn) return false;
        return line != endLine || column <= endColumn;
    }

    @Override
    public String toString() {
        return (startLine + 1) + ":" + (startColumn + 1) + "-" + (endLine + 1) + ":" + (endColumn + 1);
    }
}
