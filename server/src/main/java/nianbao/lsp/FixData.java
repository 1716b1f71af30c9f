package nianbao.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;

import org.eclipse.lsp4j.TextEdit;

import nianbao.core.diag.FixKind;

/**
 * What a diagnostic's fixes need, carried in {@code Diagnostic.data} and echoed back by the client in code action
 * requests: the document version the diagnostic was computed on and each fix's title, kind and edits (already in
 * the client's position encoding). Code actions are built from this alone, so they never re-derive a fix from a
 * text that may have changed.
 *
 * <pre>{"version": 3, "fixes": [{"title": "将总计改为 19", "kind": "DERIVED_VALUE", "edits": [{"range": …, "newText": "19"}]}]}</pre>
 */
record FixData(int version, List<Entry> fixes) {
    private static final Gson GSON = new Gson();

    record Entry(String title, FixKind kind, List<TextEdit> edits) {
        Entry {
            edits = List.copyOf(edits);
        }
    }

    FixData {
        fixes = List.copyOf(fixes);
    }

    JsonObject toJson() {
        JsonObject root = new JsonObject();
        root.addProperty("version", version);
        JsonArray list = new JsonArray();
        for (Entry fix : fixes) {
            JsonObject f = new JsonObject();
            f.addProperty("title", fix.title());
            f.addProperty("kind", fix.kind().name());
            JsonArray edits = new JsonArray(fix.edits().size());
            for (TextEdit e : fix.edits()) edits.add(edit(e));
            f.add("edits", edits);
            list.add(f);
        }
        root.add("fixes", list);
        return root;
    }

    /** An edit as Gson writes LSP4J's TextEdit, built by hand: reflection per edit cost more than the rest of the data. */
    private static JsonObject edit(TextEdit e) {
        JsonObject range = new JsonObject();
        range.add("start", position(e.getRange().getStart()));
        range.add("end", position(e.getRange().getEnd()));
        JsonObject edit = new JsonObject();
        edit.add("range", range);
        edit.addProperty("newText", e.getNewText());
        return edit;
    }

    private static JsonObject position(org.eclipse.lsp4j.Position p) {
        JsonObject position = new JsonObject();
        position.addProperty("line", p.getLine());
        position.addProperty("character", p.getCharacter());
        return position;
    }

    /** The fixes a diagnostic's data holds; empty when the data is absent or not in our shape. */
    static Optional<FixData> fromJson(Object data) {
        JsonElement json = data instanceof JsonElement e ? e : data == null ? null : GSON.toJsonTree(data);
        if (json == null || !json.isJsonObject()) return Optional.empty();
        JsonObject root = json.getAsJsonObject();
        Optional<Integer> version = number(root.get("version"));
        JsonElement list = root.get("fixes");
        if (version.isEmpty() || list == null || !list.isJsonArray()) return Optional.empty();
        List<Entry> fixes = new ArrayList<>();
        for (JsonElement element : list.getAsJsonArray()) {
            Optional<Entry> fix = entry(element);
            if (fix.isEmpty()) return Optional.empty();
            fixes.add(fix.get());
        }
        return Optional.of(new FixData(version.get(), fixes));
    }

    private static Optional<Entry> entry(JsonElement element) {
        if (!element.isJsonObject()) return Optional.empty();
        JsonObject f = element.getAsJsonObject();
        Optional<String> title = string(f.get("title"));
        Optional<FixKind> kind = string(f.get("kind")).flatMap(FixData::kind);
        JsonElement edits = f.get("edits");
        if (title.isEmpty() || kind.isEmpty() || edits == null || !edits.isJsonArray()) return Optional.empty();
        List<TextEdit> out = new ArrayList<>();
        for (JsonElement edit : edits.getAsJsonArray()) {
            try {
                TextEdit e = GSON.fromJson(edit, TextEdit.class);
                if (e == null || e.getRange() == null || e.getRange().getStart() == null || e.getRange().getEnd() == null
                        || e.getNewText() == null) {
                    return Optional.empty();
                }
                out.add(e);
            } catch (JsonParseException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new Entry(title.get(), kind.get(), out));
    }

    private static Optional<Integer> number(JsonElement e) {
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()
                ? Optional.of(e.getAsInt()) : Optional.empty();
    }

    private static Optional<String> string(JsonElement e) {
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()
                ? Optional.of(e.getAsString()) : Optional.empty();
    }

    private static Optional<FixKind> kind(String name) {
        for (FixKind k : FixKind.values()) {
            if (k.name().equals(name)) return Optional.of(k);
        }
        return Optional.empty();
    }
}
