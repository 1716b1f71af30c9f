package nianbao.core.bind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;

import nianbao.core.format.FormatSpec;
import nianbao.core.format.FormatSpec.BlockSpec;
import nianbao.core.format.FormatSpec.ColumnSpec;
import nianbao.core.format.FormatSpec.RowSpec;
import nianbao.core.format.FormatSpec.SectionSpec;
import nianbao.core.format.FormatSpec.TableSpec;
import nianbao.core.format.FormatVersion;
import nianbao.core.format.TableKind;
import nianbao.core.text.Similarity;

/**
 * Every label of both official formats (row labels and their variants, groups, column headers, block headings,
 * notes, section titles), by core form ({@link LabelMatch#core}): a written label that is one of them is found by
 * one hash look-up, and its similarity to any other official label is computed once per process and then read
 * from a table ({@code n²} entries for a few hundred labels).
 */
final class OfficialLabels {
    private static final Map<String, Integer> INDEX = new HashMap<>();
    private static final List<String> CORES = new ArrayList<>();
    /**
     * Similarity of each pair as its bits plus one, 0 until first asked (the array's initial value: no start-up
     * loop over {@code n²} entries); shared by the checking threads.
     */
    private static final AtomicLongArray SIMILARITY;
    private static final long UNKNOWN = 0L;

    static {
        for (FormatVersion v : FormatVersion.values()) {
            FormatSpec spec = FormatSpec.load(v);
            for (SectionSpec s : spec.sections) add(s.title);
            for (TableKind kind : TableKind.values()) addTable(spec.table(kind));
        }
        int n = CORES.size();
        SIMILARITY = new AtomicLongArray(n * n);
    }

    private OfficialLabels() {
    }

    /** The index of an official core form, or -1 for text the format does not contain. */
    static int indexOf(String core) {
        Integer i = INDEX.get(core);
        return i == null ? -1 : i;
    }

    /** {@link Similarity#of} of two official cores, from the table once computed. */
    static double similarity(int a, int b) {
        if (a == b) return 1.0;
        int at = a * CORES.size() + b;
        long bits = SIMILARITY.get(at);
        if (bits != UNKNOWN) return Double.longBitsToDouble(bits - 1);
        double s = Similarity.of(CORES.get(a), CORES.get(b));
        // A similarity lies in [0, 1]: its bits are far from -1, so bits + 1 is never UNKNOWN.
        SIMILARITY.set(at, Double.doubleToRawLongBits(s) + 1);
        return s;
    }

    private static void addTable(TableSpec t) {
        if (t.headerTerms != null) {
            for (String term : t.headerTerms) add(term);
        }
        add(t.note);
        addColumns(t.columns);
        addRows(t.rows);
        if (t.blocks != null) {
            for (BlockSpec b : t.blocks) {
                add(b.heading);
                add(b.headerLabel);
                addColumns(b.columns);
                addRows(b.rows);
            }
        }
    }

    private static void addColumns(List<ColumnSpec> columns) {
        if (columns == null) return;
        for (ColumnSpec c : columns) {
            add(c.label);
            add(c.group);
        }
    }

    private static void addRows(List<RowSpec> rows) {
        if (rows == null) return;
        for (RowSpec r : rows) {
            add(r.label);
            if (r.aliases != null) {
                for (String alias : r.aliases) add(alias);
            }
            if (r.groups != null) {
                for (String group : r.groups) add(group);
            }
        }
    }

    private static void add(String label) {
        if (label == null) return;
        String core = LabelMatch.coreOf(label);
        if (INDEX.putIfAbsent(core, CORES.size()) == null) CORES.add(core);
    }
}
