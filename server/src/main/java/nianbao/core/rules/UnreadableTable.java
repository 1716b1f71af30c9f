package nianbao.core.rules;

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

    private static int firstRowLine(java.util.List<Row> rows, int fallback) {
        return rows.isEmpty() ? fallback : rows.get(0).firstLine();
    }

    /** Whether a finding of another rule is about a table that NB106 reports as unreadable. */
    public static boolean withheld(BoundReport report, Diagnostic d) {
        if (d.code().equals("NB106")) return false;
        boolean tableCode = ABOUT_TABLES.contains(d.code()) || d.code().startsWith("NB2") || d.code().startsWith("NB3");
        if (!tableCode) return false;
        for (BoundTable t : report.allTables()) {
            if (t.unreadableReason == null) continue;
            if (d.code().equals("NB403")) return true;
            for (Section s : report.syntax().sections()) {
                boolean holds = s.firstLine() <= t.firstLine() && t.lastLine() <= s.lastLine();
                int line = d.range().startLine();
                if (holds && s.firstLine() <= line && line <= s.lastLine()) return true;
            }
        }
        return false;
    }
}
