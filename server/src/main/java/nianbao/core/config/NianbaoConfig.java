package nianbao.core.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import nianbao.core.diag.Severity;
import nianbao.core.format.FormatVersion;

/**
 * Settings as written in {@code .nianbao.json}, the editor's {@code nianbao} settings section and the server's
 * initializationOptions (one JSON shape for all three):
 * <pre>{ "formatVersion": "auto" | "2019" | "2021", "rules": { "NB401": "off", "NB207": "info" }, "debounce": 200,
 *   "maxDiagnostics": 1000,
 *   "previous": "../2023/年报.txt" }</pre>
 */
public final class NianbaoConfig {
    public String formatVersion = "auto";
    public Map<String, String> rules = new LinkedHashMap<>();
    public Integer debounce;
    /** How many diagnostics the language server shows per document; 0 shows all. */
    public Integer maxDiagnostics;
    /** Last year's report, relative to the settings file's folder (cross-year checks pair with it). */
    public String previous;

    /** A setting that is not understood. */
    public static final class InvalidConfigException extends Exception {
        public InvalidConfigException(String message) {
            super(message);
        }
    }

    public static NianbaoConfig parse(String json) throws InvalidConfigException {
        JsonElement root;
        try {
            root = JsonParser.parseString(json);
        } catch (JsonParseException e) {
            throw new InvalidConfigException("不是有效的 JSON" + where(e.getMessage()));
        }
        if (root == null || root.isJsonNull()) return new NianbaoConfig();
        if (!root.isJsonObject()) throw new InvalidConfigException("应为 JSON 对象，如 {\"rules\": {\"NB401\": \"off\"}}");
        return fromJson(root.getAsJsonObject());
    }

    /** Checks every key against {@link SettingsSchema}; the message lists each problem in Chinese. */
    public static NianbaoConfig fromJson(JsonObject object) throws InvalidConfigException {
        return SettingsSchema.get().read(object);
    }

    /** "（第 3 行第 14 列附近）" from Gson's English message, which also carries a troubleshooting URL. */
    private static String where(String message) {
        Matcher m = message == null ? null : Pattern.compile("line (\\d+) column (\\d+)").matcher(message);
        return m != null && m.find() ? "（第 " + m.group(1) + " 行第 " + m.group(2) + " 列附近）" : "";
    }

    public CheckOptions toOptions() {
        Map<String, Optional<Severity>> severities = new LinkedHashMap<>();
        rules.forEach((code, value) -> severities.put(code.trim().toUpperCase(java.util.Locale.ROOT),
                "off".equalsIgnoreCase(value) ? Optional.empty() : Severity.parse(value)));
        return new CheckOptions(FormatVersion.parse(formatVersion).orElse(null), severities);
    }
}
