package nianbao.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import nianbao.core.config.CheckOptions;
import nianbao.core.config.NianbaoConfig;
import nianbao.core.format.FormatVersion;

/**
 * Finds each file's settings: the {@code --config} file if given, else the nearest {@code .nianbao.json} in the
 * file's folder or above it; {@code --format-version} overrides either.
 */
final class ConfigResolver {
    static final String FILE_NAME = ".nianbao.json";

    /** A configuration file that cannot be read or understood. */
    static final class ConfigException extends Exception {
        ConfigException(String message) {
            super(message);
        }
    }

    private final LintOptions options;
    private final Map<Path, NianbaoConfig> byDirectory = new HashMap<>();
    private NianbaoConfig explicit;
    /** The settings file each configuration was read from (its folder resolves {@code previous}). */
    private final Map<NianbaoConfig, Path> origins = new java.util.IdentityHashMap<>();

    ConfigResolver(LintOptions options) throws ConfigException {
        this.options = options;
        if (options.config != null) explicit = read(options.config);
    }

    CheckOptions optionsFor(Path file) throws ConfigException {
        NianbaoConfig config = explicit != null ? explicit : nearest(file);
        CheckOptions base = config == null ? CheckOptions.DEFAULT : config.toOptions();
        if (!options.formatVersionGiven) return base;
        FormatVersion v = options.formatVersion;
        return new CheckOptions(v, base.severities());
    }

    /** Last year's report as the file's settings name it ({@code previous}), resolved against the settings file. */
    java.util.Optional<Path> previousFor(Path file) throws ConfigException {
        return PreviousReportSetting.resolve(explicit != null ? explicit : nearest(file), origins);
    }

    private NianbaoConfig nearest(Path file) throws ConfigException {
        Path dir = file == null ? Path.of("").toAbsolutePath() : file.toAbsolutePath().getParent();
        while (dir != null) {
            if (byDirectory.containsKey(dir)) return byDirectory.get(dir);
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                NianbaoConfig c = read(candidate);
                byDirectory.put(dir, c);
                return c;
            }
            dir = dir.getParent();
        }
        return null;
    }

    private NianbaoConfig read(Path path) throws ConfigException {
        try {
            NianbaoConfig config = NianbaoConfig.parse(Files.readString(path, StandardCharsets.UTF_8));
            origins.put(config, path);
            return config;
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ConfigException(path + ": 配置文件不存在");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new ConfigException(path + ": 配置文件应为 UTF-8 编码的 JSON");
        } catch (IOException e) {
            throw new ConfigException(path + ": 无法读取配置文件（" + e.getClass().getSimpleName() + "）");
        } catch (NianbaoConfig.InvalidConfigException e) {
            throw new ConfigException(path + ": " + e.getMessage());
        }
    }
}
