package nianbao.core.bind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import nianbao.core.format.FormatSpec.ColumnSpec;
import nianbao.core.syntax.Cell;

/**
 * Finds the cell a row lost when it has one value fewer than its columns. Copying from PDF drops a cell anywhere
 * in a row, not only the 总计; taking the values as shifted from the lost one on would break every column check
 * after it. So each place is tried: the row's values go to the other columns and the lost value is whatever the
 * table's sums (row total, （七） column sums, 勾稽, 四's group totals) require. A place is kept when every sum
 * that involves the row holds, with the lost value a non-negative whole number.
 *
 * <p>When all kept places give the row the same values (a run of equal values, one of them lost), the row is
 * read with them; otherwise the row stays unknown and names the columns that could be missing. Rows located
 * become known to the sums of the next round, so two rows short in one table can still be placed.
 */
final class LostCellLocator {
    private LostCellLocator() {
    }

    /** One place tried for the lost cell: the row's values in official column order, the lost one included. */
    private record Placement(int column, BigDecimal[] values) {
    }

    /**
     * One linear relation among cells (Σ sign·cell = 0) seen from one row: the coefficients of the row's own
     * columns and the sum of the other cells' terms.
     */
    private record Relation(int[] coefficients, BigDecimal rest) {
    }

    /** Places the short rows of a bound table whose formulas have been built with the rows' placeholders. */
    static void locate(BoundTable table) {
        List<BoundRow> pending = new ArrayList<>();
        for (BoundRow r : table.rows) {
            if (r.shortCells != null) pending.add(r);
        }
        if (pending.isEmpty()) return;
        Map<BoundValue, BigDecimal> settled = new IdentityHashMap<>();
        Map<BoundValue, BigDecimal> known = totalsAsFixAllWrites(table, pending, settled);
        boolean progress = true;
        while (progress && !pending.isEmpty()) {
            progress = false;
            for (BoundRow r : List.copyOf(pending)) {
                List<Placement> kept = r.duplicate ? List.of() : consistentPlacements(table, r, known);
                if (!sameValues(kept)) continue;
                settle(r, kept.get(kept.size() - 1), settled);
                pending.remove(r);
                progress = true;
                // The totals over the row are now what fix-all writes from its values (a total that waited on it too).
                known = totalsAsFixAllWrites(table, pending, settled);
            }
            if (!progress && locatePair(table, pending, known, settled)) {
                progress = true;
                known = totalsAsFixAllWrites(table, pending, settled);
            }
        }
        boolean totalColumnAbsent = !pending.isEmpty() && totalColumnAbsent(table, pending);
        for (BoundRow r : pending) {
            List<Integer> candidates = new ArrayList<>();
            if (!r.duplicate) consistentPlacements(table, r, known).forEach(p -> candidates.add(p.column));
            int total = r.values.size() - 1;
            if (totalColumnAbsent && !r.duplicate && (candidates.isEmpty() || candidates.contains(total))) {
                // The table was written without its 总计 column (a PDF that dropped it, totals never filled in):
                // a short row no sum places elsewhere lacks its 总计, as its neighbours do; the sums check the rest.
                place(r, new Placement(total, valuesWithout(given(r), total)));
                continue;
            }
            if (candidates.isEmpty()) {
                for (int j = 0; j < r.values.size(); j++) candidates.add(j);
            }
            r.lostCellCandidates = List.copyOf(candidates);
            r.foundValueCount = r.shortCells.size();
            r.valuesUnknown = true;
            r.shortCells = null;
        }
    }

