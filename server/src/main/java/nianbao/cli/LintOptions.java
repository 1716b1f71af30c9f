package nianbao.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nianbao.core.format.FormatVersion;

/** The parsed command line of {@code lint}. */
final class LintOptions {
    enum OutputFormat { TEXT, JSON, SARIF, HTML }

    OutputFormat format = OutputFormat.TEXT;
    boolean fix;
    /** Null for "auto" or when not given (then the config decides). */
    FormatVersion formatVersion;
    boolean formatVersionGiven;
    Path config;
    /** Where the report goes ({@code -o}); null for standard output. */
    Path output;
    long maxSize = 10L * 1024 * 1024;
    /** -h or --help: print the usage and do nothing else. */
    boolean help;
    final List<String> paths = new ArrayList<>();

    /** Thrown for a command line that cannot be understood; the message is for the user. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    static LintOptions parse(String[] args) throws UsageException {
        LintOptions o = new LintOptions();
        boolean onlyPaths = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (onlyPaths || a.equals("-") || !a.startsWith("-")) {
                o.paths.add(a);
                continue;
            }
            String name = a;
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            switch (name) {
                case "--" -> onlyPaths = true;
                case "--fix" -> o.fix = true;
                case "-h", "--help" -> o.help = true;
                case "--format" -> {
                    String v = value != null ? value : next(args, ++i, name);
                    o.format = switch (v) {
                        case "text" -> OutputFormat.TEXT;
                        case "json" -> OutputFormat.JSON;
                        case "sarif" -> OutputFormat.SARIF;
                        case "html" -> OutputFormat.HTML;
                        default -> throw new UsageException("--format 应为 text、json 或 sarif（或 html 审核页面），实为“" + v + "”");
                    };
                }
                case "--format-version" -> {
                    String v = value != null ? value : next(args, ++i, name);
                    if (!v.equals("auto") && FormatVersion.parse(v).isEmpty()) {
                        throw new UsageException("--format-version 应为 auto、2019 或 2021，实为“" + v + "”");
                    }
                    o.formatVersion = FormatVersion.parse(v).orElse(null);
                    o.formatVersionGiven = true;
                }
                case "-o", "--output" -> o.output = Path.of(value != null ? value : next(args, ++i, name));
                case "--config" -> o.config = Path.of(value != null ? value : next(args, ++i, name));
                case "--max-size" -> {
                    String v = value != null ? value : next(args, ++i, name);
                    try {
                        o.maxSize = Long.parseLong(v);
                    } catch (NumberFormatException e) {
                        throw new UsageException("--max-size 应为字节数，实为“" + v + "”");
                    }
                }
                default -> throw new UsageException("未知的选项“" + a + "”");
            }
        }
        if (o.help) return o;
        if (o.paths.isEmpty()) throw new UsageException("缺少要检查的路径（文件、目录，或 - 表示标准输入）");
        if (o.fix && o.paths.contains("-")) throw new UsageException("--fix 不能用于标准输入（-）：请指定文件");
        return o;
    }

    private static String next(String[] args, int i, String option) throws UsageException {
        if (i >= args.length) throw new UsageException(option + " 缺少取值");
        return args[i];
    }
}
