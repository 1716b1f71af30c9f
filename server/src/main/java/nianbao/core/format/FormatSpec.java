package nianbao.core.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.google.gson.stream.JsonReader;

/**
 * The official format of one version, read from {@code /nianbao/format/format-VERSION.json}: section titles,
 * the three tables with their blocks, rows, columns and the role each row and column plays in the arithmetic.
 * Field names mirror the JSON; {@link FormatSpecJsonReader} fills them (no reflection at start-up).
 */
public final class FormatSpec {
    private static final Map<FormatVersion, FormatSpec> CACHE = new EnumMap<>(FormatVersion.class);

    public String version;
    public String source;
    public List<SectionSpec> sections;
    public Tables tables;
    public boolean feeStatementRequired;
    public List<String> feeKeywords;

    public static synchronized FormatSpec load(FormatVersion version) {
        return CACHE.computeIfAbsent(version, FormatSpec::read);
    }

    private static FormatSpec read(FormatVersion version) {
        String path = "/nianbao/format/format-" + version.id() + ".json";
        try (InputStream in = FormatSpec.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            try (JsonReader reader = new JsonReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return new FormatSpecJsonReader(reader).readSpec();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public FormatVersion formatVersion() {
        return FormatVersion.parse(version).orElseThrow();
    }

    public TableSpec table(TableKind kind) {
        return switch (kind) {
            case ACTIVE -> tables.active;
            case REQUESTS -> tables.requests;
            case REVIEWS -> tables.reviews;
        };
    }

    /** Section {@code number} (1-based). */
    public SectionSpec section(int number) {
        return sections.get(number - 1);
    }

    public static final class Tables {
        public TableSpec active;
        public TableSpec requests;
        public TableSpec reviews;
    }

    public static final class SectionSpec {
        public int number;
        public String title;
        /** "active", "requests", "reviews" or null for a section of prose. */
        public String table;

        public String officialHeading() {
            return NumberingStyle.chineseNumeral(number) + "、" + title;
        }
    }

    public static final class TableSpec {
        public String id;
        public String name;
        public int section;
        public String note;
        public List<String> headerTerms;
        public List<ColumnSpec> columns;
        public List<RowSpec> rows;
        /** Only the 二 table: blocks, each with its own heading, header and columns. */
        public List<BlockSpec> blocks;

        public TableKind kind() {
            return TableKind.fromId(id);
        }

        /** The official rows in order (all blocks of the 二 table together); built once, the spec never changes (cached in transient fields: not part of the format). */
        public List<RowSpec> officialRows() {
            List<RowSpec> out = officialRows;
            if (out == null) {
                if (blocks == null) {
                    out = List.copyOf(rows);
                } else {
                    List<RowSpec> all = new java.util.ArrayList<>();
                    for (BlockSpec b : blocks) all.addAll(b.rows);
                    out = List.copyOf(all);
                }
                officialRows = out;
            }
            return out;
        }

        /** Index in {@link #officialRows()} of the last row with this id, or -1. */
        public int lastIndexOfOfficialRow(String rowId) {
            Map<String, Integer> index = officialRowIndex;
            if (index == null) {
                index = new java.util.HashMap<>();
                List<RowSpec> official = officialRows();
                for (int i = 0; i < official.size(); i++) index.put(official.get(i).id, i);
                officialRowIndex = index = Map.copyOf(index);
            }
            Integer at = index.get(rowId);
            return at == null ? -1 : at;
        }

        private transient List<RowSpec> officialRows;
        private transient Map<String, Integer> officialRowIndex;
    }

    public static final class BlockSpec {
        public String id;
        public String heading;
        public String headerLabel;
        public List<ColumnSpec> columns;
        public List<RowSpec> rows;
    }

    public static final class ColumnSpec {
        public String label;
        public String group;
        /** "part" and "total" take part in sums; "value" is a plain value. */
        public String role;
        /** "count" (non-negative integer), "signedCount" (本年增/减), "amount" (万元, decimals allowed). */
        public String valueType;

        public boolean isTotal() {
            return "total".equals(role);
        }

        public boolean isPart() {
            return "part".equals(role);
        }

        public String fullLabel() {
            return group == null ? label : group + " " + label;
        }

        public String type() {
            return valueType == null ? "count" : valueType;
        }
    }

    public static final class RowSpec {
        public String id;
        public String label;
        public List<String> groups;
        /** new, carried, result, resultTotal, next (三 table); data (二 and 四). */
        public String role;
        /** Other wordings seen for this row (e.g. the 2019 wording), matched like the label itself. */
        public List<String> aliases;

        public List<String> namesToMatch() {
            List<String> names = namesToMatch;
            if (names == null) {
                // Built once: binding asks for them for every written label it compares.
                if (aliases == null || aliases.isEmpty()) {
                    names = List.of(label);
                } else {
                    List<String> out = new java.util.ArrayList<>(aliases);
                    out.add(0, label);
                    names = java.util.Collections.unmodifiableList(out);
                }
                namesToMatch = names;
            }
            return names;
        }

        private transient List<String> namesToMatch;

        /** The row's label with its enclosing group, e.g. "（三）不予公开 1.属于国家秘密". */
        public String displayName() {
            String name = displayName;
            if (name == null) {
                // Made once: a table pasted many times names its rows in thousands of findings.
                if (groups == null || groups.isEmpty()) {
                    name = label;
                } else {
                    String inner = groups.get(groups.size() - 1);
                    name = inner.startsWith("三、") || inner.startsWith("第二十条") ? label : inner + " " + label;
                }
                displayName = name;
            }
            return name;
        }

        private transient String displayName;
    }
}
