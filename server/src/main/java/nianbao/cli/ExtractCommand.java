package nianbao.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nianbao.core.Checker;
import nianbao.core.extract.ExtractedCell;
import nianbao.core.extract.TableCellExtractor;

/**
 * {@code nianbao extract [--format csv|json] [-o FILE] [--config FILE] PATH...}: every cell of every statistical table of every
 * report, one row per cell, files in the order lint takes them. CSV is UTF-8 with a BOM (Excel and WPS then read the
 * Chinese right) and CRLF line ends.
 */
final class ExtractCommand {
    static final String USAGE = "用法：java -jar nianbao.jar extract [--format csv|json] [-o FILE] [--config FILE] 路径...";

    private final PrintStream out;
    private final PrintStream err;

    ExtractCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        boolean json = false;
        List<String> lintArgs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--format") || a.startsWith("--format=")) {
                String v = a.contains("=") ? a.substring(a.indexOf('=') + 1) : i + 1 < args.length ? args[++i] : "";
                if (!v.equals("csv") && !v.equals("json")) {
                    err.println("nianbao extract: --format 应为 csv 或 json，实为“" + v + "”");
                    err.println(USAGE);
                    return ExitCode.USAGE;
                }
                json = v.equals("json");
            } else {
                lintArgs.add(a);
            }
        }
        LintOptions options;
        ConfigResolver configs;
        try {
            options = LintOptions.parse(lintArgs.toArray(String[]::new));
            configs = new ConfigResolver(options);
        } catch (LintOptions.UsageException | ConfigResolver.ConfigException e) {
            err.println("nianbao extract: " + e.getMessage());
            err.println(USAGE);
            return ExitCode.USAGE;
        }
        if (options.fix) {
            err.println("nianbao extract: --fix 只能用于 lint");
            err.println(USAGE);
            return ExitCode.USAGE;
        }
        FileCollector collector = new FileCollector();
        List<Path> paths = collector.collect(options.paths);
        List<String> problems = new ArrayList<>(collector.problems());
        List<ExtractedCell> cells = new ArrayList<>();
        for (Path p : paths) {
            try {
                InputFile input = LintCommand.read(p, options.maxSize);
                cells.addAll(TableCellExtractor.extract(input.displayName(),
                        Checker.check(input.decoded().text(), configs.optionsFor(p))));
            } catch (LintCommand.InputException | ConfigResolver.ConfigException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println("nianbao extract: " + p));
            return ExitCode.USAGE;
        }
        Reporter writer = json ? (results, to) -> ExtractedCellWriter.json(cells, to) : (results, to) -> ExtractedCellWriter.csv(cells, to);
        return LintReportOutput.write(writer, List.of(), options.output, out, err) ? ExitCode.OK : ExitCode.USAGE;
    }
}
