package nianbao.core.rules.prose;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nianbao.core.bind.Balance;
import nianbao.core.bind.BoundReport;
import nianbao.core.bind.BoundRow;
import nianbao.core.bind.BoundTable;
import nianbao.core.bind.BoundValue;
import nianbao.core.bind.Formula;
import nianbao.core.fix.CellEdits;
import nianbao.core.fix.ExactSum;
import nianbao.core.format.TableKind;
import nianbao.core.rules.WholeNumberSums;

/**
 * The table cells a statement of the prose is about (their sum is what the table says), and whether the table is
 * certainly right: every number in it is a number and its arithmetic (totals, 勾稽) holds.
 */
final class StatementCells {
    private static final int REVIEW_TOTAL = 4;
    private static final int[] LAWSUIT_TOTALS = {9, 14};
    private static final int[] CORRECTED = {1, 6, 11};
    private static final int[] PENDING = {3, 8, 13};

    private StatementCells() {
    }

    /** The cells whose sum the statement states, or empty when the table does not have them (readably). */
    static List<BoundValue> of(BoundReport report, ProseClaim claim) {
        return switch (claim.kind()) {
            case RECEIVED -> totals(report, "new");
            case RECEIVED_WITH_CARRIED -> join(totals(report, "new"), totals(report, "carried"));
            case CARRIED -> totals(report, "carried");
            case DONE -> totals(report, "r7");
            case NEXT, ALL_DONE -> totals(report, "next");
            case R1 -> totals(report, "r1");
            case R2 -> totals(report, "r2");
            case R12 -> join(totals(report, "r1"), totals(report, "r2"));
            case R3 -> group(report, "r3");
            case R4 -> group(report, "r4");
            case R5 -> group(report, "r5");
            case R6 -> group(report, "r6");
            case PERCENT -> of(report, claim.percentOf());
            case CASES -> reviews(report, claim.groups(), new int[]{REVIEW_TOTAL}, LAWSUIT_TOTALS);
            case UPHELD_ALL -> join(reviews(report, claim.groups(), new int[]{CORRECTED[0]}, new int[]{CORRECTED[1], CORRECTED[2]}),
                    reviews(report, claim.groups(), new int[]{PENDING[0]}, new int[]{PENDING[1], PENDING[2]}));
            case NOT_CORRECTED -> reviews(report, claim.groups(), new int[]{CORRECTED[0]}, new int[]{CORRECTED[1], CORRECTED[2]});
            case REGULATION_MADE -> active(report, "b1-1", "本年制发件数");
            case REGULATION_ABOLISHED -> active(report, "b1-1", "本年废止件数");
            case REGULATION_IN_FORCE -> active(report, "b1-1", "现行有效件数");
            case NORMATIVE_MADE -> active(report, "b1-2", "本年制发件数");
            case NORMATIVE_ABOLISHED -> active(report, "b1-2", "本年废止件数");
            case NORMATIVE_IN_FORCE -> active(report, "b1-2", "现行有效件数");
            case LICENSE -> active(report, "b2-1", "本年处理决定数量");
            case PENALTY -> active(report, "b3-1", "本年处理决定数量");
            case COERCION -> active(report, "b3-2", "本年处理决定数量");
            case FEE_AMOUNT -> active(report, "b4-1", "本年收费金额（单位：万元）");
            case FEE_NOTICES, NOT_COLLECTED -> totals(report, "r6-2");
            case OTHER_YEAR, FEE_COLLECTED -> List.of();
        };
    }

    /** The sum the table gives, when every cell is a number. */
    static Optional<BigDecimal> sum(List<BoundValue> cells) {
        return cells.isEmpty() ? Optional.empty() : CellEdits.sum(cells);
    }

    /**
     * What is known of the tables' arithmetic, computed once per rule run: the totals that are wrong by their own
     * sum, and the tables that are certainly right (every row read, every total and 勾稽 relation holding).
     */
    static final class Truth {
        private final Set<BoundValue> wrongTotals = new HashSet<>();
        /** The rows of the tables that are certainly right: a cell is certain when its row is (one entry per row, not per cell). */
        private final Set<BoundRow> certainRows = new HashSet<>();

        Truth(BoundReport report) {
            for (BoundTable t : report.allTables()) {
                boolean certain = t.kind != TableKind.ACTIVE && t.missingRows().isEmpty() && everyRowRead(t);
                for (Formula f : t.formulas) {
                    if (!holds(f.target(), f.parts())) {
                        certain = false;
                        if (f.target().value().isNumber() && CellEdits.sum(f.parts()).isPresent()) wrongTotals.add(f.target());
                    }
                }
                for (Balance b : t.balances) certain &= holds(b.left(), b.right());
                if (certain) {
                    certainRows.addAll(t.rows);
                }
            }
        }