    /**
     * The derived cells whose formulas do not reach a short row, with the values fix-all writes in them (as
     * {@link nianbao.core.fix.FixAll#recomputed} computes them). The lost cell is placed in the table as fix-all
     * leaves it: otherwise a wrong total elsewhere can block every place, fix-all corrects it, and the cell is
     * placed (and its fix offered) only after fix-all has run. Rows already placed count with their placed values
     * ({@code settled}, which the result includes), so a total waiting on one of them is known once it is placed.
     */
    private static Map<BoundValue, BigDecimal> totalsAsFixAllWrites(BoundTable table, List<BoundRow> pending,
                                                                    Map<BoundValue, BigDecimal> settled) {
        Map<BoundValue, BigDecimal> computed = new IdentityHashMap<>();
        Map<BoundValue, Boolean> uncertain = new IdentityHashMap<>();
        for (Formula f : table.formulas) {
            BoundValue target = f.target();
            if (pending.contains(target.row()) || uncertain.containsKey(target)
                    || target.value().kind() == CellValue.Kind.NOT_A_NUMBER) continue;
            if (guessed(target) || f.parts().stream().anyMatch(LostCellLocator::guessed)) {
                // Fix-all writes no total that rests on a row placed by guess (FixAll.rests): it stays as written.
                uncertain.put(target, Boolean.TRUE);
                computed.remove(target);
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (BoundValue part : f.parts()) {
                BigDecimal v = pending.contains(part.row()) || uncertain.containsKey(part) ? null
                        : computed.containsKey(part) ? computed.get(part)
                        : settled.containsKey(part) ? settled.get(part)
                        : part.value().isNumber() ? part.value().number() : null;
                if (v == null) {
                    sum = null;
                    break;
                }
                sum = sum.add(v);
            }
            if (sum == null) continue;
            BigDecimal earlier = computed.get(target);
            if (earlier != null && earlier.compareTo(sum) != 0) {
                // Two formulas disagree on the cell: fix-all leaves it as written.
                uncertain.put(target, Boolean.TRUE);
                computed.remove(target);
                continue;
            }
            computed.put(target, sum);
        }
        Map<BoundValue, BigDecimal> known = new IdentityHashMap<>(settled);
        known.putAll(computed);
        return known;
    }

    /** A cell of a row placed here whose lost cell is not a 总计 at its end (NB210, a place the sums guessed). */
    private static boolean guessed(BoundValue v) {
        LostCell lost = v.row().lostCell;
        return lost != null && !lost.totalAtEnd();
    }

    private static void settle(BoundRow r, Placement chosen, Map<BoundValue, BigDecimal> known) {
        for (int j = 0; j < chosen.values.length; j++) known.put(r.values.get(j), chosen.values[j]);
        place(r, chosen);
    }

    /** Beyond this many rows short in one table, pairs are not tried (the table is broken more widely). */
    private static final int MAX_PAIRED = 4;

    /**
     * Two short rows that block each other (each in the other's column sums): tries every place in one with every
     * place in the other, and settles both when all pairs under which every sum holds give them the same values.
     */
    private static boolean locatePair(BoundTable table, List<BoundRow> pending, Map<BoundValue, BigDecimal> known,
                                      Map<BoundValue, BigDecimal> settled) {
        List<BoundRow> rows = pending.stream().filter(r -> !r.duplicate).toList();
        if (rows.size() < 2 || rows.size() > MAX_PAIRED) return false;
        for (int a = 0; a < rows.size(); a++) {
            for (int b = a + 1; b < rows.size(); b++) {
                BoundRow first = rows.get(a);
                BoundRow second = rows.get(b);
                List<Placement[]> pairs = new ArrayList<>();
                for (Placement q : consistentPlacements(table, second, known)) {
                    Map<BoundValue, BigDecimal> withQ = new IdentityHashMap<>(known);
                    for (int j = 0; j < q.values.length; j++) withQ.put(second.values.get(j), q.values[j]);
                    for (Placement p : consistentPlacements(table, first, withQ)) pairs.add(new Placement[]{p, q});
                }
                if (pairs.isEmpty()) continue;
                List<Placement> firsts = pairs.stream().map(x -> x[0]).toList();
                List<Placement> seconds = pairs.stream().map(x -> x[1]).toList();
                if (!sameValues(firsts) || !sameValues(seconds)) continue;
                settle(first, firsts.get(firsts.size() - 1), settled);
                settle(second, seconds.get(seconds.size() - 1), settled);
                pending.remove(first);
                pending.remove(second);
                return true;
            }
        }
        return false;
    }

    /**
     * At least three rows without a 总计 (one value short, or an empty last cell): the column is absent, and a short
     * row is more likely one more row without it than a row that lost another cell.
     */
    private static boolean totalColumnAbsent(BoundTable table, List<BoundRow> pending) {
        List<ColumnSpec> columns = pending.get(0).columns();
        if (!columns.get(columns.size() - 1).isTotal()) return false;
        long withoutTotal = table.rows.stream().filter(r -> r.shortCells != null
                || (r.lostCell != null && r.lostCell.totalAtEnd())
                || (!r.valuesUnknown && r.values.get(r.values.size() - 1).value().kind() == CellValue.Kind.EMPTY)).count();
        return withoutTotal >= 3;
    }

    private static BigDecimal[] given(BoundRow r) {
        int n = r.shortCells.size();
        BigDecimal[] given = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            CellValue v = CellValue.parse(r.shortCells.get(i).text());
            given[i] = v.isNumber() ? v.number() : null;
        }
        return given;
    }

