package nianbao.core.bind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nianbao.core.format.FormatSpec;
import nianbao.core.format.FormatVersion;
import nianbao.core.format.TableKind;
import nianbao.core.syntax.ReportSyntax;

/**
 * A report bound to the official format: which version applies and why, and each official table found.
 *
 * @param versionReason how the version was chosen, for messages ("报告年度 2023", "指定", "表格内容", "默认")
 */
public record BoundReport(ReportSyntax syntax, FormatVersion version, String versionReason,
                          Map<TableKind, BoundTable> tables) {

    public FormatSpec spec() {
        return FormatSpec.load(version);
    }

    public Optional<BoundTable> table(TableKind kind) {
        return Optional.ofNullable(tables.get(kind));
    }

    public List<BoundTable> allTables() {
        return List.copyOf(tables.values());
    }

    /** Every value whose column is known: rows neither duplicated nor missing cells. */
    public List<BoundValue> knownValues() {
        int size = 0;
        for (BoundTable t : tables.values()) {
            for (BoundRow r : t.rows) size += r.values.size();
        }
        List<BoundValue> out = new ArrayList<>(size);
        for (BoundTable t : tables.values()) {
            for (BoundRow r : t.rows) {
                if (r.duplicate || r.valuesUnknown) continue;
                // One by one: addAll would copy each row's values to an array first.
                for (BoundValue v : r.values) out.add(v);
            }
        }
        return out;
    }
}
