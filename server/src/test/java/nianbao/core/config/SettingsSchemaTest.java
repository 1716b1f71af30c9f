package nianbao.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** One source of the settings' limits, and Chinese messages for every invalid setting. */
class SettingsSchemaTest {
    private static String problem(String json) {
        return assertThrows(NianbaoConfig.InvalidConfigException.class, () -> NianbaoConfig.parse(json)).getMessage();
    }

    @Test
    void everyInvalidSettingIsNamedWithWhatIsAllowedAndWhatWasFound() {
        assertEquals("\"debounce\" 应为 0–5000 之间的整数（毫秒），实为 \"x\"", problem("{\"debounce\": \"x\"}"));
        assertEquals("\"debounce\" 应为 0–5000 之间的整数（毫秒），实为 5001", problem("{\"debounce\": 5001}"));
        assertEquals("\"debounce\" 应为 0–5000 之间的整数（毫秒），实为 2.5", problem("{\"debounce\": 2.5}"));
        assertEquals("\"formatVersion\" 应为 auto、2019 或 2021，实为 2020", problem("{\"formatVersion\": 2020}"));
        assertEquals("\"maxDiagnostics\" 应为 0–1000000 之间的整数（0 表示不限），实为 -1", problem("{\"maxDiagnostics\": -1}"));
        assertEquals("\"maxDiagnostics\" 应为 0–1000000 之间的整数（0 表示不限），实为 \"all\"", problem("{\"maxDiagnostics\": \"all\"}"));
        assertEquals("\"rules\".\"NB301\" 应为 off、error、warning、info 或 hint，实为 \"loud\"", problem("{\"rules\": {\"NB301\": \"loud\"}}"));
        assertTrue(problem("{\"rules\": {\"NB999\": \"off\"}}").startsWith("\"rules\" 中的 \"NB999\" 不是已知的规则编号"));
        assertTrue(problem("{\"rules\": {\"no-such\": \"off\"}}").startsWith("\"rules\" 中的 \"no-such\" 不是已知的规则编号"));
        assertEquals("\"rules\" 应为对象，如 {\"NB401\": \"off\"}，实为 [\"NB401\"]", problem("{\"rules\": [\"NB401\"]}"));
        assertTrue(problem("{\"debounce\": }").startsWith("不是有效的 JSON（第 1 行第 "), problem("{\"debounce\": }"));
        // Two problems: both are named.
        String two = problem("{\"debounce\": -1, \"formatVersion\": \"2020\"}");
        assertTrue(two.contains("\"formatVersion\"") && two.contains("\"debounce\""), two);
        for (String message : List.of(two, problem("{\"debounce\": }"), problem("[1]"), problem("{\"rules\": 3}"))) {
            assertFalse(message.matches("(?s).*(Exception|http|java\\.|Expected|line \\d).*"), message);
        }
    }

    @Test
    void validSettingsAndAnEditorsOtherKeysAreAccepted() throws NianbaoConfig.InvalidConfigException {
        NianbaoConfig c = NianbaoConfig.parse("{\"formatVersion\": \"2019\", \"rules\": {\"nb401\": \"OFF\"}, \"debounce\": 0,"
                + " \"java\": {\"home\": \"\"}, \"trace\": {\"server\": \"off\"}}");
        assertEquals("2019", c.formatVersion);
        assertEquals("off", c.rules.get("NB401"));
        assertEquals(0, c.debounce);
        assertEquals(0, NianbaoConfig.parse("{\"maxDiagnostics\": 0}").maxDiagnostics);
        // Neovim sends an empty Lua table as an empty array.
        assertEquals(0, NianbaoConfig.parse("{\"rules\": []}").rules.size());
    }

    /** The VS Code settings schema must allow exactly what the server allows. */
    @Test
    void vscodeSettingsSchemaHasTheSameLimits() throws IOException {
        SettingsSchema schema = SettingsSchema.get();
        JsonObject properties = JsonParser.parseString(Files.readString(Path.of("../vscode-client/package.json"), StandardCharsets.UTF_8))
                .getAsJsonObject().getAsJsonObject("contributes").getAsJsonObject("configuration").getAsJsonObject("properties");
        assertEquals(schema.formatVersions, strings(properties.getAsJsonObject("nianbao.formatVersion"), "enum"));
        JsonObject patterns = properties.getAsJsonObject("nianbao.rules").getAsJsonObject("patternProperties");
        assertEquals(List.of(schema.ruleCode.pattern()), new ArrayList<>(patterns.keySet()));
        assertEquals(schema.ruleLevels, strings(patterns.getAsJsonObject(schema.ruleCode.pattern()), "enum"));
        JsonObject debounce = properties.getAsJsonObject("nianbao.debounce");
        assertEquals(schema.debounceMin, debounce.get("minimum").getAsInt());
        assertEquals(schema.debounceMax, debounce.get("maximum").getAsInt());
        assertEquals(schema.debounceDefault, debounce.get("default").getAsInt());
        JsonObject maxDiagnostics = properties.getAsJsonObject("nianbao.maxDiagnostics");
        assertEquals(0, maxDiagnostics.get("minimum").getAsInt());
        assertEquals(schema.maxDiagnosticsMax, maxDiagnostics.get("maximum").getAsInt());
        assertEquals(schema.maxDiagnosticsDefault, maxDiagnostics.get("default").getAsInt());
    }

    private static List<String> strings(JsonObject o, String key) {
        List<String> out = new ArrayList<>();
        o.getAsJsonArray(key).forEach(e -> out.add(e.getAsString()));
        return out;
    }
}