    private static boolean sameValues(List<Placement> kept) {
        if (kept.isEmpty()) return false;
        for (Placement p : kept) {
            for (int j = 0; j < p.values.length; j++) {
                BigDecimal a = p.values[j];
                BigDecimal b = kept.get(0).values[j];
                if (a == null ? b != null : b == null || a.compareTo(b) != 0) return false;
            }
        }
        return true;
    }

    /** Binds the row's cells around the lost one; the lost cell stays missing (no sum counts it) and is reported. */
    private static void place(BoundRow r, Placement chosen) {
        List<Cell> cells = r.shortCells;
        List<ColumnSpec> columns = r.columns();
        int lost = chosen.column;
        List<BoundValue> values = new ArrayList<>();
        for (int j = 0; j < columns.size(); j++) {
            if (j == lost) {
                values.add(new BoundValue(r, j, -1, CellValue.MISSING_VALUE, cellBefore(r, lost)));
            } else {
                int k = j < lost ? j : j - 1;
                values.add(new BoundValue(r, j, r.shortCellsFrom + k, CellValue.parse(cells.get(k).text()), -1));
            }
        }
        r.values.clear();
        r.values.addAll(values);
        r.foundValueCount = cells.size();
        int before = insertAfter(r, lost) < 0 ? cells.get(0).start() : -1;
        boolean totalAtEnd = lost == columns.size() - 1 && columns.get(lost).isTotal();
        r.lostCell = new LostCell(lost, chosen.values[lost], before, totalAtEnd);
        r.shortCells = null;
    }

    /** The end of the cell the lost one follows (a value, padding or the label), or -1 when none precedes it. */
    private static int insertAfter(BoundRow r, int lost) {
        int cell = cellBefore(r, lost);
        return cell < 0 ? -1 : r.row.cellEnd(cell);
    }

    /** Index in the row of the cell the lost one follows (a value, padding or the label), or -1 when none precedes it. */
    private static int cellBefore(BoundRow r, int lost) {
        if (lost > 0) return r.shortCellsFrom + lost - 1;
        // Text aligned by spaces: the label may end on another line than the values; insert before the first value.
        if (r.layout == nianbao.core.syntax.TableLayout.SPACE_ALIGNED) return -1;
        return r.shortCellsFrom - 1;
    }

    /** The places for the lost cell under which every sum involving the row holds. */
    private static List<Placement> consistentPlacements(BoundTable table, BoundRow r, Map<BoundValue, BigDecimal> known) {
        int n = r.values.size();
        List<Relation> relations = relations(table, r, known);
        BigDecimal[] given = given(r);
        // Each relation under each place: null (a cell unreadable), HOLDS, FAILS, or the lost value it requires.
        Object[][] outcome = new Object[n][relations.size()];
        boolean[] informative = new boolean[relations.size()];
        for (int lost = 0; lost < n; lost++) {
            BigDecimal[] values = valuesWithout(given, lost);
            for (int i = 0; i < relations.size(); i++) {
                outcome[lost][i] = evaluate(relations.get(i), values, lost);
                if (outcome[lost][i] != null && outcome[lost][i] != FAILS) informative[i] = true;
            }
        }
        List<Placement> out = new ArrayList<>();
        for (int lost = 0; lost < n; lost++) {
            BigDecimal x = null;
            boolean holds = true;
            for (int i = 0; i < relations.size() && holds; i++) {
                // A sum that fails wherever the lost cell goes is an error of its own (its rule reports it), not a
                // clue to the lost cell.
                Object o = outcome[lost][i];
                if (!informative[i] || o == null || o == HOLDS) continue;
                if (o == FAILS || (x != null && x.compareTo((BigDecimal) o) != 0)) holds = false;
                else x = (BigDecimal) o;
            }
            if (!holds || x == null) continue;
            BigDecimal[] values = valuesWithout(given, lost);
            values[lost] = x;
            out.add(new Placement(lost, values));
        }
        return out;
    }

