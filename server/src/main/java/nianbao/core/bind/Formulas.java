package nianbao.core.bind;

import java.util.ArrayList;
import java.util.List;

import nianbao.core.format.FormatSpec.ColumnSpec;
import nianbao.core.format.FormatSpec.RowSpec;

/**
 * Builds the arithmetic of a bound table from the roles its format data gives rows and columns. Formulas are
 * listed in dependency order (item columns → （七）总计 → row totals), so recomputing them in order converges in
 * one pass.
 */
final class Formulas {
    static final String ROW_TOTAL = "NB301";
    static final String RESULT_TOTAL = "NB302";
    static final String GROUP_TOTAL = "NB304";

    private Formulas() {
    }

    static void build(BoundTable table) {
        switch (table.kind) {
            case REQUESTS -> requests(table);
            case REVIEWS -> reviews(table);
            case ACTIVE -> { }
        }
    }

    private static List<BoundRow> usable(BoundTable table) {
        List<BoundRow> out = new ArrayList<>(table.rows.size());
        for (BoundRow r : table.rows) {
            if (!r.duplicate && !r.valuesUnknown) out.add(r);
        }
        return out;
    }

    private static void requests(BoundTable table) {
        List<ColumnSpec> columns = table.spec.columns;
        int total = columns.size() - 1;
        BoundRow resultTotal = table.rowById(roleRowId(table, "resultTotal"));
        List<BoundRow> results = resultRows(table);
        boolean resultsComplete = results != null && resultTotal != null && !resultTotal.valuesUnknown;
        if (resultsComplete) {
            for (int j = 0; j < total; j++) addColumnSum(table, resultTotal, results, j);
        }
        int partCount = 0;
        for (int j = 0; j < total; j++) {
            if (columns.get(j).isPart()) partCount++;
        }
        for (BoundRow r : usable(table)) {
            BoundValue[] parts = new BoundValue[partCount];
            for (int j = 0, k = 0; j < total; j++) {
                if (columns.get(j).isPart()) parts[k++] = r.value(j);
            }
            table.formulas.add(Formula.over(ROW_TOTAL, r.value(total), parts));
        }
        if (resultsComplete) addColumnSum(table, resultTotal, results, total);
        BoundRow added = table.rowById(roleRowId(table, "new"));
        BoundRow carried = table.rowById(roleRowId(table, "carried"));
        BoundRow next = table.rowById(roleRowId(table, "next"));
        if (added == null || carried == null || next == null || resultTotal == null) return;
        if (added.valuesUnknown || carried.valuesUnknown || next.valuesUnknown || resultTotal.valuesUnknown) return;
        for (int j = 0; j <= total; j++) {
            table.balances.add(new Balance(columns.get(j).label,
                    List.of(added.value(j), carried.value(j)), List.of(resultTotal.value(j), next.value(j))));
        }
    }

    private static void addColumnSum(BoundTable table, BoundRow resultTotal, List<BoundRow> results, int column) {
        BoundValue[] parts = new BoundValue[results.size()];
        for (int i = 0; i < parts.length; i++) parts[i] = results.get(i).value(column);
        table.formulas.add(Formula.over(RESULT_TOTAL, resultTotal.value(column), parts));
    }

    /** The rows summed into （七）总计, or null when one is missing or unreadable (the sum cannot be known). */
    private static List<BoundRow> resultRows(BoundTable table) {
        List<BoundRow> out = new ArrayList<>();
        for (RowSpec spec : table.spec.rows) {
            if (!"result".equals(spec.role)) continue;
            BoundRow r = table.rowById(spec.id);
            if (r == null || r.valuesUnknown) return null;
            out.add(r);
        }
        return out;
    }

    private static String roleRowId(BoundTable table, String role) {
        for (RowSpec spec : table.spec.rows) {
            if (role.equals(spec.role)) return spec.id;
        }
        return null;
    }

    private static void reviews(BoundTable table) {
        List<ColumnSpec> columns = table.spec.columns;
        for (BoundRow r : usable(table)) {
            List<BoundValue> parts = new ArrayList<>();
            for (int j = 0; j < columns.size(); j++) {
                if (columns.get(j).isPart()) {
                    parts.add(r.value(j));
                } else if (columns.get(j).isTotal()) {
                    table.formulas.add(new Formula(GROUP_TOTAL, r.value(j), parts));
                    parts = new ArrayList<>();
                }
            }
        }
    }
}
