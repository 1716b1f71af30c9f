package nianbao.core.bind;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nianbao.core.format.FormatSpec;
import nianbao.core.format.FormatSpec.BlockSpec;
import nianbao.core.format.FormatSpec.ColumnSpec;
import nianbao.core.format.FormatSpec.RowSpec;
import nianbao.core.format.FormatSpec.TableSpec;
import nianbao.core.format.FormatVersion;
import nianbao.core.format.TableKind;
import nianbao.core.syntax.ReportSyntax;
import nianbao.core.syntax.Row;
import nianbao.core.syntax.Section;
import nianbao.core.syntax.Table;

/**
 * Binds a syntax tree to the official format: tells which official table each table is (by its labels, or by
 * the section it stands in), which format version applies, and binds each table.
 */
public final class ReportBinder {
    private static final Map<TableKind, Set<String>> VOCABULARY = new EnumMap<>(TableKind.class);
    private static final Map<TableKind, Map<FormatVersion, Set<String>>> VERSION_ONLY = new EnumMap<>(TableKind.class);

    static {
        for (TableKind kind : TableKind.values()) {
            Map<FormatVersion, Set<String>> byVersion = new EnumMap<>(FormatVersion.class);
            Set<String> all = new HashSet<>();
            for (FormatVersion v : FormatVersion.values()) {
                Set<String> words = vocabulary(FormatSpec.load(v).table(kind));
                byVersion.put(v, words);
                all.addAll(words);
            }
            VOCABULARY.put(kind, all);
            Map<FormatVersion, Set<String>> only = new EnumMap<>(FormatVersion.class);
            for (FormatVersion v : FormatVersion.values()) {
                Set<String> own = new HashSet<>(byVersion.get(v));
                for (FormatVersion other : FormatVersion.values()) {
                    if (other != v) own.removeAll(byVersion.get(other));
                }
                only.put(v, own);
            }
            VERSION_ONLY.put(kind, only);
        }
        boolean digitWord = false;
        for (Set<String> words : VOCABULARY.values()) {
            for (String w : words) digitWord |= isAsciiDigits(w);
        }
        SKIP_NUMBER_CELLS = !digitWord;
    }

    /**
     * The core of a cell of ASCII digits is itself digits (or empty): when no official word is, such cells (most of
     * a table) can never count as one, and are not looked up.
     */
    private static final boolean SKIP_NUMBER_CELLS;