    private static final Object HOLDS = "holds";
    private static final Object FAILS = "fails";

    private static BigDecimal[] valuesWithout(BigDecimal[] given, int lost) {
        BigDecimal[] values = new BigDecimal[given.length + 1];
        for (int j = 0; j < values.length; j++) {
            if (j != lost) values[j] = given[j < lost ? j : j - 1];
        }
        return values;
    }

    /**
     * One relation under one place: null when a cell it needs is unreadable, HOLDS or FAILS when the lost cell is
     * not in it, else the lost value it requires (FAILS when that would be negative or a fraction).
     */
    private static Object evaluate(Relation rel, BigDecimal[] values, int lost) {
        BigDecimal sum = rel.rest;
        for (int j = 0; j < values.length; j++) {
            if (j == lost || rel.coefficients[j] == 0) continue;
            if (values[j] == null) return null;
            sum = sum.add(values[j].multiply(BigDecimal.valueOf(rel.coefficients[j])));
        }
        int c = rel.coefficients[lost];
        if (c == 0) return sum.signum() == 0 ? HOLDS : FAILS;
        BigDecimal x = sum.negate().divide(BigDecimal.valueOf(c));
        if (x.signum() < 0 || x.stripTrailingZeros().scale() > 0) return FAILS;
        return x.setScale(0);
    }

    /** The table's formulas and 勾稽 relations that involve the row, those with an unreadable other cell left out. */
    private static List<Relation> relations(BoundTable table, BoundRow r, Map<BoundValue, BigDecimal> known) {
        Map<BoundValue, Integer> own = new IdentityHashMap<>();
        for (int j = 0; j < r.values.size(); j++) own.put(r.values.get(j), j);
        List<Relation> out = new ArrayList<>();
        for (Formula f : table.formulas) {
            List<BoundValue> terms = new ArrayList<>(f.parts());
            terms.add(f.target());
            int[] signs = new int[terms.size()];
            Arrays.fill(signs, 1);
            signs[signs.length - 1] = -1;
            addRelation(out, terms, signs, own, known, r.values.size());
        }
        for (Balance b : table.balances) {
            List<BoundValue> terms = new ArrayList<>(b.left());
            terms.addAll(b.right());
            int[] signs = new int[terms.size()];
            for (int i = 0; i < signs.length; i++) signs[i] = i < b.left().size() ? 1 : -1;
            addRelation(out, terms, signs, own, known, r.values.size());
        }
        return out;
    }

    private static void addRelation(List<Relation> out, List<BoundValue> terms, int[] signs, Map<BoundValue, Integer> own,
                                    Map<BoundValue, BigDecimal> known, int columns) {
        int[] coefficients = new int[columns];
        BigDecimal rest = BigDecimal.ZERO;
        boolean involves = false;
        for (int i = 0; i < terms.size(); i++) {
            BoundValue v = terms.get(i);
            Integer j = own.get(v);
            if (j != null) {
                coefficients[j] += signs[i];
                involves = true;
                continue;
            }
            BigDecimal number = known.containsKey(v) ? known.get(v) : v.value().isNumber() ? v.value().number() : null;
            if (number == null) return;
            rest = rest.add(signs[i] > 0 ? number : number.negate());
        }
        if (involves) out.add(new Relation(coefficients, rest));
    }
}
