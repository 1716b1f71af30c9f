package nianbao.core.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

import nianbao.core.format.FormatSpec.BlockSpec;
import nianbao.core.format.FormatSpec.ColumnSpec;
import nianbao.core.format.FormatSpec.RowSpec;
import nianbao.core.format.FormatSpec.SectionSpec;
import nianbao.core.format.FormatSpec.TableSpec;
import nianbao.core.format.FormatSpec.Tables;

/**
 * Reads {@code format-VERSION.json} into {@link FormatSpec} with Gson's streaming reader, field by field. Gson's
 * reflective binding cost every {@code lint} tens of milliseconds of start-up (its type adapters, reflection over
 * the records); this reader loads only {@link JsonReader}. It fills exactly what reflection filled: absent keys
 * stay null (or false and 0), unknown keys are skipped.
 */
final class FormatSpecJsonReader {
    private final JsonReader in;

    FormatSpecJsonReader(JsonReader in) {
        this.in = in;
    }

    FormatSpec readSpec() throws IOException {
        FormatSpec spec = new FormatSpec();
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "version" -> spec.version = string();
                case "source" -> spec.source = string();
                case "sections" -> spec.sections = sections();
                case "tables" -> spec.tables = tables();
                case "feeStatementRequired" -> spec.feeStatementRequired = bool();
                case "feeKeywords" -> spec.feeKeywords = strings();
                default -> in.skipValue();
            }
        }
        in.endObject();
        return spec;
    }

    private List<SectionSpec> sections() throws IOException {
        if (isNull()) return null;
        List<SectionSpec> out = new ArrayList<>();
        in.beginArray();
        while (in.hasNext()) {
            SectionSpec s = new SectionSpec();
            in.beginObject();
            while (in.hasNext()) {
                switch (in.nextName()) {
                    case "number" -> s.number = integer();
                    case "title" -> s.title = string();
                    case "table" -> s.table = string();
                    default -> in.skipValue();
                }
            }
            in.endObject();
            out.add(s);
        }
        in.endArray();
        return out;
    }

    private Tables tables() throws IOException {
        if (isNull()) return null;
        Tables t = new Tables();
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "active" -> t.active = table();
                case "requests" -> t.requests = table();
                case "reviews" -> t.reviews = table();
                default -> in.skipValue();
            }
        }
        in.endObject();
        return t;
    }

    private TableSpec table() throws IOException {
        if (isNull()) return null;
        TableSpec t = new TableSpec();
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "id" -> t.id = string();
                case "name" -> t.name = string();
                case "section" -> t.section = integer();
                case "note" -> t.note = string();
                case "headerTerms" -> t.headerTerms = strings();
                case "columns" -> t.columns = columns();
                case "rows" -> t.rows = rows();
                case "blocks" -> t.blocks = blocks();
                default -> in.skipValue();
            }
        }
        in.endObject();
        return t;
    }

    private List<BlockSpec> blocks() throws IOException {
        if (isNull()) return null;
        List<BlockSpec> out = new ArrayList<>();
        in.beginArray();
        while (in.hasNext()) {
            BlockSpec b = new BlockSpec();
            in.beginObject();
            while (in.hasNext()) {
                switch (in.nextName()) {
                    case "id" -> b.id = string();
                    case "heading" -> b.heading = string();
                    case "headerLabel" -> b.headerLabel = string();
                    case "columns" -> b.columns = columns();
                    case "rows" -> b.rows = rows();
                    default -> in.skipValue();
                }
            }
            in.endObject();
            out.add(b);
        }
        in.endArray();
        return out;
    }

    private List<ColumnSpec> columns() throws IOException {
        if (isNull()) return null;
        List<ColumnSpec> out = new ArrayList<>();
        in.beginArray();
        while (in.hasNext()) {
            ColumnSpec c = new ColumnSpec();
            in.beginObject();
            while (in.hasNext()) {
                switch (in.nextName()) {
                    case "label" -> c.label = string();
                    case "group" -> c.group = string();
                    case "role" -> c.role = string();
                    case "valueType" -> c.valueType = string();
                    default -> in.skipValue();
                }
            }
            in.endObject();
            out.add(c);
        }
        in.endArray();
        return out;
    }

    private List<RowSpec> rows() throws IOException {
        if (isNull()) return null;
        List<RowSpec> out = new ArrayList<>();
        in.beginArray();
        while (in.hasNext()) {
            RowSpec r = new RowSpec();
            in.beginObject();
            while (in.hasNext()) {
                switch (in.nextName()) {
                    case "id" -> r.id = string();
                    case "label" -> r.label = string();
                    case "groups" -> r.groups = strings();
                    case "role" -> r.role = string();
                    case "aliases" -> r.aliases = strings();
                    default -> in.skipValue();
                }
            }
            in.endObject();
            out.add(r);
        }
        in.endArray();
        return out;
    }

    private List<String> strings() throws IOException {
        if (isNull()) return null;
        List<String> out = new ArrayList<>();
        in.beginArray();
        while (in.hasNext()) out.add(string());
        in.endArray();
        return out;
    }

    /** A JSON null: consumed, and the caller leaves its field null as reflection did. */
    private boolean isNull() throws IOException {
        if (in.peek() != JsonToken.NULL) return false;
        in.nextNull();
        return true;
    }

    private String string() throws IOException {
        return isNull() ? null : in.nextString();
    }

    private int integer() throws IOException {
        return isNull() ? 0 : in.nextInt();
    }

    private boolean bool() throws IOException {
        return !isNull() && in.nextBoolean();
    }
}
