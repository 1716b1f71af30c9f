package nianbao.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nianbao.core.Checker;
import nianbao.core.across.CrossYearChecker;
import nianbao.core.across.ReportPairing;
import nianbao.core.across.YearReport;
import nianbao.core.config.CheckOptions;
import nianbao.core.diag.Diagnostic;

/**
 * The cross-year step of {@code lint}: pair the files checked (and last year's files their settings name with
 * {@code previous}, read but not reported on), and add the cross-year findings to this year's results. Reports are
 * named by their display path, so related locations carry the other file's path.
 */
final class CrossYearLint {
    private CrossYearLint() {
    }

    static List<FileResult> apply(List<FileResult> results, List<CheckOptions> options, ConfigResolver configs, long maxSize)
            throws LintCommand.InputException {
        // For the benchmark's A/B runs (server/bench/cross-year-benchmark.sh): each report alone.
        if ("false".equals(System.getProperty("nianbao.crossYear"))) return results;
        // One report and no last year's file named for it: nothing to pair (and the cross-year classes stay unloaded).
        if (results.isEmpty() || (results.size() == 1 && previousFor(results.get(0), configs).isEmpty())) return results;
        List<YearReport> reports = new ArrayList<>();
        Map<YearReport, CheckOptions> optionsOf = new IdentityHashMap<>();
        Map<Path, String> documentOf = new HashMap<>();
        for (int i = 0; i < results.size(); i++) {
            FileResult r = results.get(i);
            YearReport report = new YearReport(r.input().displayName(), r.input().displayName(), r.result());
            reports.add(report);
            optionsOf.put(report, options.get(i));
            if (r.input().path() != null) documentOf.put(key(r.input().path()), r.input().displayName());
        }
        Map<String, String> explicit = new HashMap<>();
        List<YearReport> context = new ArrayList<>(reports);
        for (FileResult r : results) {
            Optional<Path> previous = previousFor(r, configs);
            if (previous.isEmpty()) continue;
            String document = documentOf.get(key(previous.get()));
            if (document == null) {
                InputFile input = LintCommand.read(previous.get(), maxSize);
                CheckOptions o;
                try {
                    o = configs.optionsFor(previous.get());
                } catch (ConfigResolver.ConfigException e) {
                    throw new LintCommand.InputException(e.getMessage());
                }
                YearReport extra = new YearReport(input.displayName(), input.displayName(), Checker.check(input.decoded().text(), o));
                context.add(extra);
                optionsOf.put(extra, o);
                document = input.displayName();
                documentOf.put(key(previous.get()), document);
            }
            explicit.put(r.input().displayName(), document);
        }
        ReportPairing pairing = ReportPairing.of(context, explicit);
        Map<YearReport, List<Diagnostic>> found = CrossYearChecker.findings(pairing, context, optionsOf::get);
        List<FileResult> out = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            FileResult r = results.get(i);
            List<Diagnostic> extra = found.getOrDefault(reports.get(i), List.of());
            out.add(extra.isEmpty() ? r : new FileResult(r.input(), CrossYearChecker.withFindings(r.result(), extra), r.editsApplied()));
        }
        return out;
    }

    /** Last year's file the settings name for this file ({@code previous}); none for standard input. */
    private static Optional<Path> previousFor(FileResult r, ConfigResolver configs) throws LintCommand.InputException {
        if (r.input().path() == null) return Optional.empty();
        try {
            return configs.previousFor(r.input().path());
        } catch (ConfigResolver.ConfigException e) {
            throw new LintCommand.InputException(e.getMessage());
        }
    }

    private static Path key(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /** The findings the cross-year step added to a file's result, as a result of their own (for streamed output). */
    static FileResult added(FileResult before, FileResult after) {
        java.util.Set<Diagnostic> old = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        old.addAll(before.result().diagnostics());
        List<Diagnostic> extra = new ArrayList<>();
        for (Diagnostic d : after.result().diagnostics()) {
            if (!old.contains(d)) extra.add(d);
        }
        nianbao.core.CheckResult r = before.result();
        return new FileResult(before.input(), new nianbao.core.CheckResult(r.source(), r.report(), extra, List.of()), 0);
    }
}
