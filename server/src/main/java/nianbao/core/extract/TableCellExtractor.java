package nianbao.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import nianbao.core.CheckResult;
import nianbao.core.across.AgencyNames;
import nianbao.core.across.ReportFigures;
import nianbao.core.bind.BoundReport;
import nianbao.core.bind.BoundRow;
import nianbao.core.bind.BoundTable;
import nianbao.core.bind.BoundValue;
import nianbao.core.bind.CellValue;
import nianbao.core.diag.Range;
import nianbao.core.format.TableKind;
import nianbao.core.rules.RuleContext;
import nianbao.core.syntax.Cell;

/**
 * Every cell of every statistical table of a report, in a stable order: tables 二, 三, 四; rows as they stand in the
 * text; columns in official order. A row whose cells cannot be matched to columns (cells lost) still gives its
 * cells, with no column id.
 */
public final class TableCellExtractor {
    private static final Pattern NOT_APPLICABLE = Pattern.compile("[/\\\\／—–\\-－_~～…×xX]{1,4}|无|暂无|空|不适用|n/?a|N/?A");

    private TableCellExtractor() {
    }

    public static List<ExtractedCell> extract(String file, CheckResult result) {
        BoundReport report = result.report();
        String agency = AgencyNames.displayNameOf(result.syntax()).orElse("");
        Integer year = result.syntax().reportYear().isPresent() ? result.syntax().reportYear().getAsInt() : null;
        String version = report.version().id();
        RuleContext ranges = new RuleContext(report);
        List<ExtractedCell> out = new ArrayList<>();
        for (TableKind kind : TableKind.values()) {
            BoundTable table = report.table(kind).orElse(null);
            if (table == null) continue;
            List<BoundRow> rows = new ArrayList<>(table.rows);
            rows.sort(java.util.Comparator.comparingInt(BoundRow::firstLine));
            for (BoundRow row : rows) {
                String rowId = row.spec == null ? "" : row.spec.id;
                Row r = new Row(file, agency, year, version, kind.id(), table.spec.name, rowId, row.displayName());
                if (row.valuesUnknown) {
                    for (int i = Math.max(0, row.labelIndex + 1); i < row.row.cells().size(); i++) {
                        Cell c = row.row.cells().get(i);
                        if (c.isEmpty()) continue;
                        out.add(r.cell("", "", c.text(), CellValue.parse(c.text()), result.source().range(c.start(), c.end())));
                    }
                    continue;
                }
                for (BoundValue v : row.values) {
                    String raw = v.cell() == null ? "" : v.cell().text();
                    out.add(r.cell(String.valueOf(v.columnIndex() + 1), v.column().fullLabel(), raw, v.value(), ranges.range(v)));
                }
            }
        }
        return out;
    }

    /** What the cells of one row share. */
    private record Row(String file, String agency, Integer year, String version, String table, String tableName,
                       String rowId, String rowLabel) {
        ExtractedCell cell(String columnId, String columnLabel, String raw, CellValue value, Range at) {
            return new ExtractedCell(file, agency, year, version, table, tableName, rowId, rowLabel, columnId, columnLabel,
                    raw, value.isNumber() ? ReportFigures.format(value.number()) : "", kind(value), at.startLine() + 1,
                    at.startColumn() + 1);
        }
    }

    private static ExtractedCellKind kind(CellValue value) {
        return switch (value.kind()) {
            case NUMBER -> ExtractedCellKind.NUMBER;
            case EMPTY -> ExtractedCellKind.EMPTY;
            case MISSING -> ExtractedCellKind.MISSING;
            case NOT_A_NUMBER -> NOT_APPLICABLE.matcher(value.text().strip()).matches() ? ExtractedCellKind.NOT_APPLICABLE : ExtractedCellKind.TEXT;
        };
    }
}
