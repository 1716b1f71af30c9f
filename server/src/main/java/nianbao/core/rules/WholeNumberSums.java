package nianbao.core.rules;

import java.math.BigDecimal;
import java.util.List;

import nianbao.core.bind.BoundValue;
import nianbao.core.fix.ExactSum;

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

    private WholeNumberSums() {
    }

    public static long sum(List<BoundValue> cells) {
        long sum = 0;
        boolean whole = cells.size() <= ExactSum.MAX_TERMS_IN_LONG;
        // Indexed (the lists of parts are arrays underneath): an iterator for every sum of every check was garbage the
        // JIT could not remove where the list's class varies.
        for (int i = 0; i < cells.size(); i++) {
            BoundValue v = cells.get(i);
            if (!v.value().isNumber()) return NOT_A_NUMBER;
            if (!whole) continue;
            BigDecimal n = v.value().number();
            if (!ExactSum.isSmallWhole(n)) {
                whole = false;
                continue;
            }
            sum += n.longValue();
        }
        return whole ? sum : UNKNOWN;
    }
}
