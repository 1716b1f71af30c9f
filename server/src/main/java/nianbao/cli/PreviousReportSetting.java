package nianbao.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import nianbao.core.config.NianbaoConfig;

/** The {@code previous} setting of {@code .nianbao.json}: last year's report, relative to the settings file. */
final class PreviousReportSetting {
    private PreviousReportSetting() {
    }

    static Optional<Path> resolve(NianbaoConfig config, Map<NianbaoConfig, Path> origins) throws ConfigResolver.ConfigException {
        if (config == null || config.previous == null) return Optional.empty();
        Path origin = origins.get(config);
        Path dir = origin == null || origin.toAbsolutePath().getParent() == null
                ? Path.of("").toAbsolutePath() : origin.toAbsolutePath().getParent();
        String where = origin == null ? "配置" : origin.toString();
        Path target;
        try {
            target = dir.resolve(config.previous).normalize();
        } catch (InvalidPathException e) {
            throw new ConfigResolver.ConfigException(where + ": previous 不是有效的文件路径：“" + config.previous + "”");
        }
        if (!Files.isRegularFile(target)) {
            throw new ConfigResolver.ConfigException(where + ": previous 指向的上年报告“" + config.previous + "”不存在或不是文件（解析为 " + target + "）");
        }
        return Optional.of(target);
    }
}
