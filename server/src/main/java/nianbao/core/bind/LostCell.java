package nianbao.core.bind;

import java.math.BigDecimal;

/**
 * A value cell a row lost (copying from PDF drops cells), found by the table's own arithmetic: exactly one place
 * for the missing cell makes the row total, the （七） column sums and the 勾稽 hold, and it says the value too.
 *
 * @param column       index of the official column whose cell is missing
 * @param value        what the cell must hold (null for a 总计 taken as lost because the table has no 总计 column)
 * @param insertBefore where the cell goes when no cell precedes it in the row (the first value of a row without a
 *                     label): the offset of the row's first value; -1 when the missing value's {@code insertAt} says
 * @param totalAtEnd   the lost cell is the row's last, a 总计: reported as a missing 总计 (NB202), as a row whose
 *                     总计 was never written; any other lost cell is NB210
 */
public record LostCell(int column, BigDecimal value, int insertBefore, boolean totalAtEnd) {
}
