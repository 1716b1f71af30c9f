package nianbao.core.fix;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import nianbao.core.CheckResult;
import nianbao.core.bind.BoundTable;
import nianbao.core.bind.BoundValue;
import nianbao.core.bind.CellValue;
import nianbao.core.bind.Formula;
import nianbao.core.bind.LostCell;
import nianbao.core.diag.TextEdit;
import nianbao.core.text.SourceText;

/**
 * "重新计算全部总计": every derived cell recomputed in dependency order (items → （七）总计 → row totals; 四's group
 * totals), using values already recomputed. Cells that already hold the right number are left alone, so applying
 * the edits twice changes nothing the second time. A formula with a part that is not a number is skipped, and a
 * derived cell whose text is not a number ("约17件") is never overwritten: it is the author's to correct (NB203).
 *
 * <p>The knock-on changes (a row total recomputed because one of its parts is) belong to the fix of the cell
 * they follow from: {@link #knockOnEdits} lets a finding's fix declare them, so that every byte fix-all changes
 * lies inside an edit some finding offers.
 */
public final class FixAll {
    private FixAll() {
    }

    public static List<TextEdit> recomputeTotals(CheckResult result) {
        List<TextEdit> edits = new ArrayList<>();
        for (BoundTable table : result.report().allTables()) {
            recomputed(table).forEach((cell, value) ->
                    CellEdits.setValue(result.source(), cell, CellEdits.format(value)).ifPresent(edits::add));
        }
        return edits;
    }

    /**
     * The derived cells of a table that fix-all changes, in formula order, with their new values. A cell that two
     * formulas derive (（七）总计's 总计: its row, and its column) is changed only when they agree: when they do not
     * (a part of one of them is not a number, so it could not be recomputed), which value is right cannot be known.
     */
    public static Map<BoundValue, BigDecimal> recomputed(BoundTable table) {
        synchronized (RECOMPUTED) {
            Map<BoundValue, BigDecimal> known = RECOMPUTED.get(table);
            if (known != null) return known;
        }
        Map<BoundValue, BigDecimal> computed = Collections.unmodifiableMap(compute(table));
        synchronized (RECOMPUTED) {
            RECOMPUTED.put(table, computed);
        }
        return computed;
    }

    /**
     * {@link #recomputed} of each bound table, taken once (a bound table does not change): every finding on a total
     * asks for it, for its fix and the knock-on edits, and recomputing the whole table each time made a report with
     * many wrong totals quadratic. Weak keys: a table's entry goes with its check result.
     */
    private static final Map<BoundTable, Map<BoundValue, BigDecimal>> RECOMPUTED = new WeakHashMap<>();

    private static Map<BoundValue, BigDecimal> compute(BoundTable table) {
        Map<BoundValue, BigDecimal> computed = new HashMap<>();
        Set<BoundValue> uncertain = new HashSet<>();
        Map<BoundValue, BigDecimal> changed = new LinkedHashMap<>();
        for (Formula f : table.formulas) {
            BoundValue target = f.target();
            if (rests(f)) {
                // Its values stand where a lost cell's guessed place puts them: not certain until the author confirms it.
                uncertain.add(target);
                computed.remove(target);
                changed.remove(target);
                continue;
            }
            if (target.value().kind() == CellValue.Kind.NOT_A_NUMBER || uncertain.contains(target)) continue;
            if (target.row() == table.cutRow() && !target.value().isNumber()) {
                // The row a cut table ends on may simply stop there: NB202 reports no empty cell of it, so fix-all
                // fills none either (every edit must be one a finding declares).
                uncertain.add(target);
                continue;
            }
            BigDecimal sum = sumOf(f, computed, uncertain);
            if (sum == null) continue;
            BigDecimal earlier = computed.get(target);
            if (earlier != null && earlier.compareTo(sum) != 0) {
                uncertain.add(target);
                computed.remove(target);
                changed.remove(target);
                continue;
            }
            computed.put(target, sum);
            BigDecimal written = numberOf(target);
            if (written == null || written.compareTo(sum) != 0) {
                changed.put(target, sum);
            } else {
                changed.remove(target);
            }
        }
        return changed;
    }

    /** The sum of a formula's parts as fix-all knows them (recomputed, or as written), or null when one is unknown. */
    private static BigDecimal sumOf(Formula f, Map<BoundValue, BigDecimal> computed, Set<BoundValue> uncertain) {
        List<BoundValue> parts = f.parts();
        ExactSum sum = new ExactSum(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            BoundValue part = parts.get(i);
            // A recomputed value is never null: absent from the map means not recomputed.
            BigDecimal v = computed.get(part);
            if (v == null) v = uncertain.contains(part) ? null : numberOf(part);
            if (v == null) return null;
            sum.add(v);
        }
        return sum.value();
    }

    /** Whether fix-all changes this cell (a finding offers a fix for a derived cell only when it does). */
    public static boolean changes(BoundTable table, BoundValue cell) {
        return recomputed(table).containsKey(cell);
    }

    /**
     * The edits fix-all makes to cells that follow from {@code root} (the cells whose formulas use it, directly or
     * through other derived cells), with the values fix-all gives them; {@code root}'s own edit is not included.
     */
    public static List<TextEdit> knockOnEdits(SourceText source, BoundTable table, BoundValue root) {
        Set<BoundValue> reached = new HashSet<>();
        reached.add(root);
        for (Formula f : table.formulas) {
            for (BoundValue part : f.parts()) {
                if (reached.contains(part)) {
                    reached.add(f.target());
                    break;
                }
            }
        }
        reached.remove(root);
        if (reached.isEmpty()) return List.of();
        List<TextEdit> edits = new ArrayList<>();
        recomputed(table).forEach((cell, value) -> {
            if (reached.contains(cell)) {
                CellEdits.setValue(source, cell, CellEdits.format(value)).ifPresent(edits::add);
            }
        });
        return edits;
    }

    /**
     * Whether the formula reads a row whose lost cell {@link nianbao.core.bind.LostCellLocator} placed by the table's
     * arithmetic. Fix-all never inserts that cell (a LOST_CELL fix is a quick fix only), so it writes no total that
     * rests on the guess either. Without this, fixing one wrong total can let the locator place a cell it could not
     * place before, and the totals that rest on it would turn fixable only after fix-all has run. A lost 总计 at the
     * end of its row is a total never written, not a guess: it is filled like any missing total.
     */
    private static boolean rests(Formula f) {
        if (onGuessedRow(f.target())) return true;
        for (BoundValue part : f.parts()) {
            if (onGuessedRow(part)) return true;
        }
        return false;
    }

    private static boolean onGuessedRow(BoundValue v) {
        LostCell lost = v.row().lostCell;
        return lost != null && !lost.totalAtEnd();
    }

    private static BigDecimal numberOf(BoundValue v) {
        return v.value().isNumber() ? v.value().number() : null;
    }
}
