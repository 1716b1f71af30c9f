package nianbao.lsp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import nianbao.core.config.CheckOptions;
import nianbao.core.config.NianbaoConfig;
import nianbao.core.config.NianbaoConfig.InvalidConfigException;

/**
 * The settings each document is checked with, from three layers of one JSON shape ({@link NianbaoConfig}):
 * defaults, then {@code .nianbao.json} in the workspace folder that holds the document, then the client's settings
 * ({@code initializationOptions}, overridden by the {@code nianbao} section of {@code workspace/configuration}).
 *
 * <p>A layer that is invalid is ignored as a whole and the author is told, in Chinese, which file or setting is
 * wrong and why; the layers below it still apply. A {@code formatVersion} of {@code "auto"} counts as "not set",
 * because editors send their default ({@code "auto"}) even when the user set nothing, and it would otherwise hide
 * the version a {@code .nianbao.json} asks for.
 */
final class Settings {
    static final int DEFAULT_DEBOUNCE_MILLIS = nianbao.core.config.SettingsSchema.get().debounceDefault;
    static final int DEFAULT_MAX_DIAGNOSTICS = nianbao.core.config.SettingsSchema.get().maxDiagnosticsDefault;
    static final String FILE_NAME = ".nianbao.json";
    /** The settings section the client is asked for. */
    static final String SECTION = "nianbao";

    /**
     * What a document is checked with, how long to wait after typing before checking it, and how many of its
     * diagnostics to show (0: all).
     */
    record Effective(CheckOptions options, int debounceMillis, int maxDiagnostics) {
    }

    private static final NianbaoConfig NONE = new NianbaoConfig();

    private final Consumer<String> warn;
    private final AtomicLong generation = new AtomicLong();
    private volatile NianbaoConfig initializationOptions = NONE;
    private volatile NianbaoConfig clientSettings = NONE;
    private volatile List<Path> folders = List.of();
    /** Valid {@code .nianbao.json} of each folder; folders without one (or with an invalid one) are absent. */
    private final Map<Path, NianbaoConfig> folderFiles = new ConcurrentHashMap<>();

    /** @param warn shows a warning to the author (window/showMessage) */
    Settings(Consumer<String> warn) {
        this.warn = warn;
    }

    /** Changes whenever any layer changes; cached checks made with another generation are stale. */
    long generation() {
        return generation.get();
    }

    /** Something else the checks read changed (another report of the workspace): cached checks are stale. */
    void invalidate() {
        generation.incrementAndGet();
    }

    void setInitializationOptions(Object json) {
        initializationOptions = parse(json, "初始化选项（initializationOptions）");
        generation.incrementAndGet();
    }

    void setClientSettings(Object json) {
        clientSettings = parse(json, "编辑器设置“" + SECTION + "”");
        generation.incrementAndGet();
    }

    /** Sets the workspace folders (URIs) and reads the {@code .nianbao.json} of each. */
    void setWorkspaceFolders(List<String> folderUris) {
        List<Path> paths = new ArrayList<>();
        for (String uri : folderUris) FileUris.toPath(uri).ifPresent(paths::add);
        folders = List.copyOf(paths);
        folderFiles.clear();
        for (Path folder : paths) readFolderFile(folder);
        generation.incrementAndGet();
    }

    /**
     * Re-reads a configuration file the client says changed (created, edited or deleted). Returns whether it is
     * the {@code .nianbao.json} of a workspace folder, i.e. whether documents need checking again.
     */
    boolean fileChanged(String fileUri) {
        Optional<Path> path = FileUris.toPath(fileUri);
        if (path.isEmpty()) return false;
        for (Path folder : folders) {
            if (folder.resolve(FILE_NAME).equals(path.get())) {
                readFolderFile(folder);
                generation.incrementAndGet();
                return true;
            }
        }
        return false;
    }

