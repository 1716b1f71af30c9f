package nianbao.core.fix;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import nianbao.core.bind.BoundValue;
import nianbao.core.bind.CellValue;
import nianbao.core.diag.TextEdit;
import nianbao.core.syntax.TableLayout;
import nianbao.core.text.SourceText;

/**
 * The minimal edit that puts a value into a cell: replace the cell's text, fill an empty cell where it stands,
 * or add a missing cell after the row's last value in the row's own layout (a tab, a pipe, or a new line with a
 * tab for Word's cell-per-line layout).
 */
public final class CellEdits {
    private CellEdits() {
    }

    /** The edit, or empty when the cell's place cannot be known (cells lost). */
    public static Optional<TextEdit> setValue(SourceText source, BoundValue value, String text) {
        if (value.hasCell()) {
            return Optional.of(new TextEdit(source.range(value.cellStart(), value.cellEnd()), text));
        }
        if (value.insertAt() < 0) return Optional.empty();
        int at = value.insertAt();
        String eol = source.lineEnding(source.lineOf(at));
        String cell = switch (value.row().layout) {
            case TABS -> "\t" + text;
            case PIPES -> " | " + text;
            case CELL_PER_LINE -> (eol.isEmpty() ? source.dominantLineEnding() : eol) + "\t" + text;
            case SPACE_ALIGNED, FLATTENED -> "  " + text;
            case CELL_LINES -> (eol.isEmpty() ? source.dominantLineEnding() : eol) + text;
        };
        return Optional.of(new TextEdit(source.range(at, at), cell));
    }

    /** A new cell before the cell at {@code at} (a row's first value), in the row's layout. */
    public static TextEdit insertBefore(SourceText source, TableLayout layout, int at, String text) {
        String eol = source.lineEnding(source.lineOf(at));
        String cell = switch (layout) {
            case TABS -> text + "\t";
            case PIPES -> text + " | ";
            case CELL_PER_LINE -> text + (eol.isEmpty() ? source.dominantLineEnding() : eol) + "\t";
            case SPACE_ALIGNED, FLATTENED -> text + "  ";
            case CELL_LINES -> text + (eol.isEmpty() ? source.dominantLineEnding() : eol);
        };
        return new TextEdit(source.range(at, at), cell);
    }

    /** Sum of the parts, or empty when one of them is not a number. */
    public static Optional<BigDecimal> sum(List<BoundValue> parts) {
        ExactSum sum = new ExactSum(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            CellValue value = parts.get(i).value();
            if (value.kind() != CellValue.Kind.NUMBER) return Optional.empty();
            sum.add(value.number());
        }
        return Optional.of(sum.value());
    }

    /** A number as authors write it: no exponent, no trailing zeros after the point. */
    public static String format(BigDecimal number) {
        BigDecimal n = number.stripTrailingZeros();
        if (n.scale() < 0) n = n.setScale(0);
        return n.toPlainString();
    }

}
