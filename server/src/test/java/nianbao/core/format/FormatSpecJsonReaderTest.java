package nianbao.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.stream.JsonReader;

/** The streaming reader fills the format records exactly as Gson's reflective binding did. */
class FormatSpecJsonReaderTest {
    /** serializeNulls: a field left null by one reader and filled by the other shows in the comparison. */
    private static final Gson GSON = new GsonBuilder().serializeNulls().create();

    @Test
    void everyFormatVersionReadsAsReflectionReadIt() throws IOException {
        for (FormatVersion v : FormatVersion.values()) {
            String path = "/nianbao/format/format-" + v.id() + ".json";
            FormatSpec reflective;
            try (InputStream in = FormatSpec.class.getResourceAsStream(path)) {
                reflective = GSON.fromJson(new InputStreamReader(in, StandardCharsets.UTF_8), FormatSpec.class);
            }
            assertEquals(GSON.toJson(reflective), GSON.toJson(FormatSpec.load(v)), "format " + v.id());
        }
    }

    @Test
    void nullsAndUnknownKeysAreHandledLikeReflection() throws IOException {
        String json = "{\"version\":\"2021\",\"extra\":{\"a\":[1,2]},\"sections\":[{\"number\":1,\"title\":\"总体情况\","
                + "\"table\":null,\"future\":true}],\"tables\":{\"active\":null,\"requests\":{\"id\":\"requests\","
                + "\"rows\":[{\"id\":\"r\",\"label\":\"（一）予以公开\",\"groups\":[],\"aliases\":null}]}},"
                + "\"feeStatementRequired\":true,\"feeKeywords\":null}";
        FormatSpec streamed = new FormatSpecJsonReader(new JsonReader(new StringReader(json))).readSpec();
        assertEquals(GSON.toJson(GSON.fromJson(json, FormatSpec.class)), GSON.toJson(streamed));
        assertNull(streamed.tables.active);
        assertNull(streamed.sections.get(0).table);
    }
}
