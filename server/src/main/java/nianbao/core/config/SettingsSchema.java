package nianbao.core.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import nianbao.core.config.NianbaoConfig.InvalidConfigException;
import nianbao.core.rules.Rules;

/**
 * The limits of every setting, read from {@code nianbao/config/settings-schema.json} — the one source that the CLI,
 * the language server and (checked by tests) the VS Code settings schema share — and the check of a settings object
 * against them. Every problem is one Chinese sentence naming the key, what is allowed and what was found, e.g.
 * {@code "debounce" 应为 0–5000 之间的整数，实为 "x"}; the caller prefixes where the settings came from.
 */
public final class SettingsSchema {
    private static final String RESOURCE = "/nianbao/config/settings-schema.json";

    public final List<String> formatVersions;
    public final Pattern ruleCode;
    public final List<String> ruleLevels;
    public final int debounceMin;
    public final int debounceMax;
    public final int debounceDefault;
    /** Diagnostics the language server shows per document (0: no limit). */
    public final int maxDiagnosticsMax;
    public final int maxDiagnosticsDefault;

    private static final SettingsSchema INSTANCE = load();

    private SettingsSchema(JsonObject schema) {
        formatVersions = strings(schema.getAsJsonObject("formatVersion").getAsJsonArray("enum"));
        JsonObject rules = schema.getAsJsonObject("rules");
        ruleCode = Pattern.compile(rules.get("codePattern").getAsString());
        ruleLevels = strings(rules.getAsJsonArray("enum"));
        JsonObject debounce = schema.getAsJsonObject("debounce");
        debounceMin = debounce.get("minimum").getAsInt();
        debounceMax = debounce.get("maximum").getAsInt();
        debounceDefault = debounce.get("default").getAsInt();
        JsonObject maxDiagnostics = schema.getAsJsonObject("maxDiagnostics");
        maxDiagnosticsMax = maxDiagnostics.get("maximum").getAsInt();
        maxDiagnosticsDefault = maxDiagnostics.get("default").getAsInt();
    }

    public static SettingsSchema get() {
        return INSTANCE;
    }

    /** Reads a settings object; keys it does not know (an editor's other settings) are left alone. */
    NianbaoConfig read(JsonObject object) throws InvalidConfigException {
        List<String> problems = new ArrayList<>();
        NianbaoConfig config = new NianbaoConfig();
        JsonElement version = object.get("formatVersion");
        if (version != null && !version.isJsonNull()) {
            String v = version.isJsonPrimitive() && version.getAsJsonPrimitive().isString() ? version.getAsString() : null;
            if (v != null && formatVersions.contains(v)) config.formatVersion = v;
            else problems.add("\"formatVersion\" 应为 " + orList(formatVersions) + "，实为 " + shown(version));
        }
        JsonElement rules = object.get("rules");
        if (rules != null && !rules.isJsonNull()) {
            if (rules.isJsonArray() && rules.getAsJsonArray().isEmpty()) {
                // An empty Lua table is sent as [] (Neovim's init_options = { rules = {} }): no rules set.
                config.rules = new LinkedHashMap<>();
            } else if (!rules.isJsonObject()) {
                problems.add("\"rules\" 应为对象，如 {\"NB401\": \"off\"}，实为 " + shown(rules));
            } else {
                config.rules = readRules(rules.getAsJsonObject(), problems);
            }
        }
        JsonElement debounce = object.get("debounce");
        if (debounce != null && !debounce.isJsonNull()) {
            Integer millis = integer(debounce);
            if (millis != null && millis >= debounceMin && millis <= debounceMax) config.debounce = millis;
            else problems.add("\"debounce\" 应为 " + debounceMin + "–" + debounceMax + " 之间的整数（毫秒），实为 " + shown(debounce));
        }
        JsonElement maxDiagnostics = object.get("maxDiagnostics");
        if (maxDiagnostics != null && !maxDiagnostics.isJsonNull()) {
            Integer max = integer(maxDiagnostics);
            if (max != null && max >= 0 && max <= maxDiagnosticsMax) config.maxDiagnostics = max;
            else problems.add("\"maxDiagnostics\" 应为 0–" + maxDiagnosticsMax + " 之间的整数（0 表示不限），实为 " + shown(maxDiagnostics));
        }
        JsonElement previous = object.get("previous");
        if (previous != null && !previous.isJsonNull()) {
            if (previous.isJsonPrimitive() && previous.getAsJsonPrimitive().isString() && !previous.getAsString().isBlank()) {
                config.previous = previous.getAsString();
            } else {
                problems.add("\"previous\" 应为上年报告的文件路径（字符串，相对于配置文件所在目录），实为 " + shown(previous));
            }
        }
        if (!problems.isEmpty()) throw new InvalidConfigException(String.join("；", problems));
        return config;
    }

    private Map<String, String> readRules(JsonObject rules, List<String> problems) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : rules.entrySet()) {
            String code = e.getKey().trim().toUpperCase(Locale.ROOT);
            JsonElement value = e.getValue();
            if (!ruleCode.matcher(code).matches() || Rules.byCode(code).isEmpty()) {
                problems.add("\"rules\" 中的 \"" + e.getKey() + "\" 不是已知的规则编号（已知："
                        + Rules.all().get(0).code() + "–" + Rules.all().get(Rules.all().size() - 1).code() + "，见 README 的规则表）");
                continue;
            }
            String level = value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()
                    ? value.getAsString().trim().toLowerCase(Locale.ROOT) : null;
            if (level != null && ruleLevels.contains(level)) out.put(code, level);
            else problems.add("\"rules\".\"" + e.getKey() + "\" 应为 " + orList(ruleLevels) + "，实为 " + shown(value));
        }
        return out;
    }

    private static Integer integer(JsonElement e) {
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) return null;
        try {
            BigDecimal d = e.getAsBigDecimal();
            return d.stripTrailingZeros().scale() <= 0 && d.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0
                    ? d.intValue() : null;
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    /** The value as the user wrote it: strings quoted, other JSON as JSON. */
    private static String shown(JsonElement e) {
        if (e instanceof JsonPrimitive p && p.isString()) return "\"" + p.getAsString() + "\"";
        String json = e.toString();
        return json.length() > 40 ? json.substring(0, 40) + "…" : json;
    }

    private static String orList(List<String> values) {
        if (values.size() == 1) return values.get(0);
        return String.join("、", values.subList(0, values.size() - 1)) + " 或 " + values.get(values.size() - 1);
    }

    private static List<String> strings(com.google.gson.JsonArray array) {
        List<String> out = new ArrayList<>();
        array.forEach(e -> out.add(e.getAsString()));
        return List.copyOf(out);
    }

    private static SettingsSchema load() {
        try (InputStream in = SettingsSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            return new SettingsSchema(JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
