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
 * <pre>{ "formatVersion": "auto" | "2019" | "2021", "rules": { "NB401": "off", "NB207": "info" }, "debounce": 200,
 *   "previous": "../2023/年报.txt" }</pre>
 */
public final class NianbaoConfig {
    public String formatVersion = "auto";
    public Map<String, String> rules = new LinkedHashMap<>();
    public Integer debounce;
    /** Last year's report, relative to the settings file's folder (cross-year checks pair with it). */
    public String previous;

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
        JsonElement previous = object.get("previous");
        if (previous != null && !previous.isJsonNull()
                && !(previous.isJsonPrimitive() && previous.getAsJsonPrimitive().isString())) {
            throw new InvalidConfigException("previous 应为上年报告的文件路径（字符串），实为 " + previous);
        }
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
        if (previous != null && previous.isBlank()) {
            throw new InvalidConfigException("previous 应为上年报告的文件路径（相对于配置文件所在目录），实为空");
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
