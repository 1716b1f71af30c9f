package nianbao.core.syntax;

import java.util.List;

/** One table row: its cells in order, and the lines it spans (0-based, inclusive). */
public record Row(List<Cell> cells, int firstLine, int lastLine) {
    public Row {
        cells = List.copyOf(cells);
    }
}
