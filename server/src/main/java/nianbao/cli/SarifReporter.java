package nianbao.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import nianbao.core.diag.Diagnostic;
import nianbao.core.diag.Fix;
import nianbao.core.diag.Range;
import nianbao.core.diag.RelatedLocation;
import nianbao.core.diag.Severity;
import nianbao.core.diag.TextEdit;
import nianbao.core.rules.Rule;
import nianbao.core.rules.Rules;

/** SARIF 2.1.0 for code-scanning services: rule metadata, results with regions (UTF-16 columns) and fixes. */
final class SarifReporter implements Reporter {
    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    @Override
    public void write(List<FileResult> results, PrintStream out) {
        List<Rule> rules = SarifCrossYearRules.withCrossYearRules(Rules.all());
        JsonObject driver = new JsonObject();
        driver.addProperty("name", "nianbao");
        driver.addProperty("version", Main.version());
        driver.addProperty("informationUri", Rules.DOCS);
        JsonArray ruleArray = new JsonArray();
        for (Rule rule : rules) {
            JsonObject r = new JsonObject();
            r.addProperty("id", rule.code());
            r.add("shortDescription", text(rule.summary()));
            r.add("fullDescription", text(rule.summary()));
            r.addProperty("helpUri", Rules.documentationUrl(rule.code()));
            JsonObject config = new JsonObject();
            config.addProperty("level", level(rule.defaultSeverity()));
            r.add("defaultConfiguration", config);
            ruleArray.add(r);
        }
        SourceLocations.addDocumentRules(ruleArray, results, SarifReporter::level);
        driver.add("rules", ruleArray);
        JsonObject tool = new JsonObject();
        tool.add("driver", driver);

        JsonArray sarifResults = new JsonArray();
        JsonArray artifacts = new JsonArray();
        for (FileResult fr : results) {
            String uri = uri(fr.input());
            JsonObject artifact = new JsonObject();
            artifact.add("location", artifactLocation(uri));
            artifact.addProperty("encoding", fr.input().decoded().charset().name());
            artifacts.add(artifact);
            for (Diagnostic d : fr.result().diagnostics()) {
                JsonObject res = new JsonObject();
                res.addProperty("ruleId", d.code());
                res.addProperty("ruleIndex", SourceLocations.ruleIndex(indexOf(rules, d.code()), rules.size(), d.code()));
                res.addProperty("level", level(d.severity()));
                res.add("message", text(d.message()));
                JsonArray locations = new JsonArray();
                JsonObject location = physical(uri, d.range());
                SourceLocations.sarif(fr, d, location);
                locations.add(location);
                res.add("locations", locations);
                if (!d.related().isEmpty()) {
                    JsonArray related = new JsonArray();
                    int id = 1;
                    for (RelatedLocation rl : d.related()) {
                        JsonObject loc = physical(rl.inOtherDocument() ? uri(rl.document()) : uri, rl.range());
                        loc.addProperty("id", id++);
                        loc.add("message", text(rl.message()));
                        related.add(loc);
                    }
                    res.add("relatedLocations", related);
                }
                if (!d.fixes().isEmpty()) res.add("fixes", fixes(uri, d.fixes()));
                sarifResults.add(res);
            }
        }
        JsonObject run = new JsonObject();
        run.add("tool", tool);
        run.addProperty("columnKind", "utf16CodeUnits");
        run.add("artifacts", artifacts);
        run.add("results", sarifResults);
        JsonArray runs = new JsonArray();
        runs.add(run);
        JsonObject root = new JsonObject();
        root.addProperty("$schema", SCHEMA);
        root.addProperty("version", "2.1.0");
        root.add("runs", runs);
        out.println(new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create().toJson(root));
    }

    private static JsonArray fixes(String uri, List<Fix> fixes) {
        JsonArray out = new JsonArray();
        for (Fix f : fixes) {
            JsonArray replacements = new JsonArray();
            for (TextEdit e : f.edits()) {
                JsonObject rep = new JsonObject();
                rep.add("deletedRegion", region(e.range()));
                JsonObject inserted = new JsonObject();
                inserted.addProperty("text", e.newText());
                rep.add("insertedContent", inserted);
                replacements.add(rep);
            }
            JsonObject change = new JsonObject();
            change.add("artifactLocation", artifactLocation(uri));
            change.add("replacements", replacements);
            JsonArray changes = new JsonArray();
            changes.add(change);
            JsonObject fix = new JsonObject();
            fix.add("description", text(f.title()));
            fix.add("artifactChanges", changes);
            out.add(fix);
        }
        return out;
    }

    private static String uri(InputFile input) {
        if (input.path() == null) return "stdin";
        return uri(input.path().toString());
    }

    /** A file's URI: absolute paths as file URIs, relative ones percent-encoded against %SRCROOT%. */
    private static String uri(String path) {
        Path p = Path.of(path);
        if (p.isAbsolute()) return p.toUri().toString();
        StringBuilder b = new StringBuilder();
        for (Path part : p.normalize()) {
            if (b.length() > 0) b.append('/');
            b.append(java.net.URLEncoder.encode(part.toString(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return b.toString();
    }

    private static JsonObject physical(String uri, Range range) {
        JsonObject physical = new JsonObject();
        physical.add("artifactLocation", artifactLocation(uri));
        physical.add("region", region(range));
        JsonObject loc = new JsonObject();
        loc.add("physicalLocation", physical);
        return loc;
    }

    private static JsonObject artifactLocation(String uri) {
        JsonObject a = new JsonObject();
        a.addProperty("uri", uri);
        if (!uri.contains(":")) a.addProperty("uriBaseId", "%SRCROOT%");
        return a;
    }

    private static JsonObject region(Range r) {
        JsonObject region = new JsonObject();
        region.addProperty("startLine", r.startLine() + 1);
        region.addProperty("startColumn", r.startColumn() + 1);
        region.addProperty("endLine", r.endLine() + 1);
        region.addProperty("endColumn", r.endColumn() + 1);
        return region;
    }

    private static JsonObject text(String s) {
        JsonObject o = new JsonObject();
        o.addProperty("text", s);
        return o;
    }

    private static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO, HINT -> "note";
        };
    }

    private static int indexOf(List<Rule> rules, String code) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).code().equals(code)) return i;
        }
        return -1;
    }
}
