package nianbao.cli;

import java.io.PrintStream;
import java.util.List;

import nianbao.core.diag.Diagnostic;
import nianbao.core.diag.Severity;

/**
 * {@code path:line:col: 错误 NBxxx message} (1-based), streamed file by file in input order, then a summary line.
 * Severities are named as the summary names them: 错误, 警告, 提示 (info and hint are both 提示).
 */
final class TextReporter implements Reporter {
    private final int skipped;

    /** @param skipped files found in directories that are not reports, counted in the summary */
    TextReporter(int skipped) {
        this.skipped = skipped;
    }

    TextReporter() {
        this(0);
    }

    @Override
    public void fileChecked(FileResult r, PrintStream out) {
        for (Diagnostic d : r.result().diagnostics()) {
            out.println(SourceLocations.text(r, d) + ": " + label(d.severity()) + " " + d.code() + " " + d.message());
        }
        out.flush();
    }

    @Override
    public void write(List<FileResult> results, PrintStream out) {
        long errors = 0, warnings = 0, infos = 0, edits = 0;
        for (FileResult r : results) {
            errors += r.result().count(Severity.ERROR);
            warnings += r.result().count(Severity.WARNING);
            infos += r.result().count(Severity.INFO) + r.result().count(Severity.HINT);
            edits += r.editsApplied();
        }
        String summary = "检查了 " + results.size() + " 个文件：" + errors + " 个错误，" + warnings + " 个警告，" + infos + " 个提示";
        if (edits > 0) summary += "；已修复 " + edits + " 处";
        if (skipped > 0) summary += "；跳过 " + skipped + " 个不是年报的文件";
        out.println(summary);
    }

    static String label(Severity severity) {
        return switch (severity) {
            case ERROR -> "错误";
            case WARNING -> "警告";
            case INFO, HINT -> "提示";
        };
    }
}