        private static boolean everyRowRead(BoundTable t) {
            for (BoundRow r : t.rows) {
                if (r.duplicate || r.valuesUnknown || r.spec == null) return false;
            }
            return true;
        }

        /** Whether one of the cells is a total that is wrong by its own sum (reported there, not here). */
        boolean wrongTotal(List<BoundValue> cells) {
            for (BoundValue v : cells) {
                if (wrongTotals.contains(v)) return true;
            }
            return false;
        }

        /** Whether the cells' table is certainly right: its totals and its 勾稽 relations all hold. */
        boolean certain(List<BoundValue> cells) {
            for (BoundValue v : cells) {
                if (!certainRows.contains(v.row())) return false;
            }
            return !cells.isEmpty();
        }
    }

    /** {@link #holds(List, List)} of one cell and a sum: the same answer without a list made for every formula. */
    private static boolean holds(BoundValue target, List<BoundValue> parts) {
        if (!target.value().isNumber()) return false;
        long wholeParts = WholeNumberSums.sum(parts);
        if (wholeParts == WholeNumberSums.NOT_A_NUMBER) return false;
        BigDecimal t = target.value().number();
        if (ExactSum.isSmallWhole(t) && wholeParts != WholeNumberSums.UNKNOWN) return t.longValue() == wholeParts;
        Optional<BigDecimal> sum = CellEdits.sum(parts);
        return sum.isPresent() && t.compareTo(sum.get()) == 0;
    }

    private static boolean holds(List<BoundValue> left, List<BoundValue> right) {
        // Whole numbers compared as longs; a cell that is no number means no sum, so the relation does not hold.
        long wholeLeft = WholeNumberSums.sum(left);
        long wholeRight = WholeNumberSums.sum(right);
        if (wholeLeft == WholeNumberSums.NOT_A_NUMBER || wholeRight == WholeNumberSums.NOT_A_NUMBER) return false;
        if (wholeLeft != WholeNumberSums.UNKNOWN && wholeRight != WholeNumberSums.UNKNOWN) return wholeLeft == wholeRight;
        Optional<BigDecimal> l = CellEdits.sum(left);
        Optional<BigDecimal> r = CellEdits.sum(right);
        return l.isPresent() && r.isPresent() && l.get().compareTo(r.get()) == 0;
    }

    private static List<BoundValue> totals(BoundReport report, String rowId) {
        BoundRow row = report.table(TableKind.REQUESTS).map(t -> t.rowById(rowId)).orElse(null);
        if (row == null || row.valuesUnknown || row.values.isEmpty()) return List.of();
        return List.of(row.value(row.values.size() - 1));
    }

    /** The 总计 cells of every row of a group of 三 (r3 → （三）1…8); empty if one is missing or unreadable. */
    private static List<BoundValue> group(BoundReport report, String prefix) {
        Optional<BoundTable> table = report.table(TableKind.REQUESTS);
        if (table.isEmpty()) return List.of();
        List<BoundValue> out = new ArrayList<>();
        for (var spec : table.get().officialRows()) {
            if (!spec.id.equals(prefix) && !spec.id.startsWith(prefix + "-")) continue;
            List<BoundValue> cell = totals(report, spec.id);
            if (cell.isEmpty()) return List.of();
            out.addAll(cell);
        }
        return out;
    }

    private static List<BoundValue> reviews(BoundReport report, int groups, int[] reviewColumns, int[] lawsuitColumns) {
        BoundRow row = report.table(TableKind.REVIEWS).map(t -> t.rowById("reviews")).orElse(null);
        if (row == null || row.valuesUnknown || row.values.size() < 15 || groups == 0) return List.of();
        List<BoundValue> out = new ArrayList<>();
        if ((groups & ProseClaim.REVIEWS) != 0) for (int c : reviewColumns) out.add(row.value(c));
        if ((groups & ProseClaim.LAWSUITS) != 0) for (int c : lawsuitColumns) out.add(row.value(c));
        return out;
    }

    private static List<BoundValue> active(BoundReport report, String rowId, String column) {
        BoundRow row = report.table(TableKind.ACTIVE).map(t -> t.rowById(rowId)).orElse(null);
        if (row == null || row.valuesUnknown) return List.of();
        for (BoundValue v : row.values) {
            if (v.column().label.equals(column)) return List.of(v);
        }
        return List.of();
    }

    private static List<BoundValue> join(List<BoundValue> a, List<BoundValue> b) {
        if (a.isEmpty() || b.isEmpty()) return List.of();
        List<BoundValue> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
