package nianbao.core.bind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
    /**
     * Each official row's names (its label, then its aliases) taken apart, by row: binding compares every written
     * label with them, and a look-up of the official strings in {@link LabelMatch}'s cache compared their text with
     * the written label's that the cache holds as its key. Filled once, then only read.
     */
    private static final Map<RowSpec, LabelMatch.Parsed[]> ROW_NAMES = new IdentityHashMap<>();
    /** Every official label taken apart, by the format's own String (header terms, groups): the same, for one label. */
    private static final Map<String, LabelMatch.Parsed> TAKEN = new IdentityHashMap<>();

    static {
        for (FormatVersion v : FormatVersion.values()) {
            FormatSpec spec = FormatSpec.load(v);
            for (SectionSpec s : spec.sections) add(s.title);
            for (TableKind kind : TableKind.values()) addTable(spec.table(kind));
        }
        int n = CORES.size();
        SIMILARITY = new AtomicLongArray(n * n);
        // After INDEX is complete: a label taken apart carries its core's index.
        for (String label : new ArrayList<>(TAKEN.keySet())) TAKEN.put(label, LabelMatch.taken(label));
        for (FormatVersion v : FormatVersion.values()) {
            FormatSpec spec = FormatSpec.load(v);
            for (TableKind kind : TableKind.values()) {
                TableSpec t = spec.table(kind);
                takeRowNames(t.rows);
                if (t.blocks != null) {
                    for (BlockSpec b : t.blocks) takeRowNames(b.rows);
                }
            }
        }
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

    /** The names of an official row taken apart: its label first, then its aliases ({@link RowSpec#namesToMatch}). */
    static LabelMatch.Parsed[] rowNames(RowSpec row) {
        LabelMatch.Parsed[] names = ROW_NAMES.get(row);
        return names != null ? names : takenNames(row);
    }

    /** An official label (the format's own String) taken apart; any other String is taken apart through the cache. */
    static LabelMatch.Parsed taken(String official) {
        LabelMatch.Parsed p = TAKEN.get(official);
        return p != null ? p : LabelMatch.parsed(official);
    }

    private static void takeRowNames(List<RowSpec> rows) {
        if (rows == null) return;
        for (RowSpec r : rows) ROW_NAMES.put(r, takenNames(r));
    }

    private static LabelMatch.Parsed[] takenNames(RowSpec row) {
        List<String> names = row.namesToMatch();
        LabelMatch.Parsed[] out = new LabelMatch.Parsed[names.size()];
        for (int i = 0; i < out.length; i++) out[i] = LabelMatch.taken(names.get(i));
        return out;
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
        TAKEN.put(label, null);
        String core = LabelMatch.coreOf(label);
        if (INDEX.putIfAbsent(core, CORES.size()) == null) CORES.add(core);
    }
}
