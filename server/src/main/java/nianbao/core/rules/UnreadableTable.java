package nianbao.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nianbao.core.bind.BoundReport;
import nianbao.core.bind.BoundTable;
import nianbao.core.diag.Diagnostic;
import nianbao.core.diag.Severity;
import nianbao.core.syntax.Row;
import nianbao.core.syntax.Section;

/**
 * NB106: a table that cannot be read (cells run together on one line, or the reading order lost, as pdftotext
 * without -layout gives it). One finding per table says which, why and what to do; every other finding about the
 * table is withheld, since it would only restate that the table was not read.
 */
public final class UnreadableTable extends BaseRule {
    /** Findings that would be about the unreadable table's rows, cells or arithmetic. */
    private static final Set<String> ABOUT_TABLES = Set.of("NB105", "NB403");

    UnreadableTable() {
        super("NB106", Severity.WARNING, "表格无法读取（单元格连在一起，或阅读顺序被打乱）：未检查该表");
    }

    @Override
    public void check(RuleContext ctx) {
        for (BoundTable t : ctx.report().allTables()) {
            if (t.unreadableReason == null) continue;
            var first = t.tables.get(0);
            var range = first.rows().size() == 1 && first.rows().get(0).cells().size() == 1
                    ? ctx.range(first.rows().get(0).cells().get(0)) : ctx.lineRange(firstRowLine(first.rows(), t.firstLine()));
            ctx.report(range, "无法读取“" + t.spec.name + "”：" + t.unreadableReason
                    + "，因此未检查该表。请从原文件重新复制该表（保留制表符，或复制为每行一个单元格），或直接从 Word/WPS 原稿粘贴");
        }
    }

    private static int firstRowLine(List<Row> rows, int fallback) {
        return rows.isEmpty() ? fallback : rows.get(0).firstLine();
    }

    /**
     * Which findings of the other rules are about a table that NB106 reports as unreadable, taken once per check: asked
     * for every finding, a scan of the tables and sections each time was quadratic in a long report with an unreadable
     * table (10,000 findings × 1,600 sections).
     */
    public static Withholding withholding(BoundReport report) {
        boolean any = false;
        List<Section> holding = new ArrayList<>();
        for (BoundTable t : report.tables().values()) {
            if (t.unreadableReason == null) continue;
            any = true;
            for (Section s : report.syntax().sections()) {
                if (s.firstLine() <= t.firstLine() && t.lastLine() <= s.lastLine()) holding.add(s);
            }
        }
        return new Withholding(any, holding);
    }

    /** The findings NB106 withholds in one check: see {@link #withholding}. */
    public static final class Withholding {
        /** Whether some table is unreadable (then every NB403 finding is withheld). */
        private final boolean anyUnreadable;
        /** The sections that hold an unreadable table. */
        private final List<Section> holding;

        private Withholding(boolean anyUnreadable, List<Section> holding) {
            this.anyUnreadable = anyUnreadable;
            this.holding = holding;
        }

        /** Whether {@code d} restates that an unreadable table was not read, and is left out. */
        public boolean withholds(Diagnostic d) {
            if (!anyUnreadable) return false;
            String code = d.code();
            // NB106's own finding is none of these codes.
            if (!(ABOUT_TABLES.contains(code) || code.startsWith("NB2") || code.startsWith("NB3"))) return false;
            if (code.equals("NB403")) return true;
            int line = d.range().startLine();
            for (Section s : holding) {
                if (s.firstLine() <= line && line <= s.lastLine()) return true;
            }
            return false;
        }
    }
}
