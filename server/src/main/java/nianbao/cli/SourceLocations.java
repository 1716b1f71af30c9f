package nianbao.cli;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import nianbao.core.diag.Diagnostic;
import nianbao.core.diag.Range;
import nianbao.core.diag.Severity;
import nianbao.core.rules.Rules;
import nianbao.document.DocumentFindings;
import nianbao.document.FindingSource;

/**
 * How output names where a finding is: {@code path:line:col} in a text file; in a .docx, .html or .pdf its place in
 * the document ({@code 报告.docx 表3 第8行 总计}), since the line of the converted text means nothing to a reader.
 */
final class SourceLocations {
    private SourceLocations() {
    }

    static Optional<FindingSource> source(FileResult r, Range range) {
        DocumentInput doc = r.input().document();
        if (doc == null || doc.converted() == null) return Optional.empty();
        return FindingSource.of(doc.converted(), r.result(), range);
    }

    /** The location at the start of a text output line (without the colon after it). */
    static String text(FileResult r, Diagnostic d) {
        if (r.input().document() == null) {
            return r.input().displayName() + ":" + (d.range().startLine() + 1) + ":" + (d.range().startColumn() + 1);
        }
        return source(r, d.range()).map(s -> r.input().displayName() + " " + s.describe()).orElse(r.input().displayName());
    }

    /** The JSON {@code source} object of a finding in a document: place numbers, column, description, cell text. */
    static JsonObject json(FileResult r, Diagnostic d) {
        Optional<FindingSource> found = source(r, d.range());
        if (found.isEmpty()) return null;
        FindingSource s = found.get();
        JsonObject o = new JsonObject();
        o.addProperty("format", r.input().document().kind().name().toLowerCase(java.util.Locale.ROOT));
        if (s.place().page() > 0) o.addProperty("page", s.place().page());
        if (s.place().inTable()) {
            o.addProperty("table", s.place().table());
            o.addProperty("row", s.place().row());
            o.addProperty("cell", s.place().cell());
            if (s.column() != null) o.addProperty("column", s.column());
        } else if (s.place().paragraph() > 0) {
            o.addProperty("paragraph", s.place().paragraph());
        }
        o.addProperty("description", s.describe());
        o.addProperty("text", s.snippet());
        return o;
    }

    /** SARIF: the cell's text as {@code region.snippet} and its place as a logical location. */
    static void sarif(FileResult r, Diagnostic d, JsonObject location) {
        source(r, d.range()).ifPresent(s -> {
            JsonObject snippet = new JsonObject();
            snippet.addProperty("text", s.snippet());
            location.getAsJsonObject("physicalLocation").getAsJsonObject("region").add("snippet", snippet);
            JsonObject logical = new JsonObject();
            logical.addProperty("name", s.describe());
            logical.addProperty("fullyQualifiedName", r.input().displayName() + " " + s.describe());
            logical.addProperty("kind", s.place().inTable() ? "element" : "text");
            JsonArray logicals = new JsonArray();
            logicals.add(logical);
            location.add("logicalLocations", logicals);
        });
    }

    /** The document-level rules (NB601–NB609) after the text rules in SARIF's rule list, when documents were read. */
    static void addDocumentRules(JsonArray rules, List<FileResult> results, Function<Severity, String> level) {
        if (results.stream().noneMatch(r -> r.input().document() != null)) return;
        for (DocumentFindings.DocumentRule rule : DocumentFindings.RULES) {
            JsonObject r = new JsonObject();
            r.addProperty("id", rule.code());
            JsonObject text = new JsonObject();
            text.addProperty("text", rule.summary());
            r.add("shortDescription", text);
            r.add("fullDescription", text);
            r.addProperty("helpUri", Rules.documentationUrl(rule.code()));
            JsonObject config = new JsonObject();
            config.addProperty("level", level.apply(rule.severity()));
            r.add("defaultConfiguration", config);
            rules.add(r);
        }
    }

    static int ruleIndex(int textRuleIndex, int textRules, String code) {
        if (textRuleIndex >= 0) return textRuleIndex;
        for (int i = 0; i < DocumentFindings.RULES.size(); i++) {
            if (DocumentFindings.RULES.get(i).code().equals(code)) return textRules + i;
        }
        return -1;
    }
}
