package nianbao.cli;

import java.io.PrintStream;
import java.util.List;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import nianbao.core.diag.Diagnostic;
import nianbao.core.diag.Fix;
import nianbao.core.diag.Range;
import nianbao.core.diag.RelatedLocation;
import nianbao.core.diag.TextEdit;

/**
 * {@code {"files":[{"path","diagnostics":[{"code","severity","line","column","endLine","endColumn","message",
 * "fixes":[{"title","edits":[…]}], "related":[{"path"?,"line",…,"message"}]}]}]}} ("related" only when there is some;
 * "path" only for a place in another file); lines and columns 1-based, columns in UTF-16 code units.
 */
final class JsonReporter implements Reporter {
    @Override
    public void write(List<FileResult> results, PrintStream out) {
        JsonArray files = new JsonArray();
        for (FileResult r : results) {
            JsonObject file = new JsonObject();
            file.addProperty("path", r.input().displayName());
            JsonArray diagnostics = new JsonArray();
            for (Diagnostic d : r.result().diagnostics()) {
                JsonObject o = diagnostic(d);
                JsonObject source = SourceLocations.json(r, d);
                if (source != null) o.add("source", source);
                diagnostics.add(o);
            }
            file.add("diagnostics", diagnostics);
            if (r.editsApplied() > 0) file.addProperty("editsApplied", r.editsApplied());
            files.add(file);
        }
        JsonObject root = new JsonObject();
        root.add("files", files);
        out.println(new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create().toJson(root));
    }

    private static JsonObject diagnostic(Diagnostic d) {
        JsonObject o = new JsonObject();
        o.addProperty("code", d.code());
        o.addProperty("severity", d.severity().id());
        putRange(o, d.range());
        o.addProperty("message", d.message());
        JsonArray fixes = new JsonArray();
        for (Fix f : d.fixes()) {
            JsonObject fix = new JsonObject();
            fix.addProperty("title", f.title());
            JsonArray edits = new JsonArray();
            for (TextEdit e : f.edits()) {
                JsonObject edit = new JsonObject();
                putRange(edit, e.range());
                edit.addProperty("newText", e.newText());
                edits.add(edit);
            }
            fix.add("edits", edits);
            fixes.add(fix);
        }
        o.add("fixes", fixes);
        if (!d.related().isEmpty()) {
            JsonArray related = new JsonArray();
            for (RelatedLocation rl : d.related()) {
                JsonObject r = new JsonObject();
                // Cross-year findings point into last year's file: the location names it.
                if (rl.inOtherDocument()) r.addProperty("path", rl.document());
                putRange(r, rl.range());
                r.addProperty("message", rl.message());
                related.add(r);
            }
            o.add("related", related);
        }
        return o;
    }

    private static void putRange(JsonObject o, Range r) {
        o.addProperty("line", r.startLine() + 1);
        o.addProperty("column", r.startColumn() + 1);
        o.addProperty("endLine", r.endLine() + 1);
        o.addProperty("endColumn", r.endColumn() + 1);
    }
}
