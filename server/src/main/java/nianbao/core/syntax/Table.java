package nianbao.core.syntax;

import java.util.List;

/** A run of table rows in one layout. */
public record Table(TableLayout layout, List<Row> rows, int firstLine, int lastLine) implements Block {
    public Table {
        rows = List.copyOf(rows);
    }
}