    private static boolean isAsciiDigits(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        }
        return true;
    }

    private ReportBinder() {
    }

    /** @param forced the version the user asked for, or null for automatic detection */
    public static BoundReport bind(ReportSyntax syntax, FormatVersion forced) {
        Map<TableKind, List<Placed>> byKind = new LinkedHashMap<>();
        for (Placed placed : placedTables(syntax)) {
            nianbao.core.CheckCancellation.checkpoint(); // a superseded check stops within a table
            TableKind kind = kindOf(placed);
            if (kind == null) continue;
            List<Placed> same = byKind.get(kind);
            if (same == null) byKind.put(kind, same = new ArrayList<>());
            same.add(placed);
        }
        Map<TableKind, FormatVersion> signals = new EnumMap<>(TableKind.class);
        for (Map.Entry<TableKind, List<Placed>> e : byKind.entrySet()) {
            FormatVersion v = signalledVersion(e.getKey(), e.getValue());
            if (v != null) signals.put(e.getKey(), v);
        }
        FormatVersion version;
        String reason;
        if (forced != null) {
            version = forced;
            reason = "指定为 " + forced.id() + " 版";
        } else if (syntax.reportYear().isPresent()) {
            version = FormatVersion.forReportYear(syntax.reportYear().getAsInt());
            reason = "报告年度为 " + syntax.reportYear().getAsInt() + " 年";
        } else if (!signals.isEmpty()) {
            long v2019 = 0;
            for (FormatVersion v : signals.values()) {
                if (v == FormatVersion.V2019) v2019++;
            }
            version = v2019 * 2 > signals.size() ? FormatVersion.V2019 : FormatVersion.V2021;
            reason = "表格内容";
        } else {
            version = FormatVersion.V2021;
            reason = "默认";
        }
        Map<TableKind, BoundTable> bound = new EnumMap<>(TableKind.class);
        for (Map.Entry<TableKind, List<Placed>> e : byKind.entrySet()) {
            FormatVersion signalled = signals.get(e.getKey());
            // A table in the other version's shape is bound to that version, so that its rows still bind and the
            // author gets one NB208 rather than a row-by-row list of differences.
            FormatVersion used = forced != null ? forced : signalled != null ? signalled : version;
            TableSpec spec = FormatSpec.load(used).table(e.getKey());
            List<Table> tables = new ArrayList<>(e.getValue().size());
            for (Placed p : e.getValue()) tables.add(p.table);
            BoundTable table = TableReadability.judge(TableBinder.bind(e.getKey(), spec, signalled, tables));
            table.seal();
            bound.put(e.getKey(), table);
        }
        return new BoundReport(syntax, version, reason, bound);
    }

    /** A table, the section it stands in, and the core form of each non-empty cell (taken once, counted often). */
    private record Placed(Table table, int section, String[] cores) {
        Placed(Table table, int section) {
            this(table, section, coresOf(table));
        }

        private static String[] coresOf(Table table) {
            // Counted first: one array of the right size rather than a growing list and its copy.
            int n = 0;
            for (Row r : table.rows()) {
                for (int i = 0; i < r.cellCount(); i++) {
                    if (isLabelCell(r.cellText(i))) n++;
                }
            }
            String[] out = new String[n];
            int k = 0;
            for (Row r : table.rows()) {
                for (int i = 0; i < r.cellCount(); i++) {
                    String text = r.cellText(i);
                    if (isLabelCell(text)) out[k++] = LabelMatch.core(text);
                }
            }
            return out;
        }

        private static boolean isLabelCell(String text) {
            return !text.isEmpty() && !(SKIP_NUMBER_CELLS && isAsciiDigits(text));
        }
    }

    private static List<Placed> placedTables(ReportSyntax syntax) {
        List<Placed> out = new ArrayList<>();
        for (var b : syntax.preamble()) {
            if (b instanceof Table t) out.add(new Placed(t, 0));
        }
        for (Section s : syntax.sections()) {
            for (Table t : s.tables()) out.add(new Placed(t, s.heading().sectionNumber()));
        }
        return out;
    }

    /** The official table this one is: the kind whose labels it uses most, else that of its section. */
    private static TableKind kindOf(Placed placed) {
        TableKind best = null;
        int bestCount = 0;
        for (TableKind kind : TableKind.values()) {
            int count = countWords(placed, VOCABULARY.get(kind));
            if (count > bestCount || (count == bestCount && count > 0 && kind.section() == placed.section)) {
                bestCount = count;
                best = kind;
            }
        }
        if (bestCount >= 2) return best;
        return TableKind.forSection(placed.section);
    }

    private static FormatVersion signalledVersion(TableKind kind, List<Placed> tables) {
        int[] counts = new int[FormatVersion.values().length];
        for (FormatVersion v : FormatVersion.values()) {
            for (Placed t : tables) counts[v.ordinal()] += countWords(t, VERSION_ONLY.get(kind).get(v));
        }
        if (kind == TableKind.REQUESTS && otherHandlingHasValues(tables)) counts[FormatVersion.V2019.ordinal()] += 3;
        int a = counts[FormatVersion.V2019.ordinal()];
        int b = counts[FormatVersion.V2021.ordinal()];
        if (a == b) return null;
        return a > b ? FormatVersion.V2019 : FormatVersion.V2021;
    }

    /** 2019's （六）其他处理 is a row of values; in 2021 it is a group over three items. */
    private static boolean otherHandlingHasValues(List<Placed> tables) {
        String key = LabelMatch.core("（六）其他处理");
        for (Placed t : tables) {
            // The label is one of the table's cells: a table without that core anywhere has no such row.
            if (!contains(t.cores, key)) continue;
            for (Row r : t.table.rows()) {
                // The row's shape read without making one: only this row of one table is looked for.
                int label = RowShape.labelIndexOf(r);
                if (label >= 0 && RowShape.hasValuesAfter(r, label) && LabelMatch.core(r.cellText(label)).equals(key)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean contains(String[] cores, String key) {
        for (String core : cores) {
            if (core.equals(key)) return true;
        }
        return false;
    }

    private static int countWords(Placed table, Set<String> words) {
        int n = 0;
        for (String core : table.cores) {
            if (words.contains(core)) n++;
        }
        return n;
    }

    private static Set<String> vocabulary(TableSpec spec) {
        Set<String> out = new HashSet<>();
        if (spec.headerTerms != null) spec.headerTerms.forEach(t -> out.add(LabelMatch.core(t)));
        if (spec.columns != null) spec.columns.forEach(c -> out.add(LabelMatch.core(c.label)));
        List<RowSpec> rows = new ArrayList<>();
        if (spec.rows != null) rows.addAll(spec.rows);
        if (spec.blocks != null) {
            for (BlockSpec b : spec.blocks) {
                out.add(LabelMatch.core(b.heading));
                out.add(LabelMatch.core(b.headerLabel));
                for (ColumnSpec c : b.columns) out.add(LabelMatch.core(c.label));
                rows.addAll(b.rows);
            }
        }
        for (RowSpec r : rows) {
            if (!r.label.isEmpty()) out.add(LabelMatch.core(r.label));
            r.groups.forEach(g -> out.add(LabelMatch.core(g)));
        }
        out.remove("");
        // Words both tables share say nothing about which table this is.
        out.remove(LabelMatch.core("总计"));
        out.remove(LabelMatch.core("其他"));
        return out;
    }
}