    Effective forDocument(String uri) {
        NianbaoConfig merged = merge(NONE, folderConfig(uri));
        merged = merge(merged, initializationOptions);
        merged = merge(merged, clientSettings);
        int debounce = merged.debounce != null ? merged.debounce : DEFAULT_DEBOUNCE_MILLIS;
        int maxDiagnostics = merged.maxDiagnostics != null ? merged.maxDiagnostics : DEFAULT_MAX_DIAGNOSTICS;
        return new Effective(merged.toOptions(), debounce, maxDiagnostics);
    }

    /** Last year's report as the {@code previous} of the document's folder {@code .nianbao.json} names it. */
    Optional<Path> previousFor(String documentUri) {
        Optional<Path> doc = FileUris.toPath(documentUri);
        if (doc.isEmpty()) return Optional.empty();
        for (Map.Entry<Path, NianbaoConfig> e : folderFiles.entrySet()) {
            if (doc.get().startsWith(e.getKey()) && e.getValue().previous != null && folderConfig(documentUri) == e.getValue()) {
                try {
                    return Optional.of(e.getKey().resolve(e.getValue().previous).normalize());
                } catch (java.nio.file.InvalidPathException invalid) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private NianbaoConfig folderConfig(String documentUri) {
        Optional<Path> doc = FileUris.toPath(documentUri);
        if (doc.isEmpty()) return NONE;
        Path best = null;
        for (Path folder : folders) {
            if (doc.get().startsWith(folder) && (best == null || folder.getNameCount() > best.getNameCount())) {
                best = folder;
            }
        }
        return best == null ? NONE : folderFiles.getOrDefault(best, NONE);
    }

    private void readFolderFile(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        folderFiles.remove(folder);
        if (!Files.isRegularFile(file)) return;
        try {
            folderFiles.put(folder, NianbaoConfig.parse(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            warn.accept("nianbao：无法读取配置文件 " + file + "（" + e.getMessage() + "），已改用默认设置。");
        } catch (InvalidConfigException e) {
            warn.accept("nianbao：配置文件 " + file + " 无效：" + e.getMessage() + "。已改用默认设置。");
        }
    }

    private NianbaoConfig parse(Object json, String what) {
        JsonElement element = json instanceof JsonElement e ? e : json == null ? null : new Gson().toJsonTree(json);
        if (element == null || element.isJsonNull()) return NONE;
        if (element.isJsonObject()) element = unwrapSection(element.getAsJsonObject());
        try {
            if (!element.isJsonObject()) throw new InvalidConfigException("配置应为 JSON 对象");
            return NianbaoConfig.fromJson(element.getAsJsonObject());
        } catch (InvalidConfigException e) {
            warn.accept("nianbao：" + what + "无效：" + e.getMessage() + "。已改用默认设置。");
            return NONE;
        }
    }

    /** Clients may send the settings as they are, or wrapped in their section: {"nianbao": {...}}. */
    private static JsonElement unwrapSection(JsonObject object) {
        JsonElement inner = object.get(SECTION);
        return inner != null && inner.isJsonObject() ? inner : object;
    }

    /** {@code higher}'s settings where it has them, {@code lower}'s elsewhere; rules merge code by code. */
    static NianbaoConfig merge(NianbaoConfig lower, NianbaoConfig higher) {
        NianbaoConfig out = new NianbaoConfig();
        out.formatVersion = isSet(higher.formatVersion) ? higher.formatVersion : lower.formatVersion;
        out.rules = new LinkedHashMap<>();
        lower.rules.forEach((code, value) -> out.rules.put(normalizeCode(code), value));
        higher.rules.forEach((code, value) -> out.rules.put(normalizeCode(code), value));
        out.debounce = higher.debounce != null ? higher.debounce : lower.debounce;
        out.maxDiagnostics = higher.maxDiagnostics != null ? higher.maxDiagnostics : lower.maxDiagnostics;
        return out;
    }

    private static boolean isSet(String formatVersion) {
        return formatVersion != null && !"auto".equals(formatVersion);
    }

    private static String normalizeCode(String code) {
        return code.trim().toUpperCase(Locale.ROOT);
    }

}
