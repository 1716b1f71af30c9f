package nianbao.core.bind;

import java.util.HashSet;
import java.util.Set;

import nianbao.core.syntax.Table;
import nianbao.core.syntax.TableLayout;

/**
 * Whether a table whose cells were inferred from where text stands was read right. A table read from separators
 * (tabs, pipes, cell lines) is taken as written; an inferred one whose rows mostly fail to bind — labels that
 * match nothing, value counts that fit no row — was not a table in that shape (pdftotext without -layout loses
 * the reading order): it is marked unreadable, so that one finding replaces a finding per row.
 */
final class TableReadability {
    private TableReadability() {
    }

    static BoundTable judge(BoundTable t) {
        TableLayout layout = t.tables.get(0).layout();
        if (!layout.isInferred()) return t;
        String reason = layout == TableLayout.FLATTENED ? "表格的单元格连在一起，没有分隔（整张表在一行上）" : unreadable(t);
        if (reason == null) return t;
        t.unreadableReason = reason;
        t.rows.clear();
        t.labels.clear();
        t.unknownRows.clear();
        t.formulas.clear();
        t.balances.clear();
        return t;
    }

    private static String unreadable(BoundTable t) {
        int rows = 0;
        for (Table table : t.tables) rows += table.rows().size();
        int broken = t.unknownRows.size();
        Set<String> bound = new HashSet<>();
        Set<String> recognised = new HashSet<>();
        for (BoundRow r : t.rows) {
            if (!r.duplicate && r.spec != null) recognised.add(r.spec.id);
            if (r.valuesUnknown || r.duplicate) broken++;
            else if (r.spec != null) bound.add(r.spec.id);
        }
        int official = t.officialRows().size();
        boolean mostlyBroken = broken >= 2 && broken * 3 > Math.max(rows, 1);
        // Every official row found with its values: what is left over is for the row rules to report.
        if (bound.size() >= official || !mostlyBroken && bound.size() * 2 >= official) return null;
        // Every official row found, one of them short of a value (table 四 has but one row): that row's own
        // finding (NB201 or the lost cell) says it; the table was read.
        if (recognised.size() >= official && broken == 1 && t.unknownRows.isEmpty()) return null;
        return "能与官方表格对应的行只有 " + bound.size() + " 行（共 " + official + " 行），其余读不出对应的标签和数值（文字的阅读顺序已经打乱）";
    }
}
