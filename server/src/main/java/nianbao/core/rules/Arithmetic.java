package nianbao.core.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nianbao.core.bind.Balance;
import nianbao.core.bind.BoundTable;
import nianbao.core.bind.BoundValue;
import nianbao.core.bind.Formula;
import nianbao.core.fix.CellEdits;
import nianbao.core.fix.ExactSum;

/**
 * Which sums fail, reported at their root. A total whose part is itself a wrong total (（七）总计's row total when
 * a （七） cell is wrong; the 勾稽 of a column whose （七） cell is wrong) is a consequence, not a second error: only
 * the root is reported, so the author fixes one cell and every finding goes. A cell is reported once.
 */
final class Arithmetic {
    record Failure(Formula formula, BigDecimal expected) {
    }

    private Arithmetic() {
    }

    static List<Failure> rootFailures(BoundTable table) {
        Set<BoundValue> wrong = wrongTargets(table);
        if (wrong.isEmpty()) return List.of(); // every formula holds (as a table nearly always does)
        Set<BoundValue> reported = new HashSet<>();
        List<Failure> out = new ArrayList<>();
        for (Formula f : table.formulas) {
            if (!wrong.contains(f.target()) || reported.contains(f.target())) continue;
            Optional<BigDecimal> expected = failure(f);
            if (expected.isEmpty()) continue;
            if (anyIn(wrong, f.parts())) continue;
            reported.add(f.target());
            out.add(new Failure(f, expected.get()));
        }
        return out;
    }

    /**
     * Whether a 勾稽 relation involves a total that is wrong by itself (then that total is the finding);
     * {@code wrong} is {@link #wrongTargets} of the balance's table.
     */
    static boolean dependsOnWrongTotal(Set<BoundValue> wrong, Balance balance) {
        return anyIn(wrong, balance.left()) || anyIn(wrong, balance.right());
    }

    private static boolean anyIn(Set<BoundValue> set, List<BoundValue> values) {
        for (BoundValue v : values) {
            if (set.contains(v)) return true;
        }
        return false;
    }

    /** The derived cells whose own formula fails. */
    static Set<BoundValue> wrongTargets(BoundTable table) {
        Set<BoundValue> wrong = null;
        for (Formula f : table.formulas) {
            if (failure(f).isEmpty()) continue;
            if (wrong == null) wrong = new HashSet<>();
            wrong.add(f.target());
        }
        return wrong == null ? Set.of() : wrong;
    }

    /**
     * Whether the target and every part are whole numbers of at most 15 digits and the parts add up to the target
     * (false when it cannot say: then the exact sum in BigDecimal decides).
     */
    private static boolean holdsInLongs(Formula f) {
        long sum = WholeNumberSums.sum(f.parts());
        if (sum == WholeNumberSums.UNKNOWN || sum == WholeNumberSums.NOT_A_NUMBER) return false;
        BigDecimal target = f.target().value().number();
        return ExactSum.isSmallWhole(target) && target.longValue() == sum;
    }

    /** The expected value when the target and all parts are numbers and disagree. */
    private static Optional<BigDecimal> failure(Formula f) {
        if (!f.target().value().isNumber()) return Optional.empty();
        // Counts are whole numbers: added as longs, a sum that holds costs no BigDecimal and no Optional.
        if (holdsInLongs(f)) return Optional.empty();
        Optional<BigDecimal> sum = CellEdits.sum(f.parts());
        if (sum.isEmpty() || sum.get().compareTo(f.target().value().number()) == 0) return Optional.empty();
        return sum;
    }
}
