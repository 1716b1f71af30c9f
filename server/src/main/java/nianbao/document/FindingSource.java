package nianbao.document;

import java.util.Optional;

import nianbao.core.CheckResult;
import nianbao.core.bind.BoundRow;
import nianbao.core.bind.BoundTable;
import nianbao.core.bind.BoundValue;
import nianbao.core.diag.Range;
import nianbao.document.ConvertedDocument.PlacedSpan;

/**
 * Where a finding on a document's text stands in the document itself: its place, the official column of the cell
 * (总计) when the finding is on a value, and the text of the cell or paragraph there.
 *
 * @param column  official column label, or null
 * @param snippet the cell's or paragraph's text
 */
public record FindingSource(SourcePlace place, String column, String snippet) {

    /** "表3 第8行 总计", "表3 第8行 第9格", "第5段", "第2页 表1 第4行 自然人". */
    public String describe() {
        String where = place.describe();
        if (!place.inTable()) return where;
        return where + " " + (column != null ? column : "第" + place.cell() + "格");
    }

    public static Optional<FindingSource> of(ConvertedDocument document, CheckResult result, Range range) {
        int offset = result.source().startOffset(range);
        Optional<PlacedSpan> span = document.spanAt(offset);
        if (span.isEmpty()) return Optional.empty();
        PlacedSpan s = span.get();
        String snippet = document.text().substring(s.start(), s.end());
        return Optional.of(new FindingSource(s.place(), s.place().inTable() ? columnAt(result, offset) : null, snippet));
    }

    private static String columnAt(CheckResult result, int offset) {
        for (BoundTable table : result.report().allTables()) {
            for (BoundRow row : table.rows) {
                for (BoundValue v : row.values) {
                    if (v.hasCell() && v.cellStart() <= offset && offset <= v.cellEnd()) return v.column().fullLabel();
                }
            }
        }
        return null;
    }
}
