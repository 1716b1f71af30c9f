package nianbao.core.rules;

import java.math.BigDecimal;
import java.util.List;

import nianbao.core.bind.BoundValue;

/**
 * Sums of table cells in a {@code long} when every cell is a whole number (counts nearly always are), so that the
 * checks that only compare sums build no BigDecimal and no Optional. Exactly what a BigDecimal sum would give; a cell
 * with decimals or more than 15 digits answers {@link #UNKNOWN}, and the caller sums in BigDecimal.
 */
public final class WholeNumberSums {
    /** Some cell has decimals or too many digits: sum in BigDecimal instead. */
    public static final long UNKNOWN = Long.MIN_VALUE;
    /** Some cell is not a number (then there is no sum at all). */
    public static final long NOT_A_NUMBER = Long.MIN_VALUE + 1;
    /** 9,000 cells of at most 15 digits stay far inside a long. */
    private static final int MAX_CELLS = 9_000;

    private WholeNumberSums() {
    }

    public static long sum(List<BoundValue> cells) {
        long sum = 0;
        boolean whole = cells.size() <= MAX_CELLS;
        for (BoundValue v : cells) {
            if (!v.value().isNumber()) return NOT_A_NUMBER;
            if (!whole) continue;
            BigDecimal n = v.value().number();
            if (n.scale() != 0 || n.precision() > 15) {
                whole = false;
                continue;
            }
            sum += n.longValue();
        }
        return whole ? sum : UNKNOWN;
    }
}
