package nianbao.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import nianbao.core.CheckResult;
import nianbao.core.CheckerHeadStart;
import nianbao.core.Checker;
import nianbao.core.config.CheckOptions;
import nianbao.core.diag.FixKind;
import nianbao.core.diag.Severity;
import nianbao.core.diag.TextEdit;
import nianbao.core.fix.FixPlan;
import nianbao.core.fix.TextEdits;
import nianbao.core.text.DecodedFile;
import nianbao.core.text.TextDecoder;
import nianbao.document.DocumentKind;

/**
 * {@code nianbao lint}: read every file first (any unreadable input stops the run before a file is changed),
 * check them in parallel, fix in place when asked (atomic write, same encoding, BOM and line endings), and print
 * the findings in input order.
 */
final class LintCommand {
    private final PrintStream out;
    private final PrintStream err;
    /** --fix writes only after every file is checked, and only when every target can be written. */
    private final SafeFileWriter writer = new SafeFileWriter();

    LintCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        CheckerHeadStart.start();
        LintOptions options;
        ConfigResolver configs;
        try {
            options = LintOptions.parse(args);
            if (options.help) {
                out.print(Usage.TEXT);
                return ExitCode.OK;
            }
            configs = new ConfigResolver(options);
        } catch (LintOptions.UsageException e) {
            err.println("nianbao lint: " + e.getMessage());
            err.println("用法：java -jar nianbao.jar lint [--format text|json|sarif|html] [-o FILE] [--fix] [--format-version auto|2019|2021] [--config FILE] [--max-size BYTES] 路径...（详见 lint --help）");
            return ExitCode.USAGE;
        } catch (ConfigResolver.ConfigException e) {
            err.println("nianbao lint: " + e.getMessage());
            return ExitCode.USAGE;
        }
        FileCollector collector = new FileCollector();
        List<Path> paths = collector.collect(options.paths);
        List<String> problems = new ArrayList<>(collector.problems());
        List<InputFile> inputs = new ArrayList<>();
        List<CheckOptions> checkOptions = new ArrayList<>();
        int skipped = 0;
        for (Path p : paths) {
            try {
                // Found in a directory (not named): only what looks like a report is checked; the rest is counted.
                boolean found = !collector.isExplicit(p);
                if (found && DocumentLint.notAReport(p)) {
                    skipped++;
                    continue;
                }
                InputFile input = read(p, options.maxSize);
                if (found && (input.document() != null ? DocumentLint.notAReport(input) : !DirectoryReportFilter.looksLikeReport(input))) {
                    skipped++;
                    continue;
                }
                checkOptions.add(configs.optionsFor(p));
                inputs.add(input);
            } catch (InputException | ConfigResolver.ConfigException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println("nianbao lint: " + p));
            err.println("nianbao lint: 未检查任何文件，也未修改任何文件");
            return ExitCode.USAGE;
        }
        Reporter reporter = switch (options.format) {
            case TEXT -> new TextReporter(skipped);
            case JSON -> new JsonReporter();
            case SARIF -> new SarifReporter();
            case HTML -> new HtmlReporter();
        };
        // Text to standard output streams file by file; a report written to a file (-o) is written whole at the end,
        // and so is the report of --fix, which only holds once every fixed file could be written.
        boolean streaming = options.output == null && !options.fix;
        LintProgress progress = LintProgress.onStderr(err, inputs.size());
        List<FileResult> checked;
        List<FileResult> results;
        try {
            checked = checkAll(inputs, checkOptions, options.fix, r -> {
                if (streaming) {
                    // Clear the progress line only when findings are about to be printed over it (no flicker otherwise).
                    boolean printsFindings = options.format == LintOptions.OutputFormat.TEXT && !r.result().diagnostics().isEmpty();
                    if (printsFindings) progress.beforeOutput();
                    reporter.fileChecked(r, out);
                }
                progress.fileDone();
            });
            results = CrossYearLint.apply(checked, checkOptions, configs, options.maxSize);
        } catch (InputException e) {
            progress.finish();
            err.println("nianbao lint: " + e.getMessage());
            return ExitCode.USAGE;
        }
        progress.finish();
        List<String> unwritten = writer.writeAll();
        if (!unwritten.isEmpty()) {
            unwritten.forEach(p -> err.println("nianbao lint: " + p));
            if (!writer.wroteAny()) err.println("nianbao lint: 未修改任何文件");
            return ExitCode.USAGE;
        }
        if (streaming) {
            // Cross-year findings need every file checked: streamed after the files, before the summary.
            for (int i = 0; i < results.size(); i++) {
                if (results.get(i) != checked.get(i)) reporter.fileChecked(CrossYearLint.added(checked.get(i), results.get(i)), out);
            }
        } else if (options.output == null) {
            for (FileResult r : results) reporter.fileChecked(r, out);
        }
        if (!LintReportOutput.write(reporter, results, options.output, out, err)) return ExitCode.USAGE;
        boolean errors = results.stream().anyMatch(r -> r.result().count(Severity.ERROR) > 0);
        return errors ? ExitCode.ERRORS : ExitCode.OK;
    }

    /** A file that cannot be read, decoded or written; the message names it. */
    static final class InputException extends Exception {
        InputException(String message) {
            super(message);
        }
    }

    static InputFile read(Path path, long maxSize) throws InputException {
        String name = path == null ? "<stdin>" : path.toString();
        byte[] bytes;
        try {
            if (path == null) {
                bytes = readLimited(System.in, maxSize, name);
            } else {
                long size = Files.size(path);
                if (size > maxSize) {
                    throw new InputException(name + ": 文件过大（" + size + " 字节，上限 " + maxSize + " 字节，可用 --max-size 调整）");
                }
                bytes = Files.readAllBytes(path);
            }
        } catch (IOException e) {
            throw new InputException(name + ": 无法读取（" + e.getMessage() + "）");
        }
        Optional<DocumentKind> document = DocumentLint.kindOf(path);
        if (document.isPresent()) return DocumentLint.read(path, name, bytes, document.get());
        try {
            DecodedFile decoded = TextDecoder.decode(bytes);
            return new InputFile(path, name, decoded);
        } catch (TextDecoder.NotTextException e) {
            throw new InputException(name + ": " + e.getMessage());
        }
    }

    private static byte[] readLimited(InputStream in, long maxSize, String name) throws IOException, InputException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxSize + 1));
        if (bytes.length > maxSize) throw new InputException(name + ": 输入过大（超过 " + maxSize + " 字节）");
        return bytes;
    }

    /** Checks in parallel; {@code each} sees the results in input order, each as soon as it and those before it are done. */
    private List<FileResult> checkAll(List<InputFile> inputs, List<CheckOptions> options, boolean fix,
                                      Consumer<FileResult> each) throws InputException {
        int threads = Math.max(1, Math.min(inputs.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "nianbao-lint");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<FileResult>> futures = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                InputFile input = inputs.get(i);
                CheckOptions o = options.get(i);
                futures.add(pool.submit(() -> checkOne(input, o, fix)));
            }
            List<FileResult> results = new ArrayList<>();
            for (Future<FileResult> f : futures) {
                try {
                    FileResult result = f.get();
                    results.add(result);
                    each.accept(result);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof InputException ie) throw ie;
                    throw new IllegalStateException(e.getCause());
                }
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException("检查被中断");
        } finally {
            pool.shutdownNow();
        }
    }

    private FileResult checkOne(InputFile input, CheckOptions options, boolean fix) throws InputException {
        if (input.document() != null) return DocumentLint.check(input, options, fix, writer);
        CheckResult result = Checker.check(input.decoded().text(), options);
        if (!fix || input.path() == null) return new FileResult(input, result, 0);
        List<TextEdit> edits = FixPlan.edits(result, EnumSet.allOf(FixKind.class));
        if (edits.isEmpty()) return new FileResult(input, result, 0);
        String fixed = TextEdits.apply(result.source(), edits);
        writer.add(input, fixed);
        return new FileResult(input, Checker.check(fixed, options), edits.size());
    }
}
