package nianbao.core.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import nianbao.core.diag.Severity;
import nianbao.core.format.FormatVersion;

/**
 * Settings as written in {@code .nianbao.json}, the editor's {@code nianbao} settings section and the server's
 * initializationOptions (one JSON shape for all three):
 * <pre>{ "formatVersion": "auto" | "2019" | "2021", "rules": { "NB401": "off", "NB207": "info" }, "debounce": 200 }</pre>
 */
public final class NianbaoConfig {
    public String formatVersion = "auto";
    public Map<String, String> rules = new LinkedHashMap<>();
    public Integer debounce;

    /** A setting that is not understood. */
    public static final class InvalidConfigException extends Exception {
        public InvalidConfigException(String message) {
            super(message);
        }
    }

    public static NianbaoConfig parse(String json) throws InvalidConfigException {
        try {
            JsonElement root = JsonParser.parseString(json);
            if (root == null || root.isJsonNull()) return new NianbaoConfig();
            if (!root.isJsonObject()) throw new InvalidConfigException("配置应为 JSON 对象");
            return fromJson(root.getAsJsonObject());
        } catch (JsonParseException | IllegalStateException e) {
            throw new InvalidConfigException("配置不是有效的 JSON：" + e.getMessage());
        }
    }

    public static NianbaoConfig fromJson(JsonObject object) throws InvalidConfigException {
        NianbaoConfig config;
        try {
            config = new Gson().fromJson(object, NianbaoConfig.class);
        } catch (JsonParseException e) {
            throw new InvalidConfigException("配置格式不对：" + e.getMessage());
        }
        if (config.rules == null) config.rules = new LinkedHashMap<>();
        if (config.formatVersion == null) config.formatVersion = "auto";
        config.validate();
        return config;
    }

    private void validate() throws InvalidConfigException {
        if (!"auto".equals(formatVersion) && FormatVersion.parse(formatVersion).isEmpty()) {
            throw new InvalidConfigException("formatVersion 应为 auto、2019 或 2021，实为 “" + formatVersion + "”");
        }
        for (Map.Entry<String, String> e : rules.entrySet()) {
            String v = e.getValue();
            if (!"off".equalsIgnoreCase(v) && Severity.parse(v).isEmpty()) {
                throw new InvalidConfigException("rules." + e.getKey() + " 应为 error、warning、info、hint 或 off，实为 “" + v + "”");
            }
        }
        if (debounce != null && (debounce < 0 || debounce > 10_000)) {
            throw new InvalidConfigException("debounce 应在 0 到 10000 毫秒之间，实为 " + debounce);
        }
    }

    public CheckOptions toOptions() {
        Map<String, Optional<Severity>> severities = new LinkedHashMap<>();
        rules.forEach((code, value) -> severities.put(code.trim().toUpperCase(java.util.Locale.ROOT),
                "off".equalsIgnoreCase(value) ? Optional.empty() : Severity.parse(value)));
        return new CheckOptions(FormatVersion.parse(formatVersion).orElse(null), severities);
    }
}
